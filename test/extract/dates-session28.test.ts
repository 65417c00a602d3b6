import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** Sentences written for these tests, read as a piece published on Thursday 15 June 2023. */
function datesOf(text: string): [string, string][] {
  return mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [
    m.text,
    formatSourceDate(m.date),
  ]);
}

describe('"a day earlier" after the noun it dates', () => {
  it('counts from the day just told, as at the end of a clause', () => {
    expect(
      datesOf(
        'A drone hit the depot on Wednesday, the governor said. He said a first drone two days earlier had damaged a bridge.',
      ),
    ).toEqual([
      ['on Wednesday', '2023-06-14'],
      ['two days earlier', '2023-06-12'],
    ]);
  });

  it('"a day earlier than planned" compares, and "two days after the vote" takes an object: no day', () => {
    expect(
      datesOf('The convoy left on Wednesday. It reached the border a day earlier than planned.'),
    ).toEqual([['on Wednesday', '2023-06-14']]);
    expect(datesOf('The talks began on Wednesday. Two days after the vote the mayor resigned.')).toEqual([
      ['on Wednesday', '2023-06-14'],
    ]);
  });
});

describe("a writer's signature closing the piece", () => {
  const story = (signature: string) =>
    `Ministers meet again in Vienna\n\nThe ministers met in Vienna on Wednesday, officials said.\n\n${signature}\n`;
  it.each(['(Lena Hofer, 14.06.2023)', '(Lena Hofer and Tom Reyes, 14 June 2023)'])(
    '%s dates the piece, never an event',
    (signature) => {
      expect(timelineOf(story(signature)).reference).toMatchObject({ year: 2023, month: 6, day: 14 });
      expect(events(story(signature))).toEqual({ 'on Wednesday': '2023-06-14' });
    },
  );

  it('a name and a date in brackets inside a paragraph stay an event', () => {
    const text = story('The decree (Lena Hofer, 12 June 2023) was read out in parliament.');
    expect(events(text)).toHaveProperty(['12 June 2023'], '2023-06-12');
  });
});

describe('"in the early hours" with no day after it', () => {
  it('is the day the text has just told, or the piece’s own', () => {
    expect(
      datesOf('The ministers met on Wednesday. A deal was announced in the early hours in Vienna.'),
    ).toEqual([
      ['on Wednesday', '2023-06-14'],
      ['in the early hours', '2023-06-14'],
    ]);
    expect(datesOf('The truce was announced in the early hours, the mediators said.')).toEqual([
      ['in the early hours', '2023-06-15'],
    ]);
  });

  it('"in the early hours of Friday" is read with its day', () => {
    expect(
      datesOf('Shelling resumed in the early hours of Friday, officials said.').map(([, d]) => d),
    ).toEqual(['2023-06-09']);
  });
});
