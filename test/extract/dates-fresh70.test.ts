import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-70's date misses. */
const piece = (body: string) => `Truce talks in Moscow\n\nSunday, October 11, 2020\n\n${body}\n`;

describe("a question word's clause after the date has its own tense", () => {
  it('"had spoken late on Saturday and had discussed how the truce would be monitored" is the Saturday before', () => {
    const body =
      'The spokesman said the president had spoken with the prime minister late on Saturday and had discussed how the truce would be monitored.';
    expect(events(piece(body))).toMatchObject({ 'on Saturday': '2020-10-10' });
  });

  it('"had talked in Geneva on Friday and asked whether the talks would resume" likewise', () => {
    expect(
      events(piece('The envoys had talked in Geneva on Friday and asked whether the talks would resume.')),
    ).toMatchObject({ 'on Friday': '2020-10-09' });
  });

  it('"will meet on Tuesday to decide how the line is monitored" stays the Tuesday to come', () => {
    expect(
      events(piece('The ministers will meet on Tuesday to decide how the line is monitored.')),
    ).toMatchObject({ 'on Tuesday': '2020-10-13' });
  });
});
