import { describe, expect, it } from 'vitest';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

const piece = (body: string) => `Talks resume in Washington\n\n4 May 2023\n\n${body}\n`;
const roleOf = (text: string, written: string) =>
  timelineOf(text).mentions.find((m) => m.text.includes(written))?.role;

describe('a date that names an instrument or a line on the map is no event', () => {
  it('given "the trilateral statement" of November 2020" (a quoted name, its date after the mark), no date', () => {
    const text = piece(
      'The minister said the checkpoint was "a violation of the trilateral statement" of November 2020 and must go.',
    );
    expect(roleOf(text, 'November 2020')).toBe('name');
    expect(events(text)).toEqual({});
  });

  it('given "provided the borders of 1991 were recognised", no date', () => {
    const text = piece(
      'The prime minister said Armenia was ready to sign, provided the borders of 1991 were recognised.',
    );
    expect(roleOf(text, '1991')).toBe('name');
    expect(events(text)).toEqual({});
  });

  it('a quote that closes on another noun before "of" names nothing: "a "historic" visit of May 2023" is dated', () => {
    const text = piece('The minister recalled the "historic" visit of May 2023, officials said.');
    expect(events(text)).toMatchObject({ 'May 2023': '2023-05' });
  });
});
