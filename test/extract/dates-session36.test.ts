import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

const dated = (sentence: string, ref = { year: 2022, month: 10, day: 12 }) =>
  mentionsOfPiece(sentence, ref).map((m) => [m.text, formatSourceDate(m.date)]);

describe('"today" before a verb of a present state', () => {
  it('"a diaspora that today numbers …" names the times we live in, no day', () => {
    expect(dated('Her parents settled in Lyon, in a diaspora that today numbers some ten thousand.')).toEqual(
      [],
    );
    expect(dated('"Georgians today feel what Moldovans felt in the spring," the analyst said.')).toEqual([
      ['in the spring', 'spring 2022'],
    ]);
    expect(dated('"Today we have more pupils than desks," the headmistress said.')).toEqual([]);
  });

  it('an event told today, a perfect or a clause closing on "today" keeps its day', () => {
    expect(dated('The border guards today have sealed the pass.')).toContainEqual(['today', '2022-10-12']);
    expect(dated('The mayor said today that the bridge would reopen.')).toContainEqual([
      'today',
      '2022-10-12',
    ]);
    expect(
      dated('Three patients who were to be flown to Tbilisi today remain in the district hospital.'),
    ).toContainEqual(['today', '2022-10-12']);
  });
});
