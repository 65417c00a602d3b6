import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

describe('a spaced dotted stamp, as Central European copy writes it', () => {
  const piece = (stamp: string) =>
    `World\n\nFarmers near the frontier count their losses\n\n${stamp}\n\nAgency\n\nHundreds of people gathered in the square on Friday to mourn the dead. Officials said talks would resume by June 2.\n`;

  it('"8. 5. 2022, 09:30" dates the piece day first, and its weekdays from it', () => {
    const text = piece('8. 5. 2022, 09:30');
    expect(timelineOf(text).reference).toMatchObject({ year: 2022, month: 5, day: 8 });
    expect(events(text)).toMatchObject({ 'on Friday': '2022-05-06', 'by June 2': '2022-06-02' });
  });

  it('is never read month first, even when both orders are dates', () => {
    const text = piece('3. 11. 2021');
    expect(timelineOf(text).reference).toMatchObject({ year: 2021, month: 11, day: 3 });
  });

  it('a month past twelve is no date', () => {
    expect(timelineOf(piece('5. 13. 2022')).reference).toBeNull();
  });
});

describe('a past participle with its agent before the date', () => {
  const ref = { year: 2023, month: 8, day: 15 };
  const dated = (sentence: string) =>
    mentionsOfPiece(sentence, ref).map((m) => [m.text, formatSourceDate(m.date)]);

  it('"the post set up by Georgia in April" is a past April, whatever the clause’s "would"', () => {
    expect(
      dated(
        'The villagers refuse the new route, saying it would legitimize the post erected by Georgia in April.',
      ),
    ).toContainEqual(['in April', '2023-04']);
    expect(
      dated('Critics say the bill would undo a reform approved by the Federal Council in March.'),
    ).toContainEqual(['in March', '2023-03']);
  });

  it('after an auxiliary the participle tells a passive still to come', () => {
    expect(dated('The ministry said the wall would be erected by Georgia in October.')).toContainEqual([
      'in October',
      '2023-10',
    ]);
  });
});

describe('a part of the day after yesterday or tomorrow', () => {
  const dated = (sentence: string) =>
    mentionsOfPiece(sentence, { year: 2022, month: 3, day: 9 }).map((m) => [
      m.text,
      formatSourceDate(m.date),
    ]);

  it('is one expression with the day, dated to the day only', () => {
    expect(dated('The shepherds have not been seen since yesterday evening.')).toEqual([
      ['since yesterday evening', '2022-03-08'],
    ]);
    expect(dated('The convoy leaves tomorrow morning.')).toEqual([['tomorrow morning', '2022-03-10']]);
  });

  it('is not joined to today or tonight', () => {
    expect(dated('Talks resume today, the envoy said.')).toEqual([['today', '2022-03-09']]);
  });
});
