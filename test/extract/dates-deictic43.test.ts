import { describe, expect, it } from 'vitest';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests; the stamp gives the day each piece speaks from. */
const piece = (stamp: string, body: string) => `Border villages count the damage\n\n${stamp}\n\n${body}\n`;

describe('a part of the day told with a day (CONVENTIONS 19, row P)', () => {
  it('"in the morning before falling back": "before" opens a clause, so the morning is the day’s own', () => {
    const text = piece(
      '20 September 2023, 17:45',
      'The truce was signed on Wednesday.\n\nTraders were calm. The price of bread rose in the morning before falling back.',
    );
    expect(events(text)).toMatchObject({ 'in the morning': '2023-09-20' });
  });

  it('"the evening before" with no object of its own is still the evening before the day told', () => {
    const text = piece(
      '20 September 2023, 17:45',
      'The convoy reached Goris on Wednesday. The road had been cleared the evening before.',
    );
    expect(events(text)).toMatchObject({ 'the evening before': '2023-09-19' });
  });

  it('a period a "since" phrase counts from is background: the morning stays on the day told', () => {
    const text = piece(
      '17.11.2021 00:01:00',
      'The shelling that began on Tuesday near the border stopped in the evening. Both sides agreed to a truce.\n\n' +
        'The clashes, the heaviest since the end of the war last autumn, began in the morning.',
    );
    expect(events(text)).toMatchObject({ 'in the morning': '2021-11-16' });
  });

  it('a period told as an event of its own still moves the narrative off its day', () => {
    const text = piece(
      '17.11.2021 00:01:00',
      'The shelling that began on Tuesday near the border stopped in the evening. Both sides agreed to a truce.\n\n' +
        'The village school, rebuilt last autumn, reopened in the morning.',
    );
    expect(events(text)['in the morning']).toBeUndefined();
  });

  it('"since the early hours of the morning" is the early hours of the day told', () => {
    const text = piece(
      '16 November 2021 21:47',
      'Shelling hit the border villages today. A farmer said shots had been heard since the early hours of the morning.',
    );
    expect(events(text)).toMatchObject({ 'since the early hours of the morning': '2021-11-16' });
  });
});

describe('"the same week" is the week just told, Monday to Sunday (CONVENTIONS 19)', () => {
  it('after "last week" in its sentence, it is that week', () => {
    const text = piece(
      'Sat Sep 30 2023 - 05:00',
      'A report on the talks in Vienna last week quoted the envoy; the phrase was used by a deputy in a debate the same week.',
    );
    expect(events(text)).toMatchObject({ 'last week': '2023-09-18/24', 'the same week': '2023-09-18/24' });
  });

  it('after a day told in the sentence before, it is the Monday-to-Sunday week of that day', () => {
    const text = piece(
      '30 September 2023, 05:00',
      'The ministers met in Geneva on September 19th. A second round was held the same week.',
    );
    expect(events(text)).toMatchObject({ 'the same week': '2023-09-18/24' });
  });

  it('with no week or day told in its own or the sentence before, it dates nothing', () => {
    const text = piece(
      '30 September 2023, 05:00',
      'The ministers met in Geneva on September 19th. Nothing was agreed. Aid was promised. A second round was held the same week.',
    );
    expect(events(text)['the same week']).toBeUndefined();
  });
});

describe('a dateline is never an event (CONVENTIONS 19)', () => {
  it('"Baku, June 12 (agency correspondent Name)" alone on its line is a dateline beside the full stamp', () => {
    const text =
      'World\n\nMinister: maps will save lives\n\nSaturday, 12 June 2021 | 19:40\n\n' +
      'Baku, June 12 (Agency correspondent Ivan Petrov)\n\n' +
      'Azerbaijan handed over 15 detainees on Saturday in exchange for maps, the ministry said.\n';
    const mentions = timelineOf(text).mentions;
    expect(mentions.find((m) => m.text === 'June 12')?.role).toBe('dateline');
    expect(events(text)).toEqual({ 'on Saturday': '2021-06-12' });
  });

  it('a capitalised place and a date opening a running sentence are no dateline', () => {
    const text = piece(
      '14 June 2021, 10:00',
      'Baku, June 12 was the day the maps were handed over (the ministry said), and talks went on.',
    );
    expect(timelineOf(text).mentions.some((m) => m.role === 'dateline')).toBe(false);
  });
});
