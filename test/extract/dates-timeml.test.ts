import { describe, expect, it } from 'vitest';
import { predictTimexes } from '../../scripts/eval/tbaq.ts';
import { findTimexes } from '../../src/extract/dates/timex.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** Sentences written for these tests, read as a piece created on Wednesday 20 September 2023. */
const timexesOf = (text: string) =>
  predictTimexes({ id: 't', dct: '2023-09-20', text, timexes: [] }).map((t) => [t.text, t.type, t.value]);

const sentencesOf = (text: string) =>
  splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

describe('a weekday deadline', () => {
  it('with no past verb in its clause is still to come', () => {
    expect(timexesOf('Lawyers for the farmers have until Friday to file the appeal.')).toEqual([
      ['until Friday', 'DATE', '2023-09-22'],
    ]);
    expect(timexesOf('The court has given the families until 9 a.m. Tuesday to answer.')).toEqual([
      ['until 9 a.m. Tuesday', 'TIME', '2023-09-26T09:00'],
    ]);
  });

  it('told with a past verb has passed', () => {
    expect(timexesOf('The rebels held the bridge until Monday, when the army returned.')).toEqual([
      ['until Monday', 'DATE', '2023-09-18'],
    ]);
  });
});

describe('a clock time before a day', () => {
  it('does not end the sentence', () => {
    expect(sentencesOf('Polls close at 8 p.m. Sunday in the capital. Turnout was low.')).toEqual([
      'Polls close at 8 p.m. Sunday in the capital.',
      'Turnout was low.',
    ]);
    expect(sentencesOf('The ferry sails at 6 a.m. EDT Thursday, the port said.')).toHaveLength(1);
  });

  it('still ends it before a new sentence', () => {
    expect(sentencesOf('The vote ended at 8 p.m. The count began at once.')).toEqual([
      'The vote ended at 8 p.m.',
      'The count began at once.',
    ]);
  });
});

describe('lengths of time', () => {
  it('"a year" after an amount is a rate, not a length', () => {
    const text = 'The mill earned $40 million a year, ran 24 hours a day and shipped six loads a week.';
    expect(findTimexes(text, 0, text.length).map((t) => [t.text, t.value])).toEqual([['24 hours', 'PT24H']]);
  });

  it('"a year" on its own is a length', () => {
    const text = 'Within a year the plant had closed.';
    expect(findTimexes(text, 0, text.length).map((t) => [t.text, t.value])).toEqual([['a year', 'P1Y']]);
  });

  it('"the past year" is a length the date layer knows, and TimeML names the year before', () => {
    const text = 'Bread prices doubled in the past year, bakers said.';
    expect(findTimexes(text, 0, text.length).map((t) => [t.text, t.value])).toEqual([
      ['the past year', 'P1Y'],
    ]);
    expect(timexesOf(text)).toEqual([['the past year', 'DATE', '2022']]);
  });

  it('"the last week of May" is not last week', () => {
    expect(timexesOf('The harvest ended in the last week of May.')).not.toContainEqual(
      expect.arrayContaining(['DATE', '2023-W37']),
    );
    expect(timexesOf('The harvest ended last week.')).toEqual([['last week', 'DATE', '2023-W37']]);
  });
});

describe('a part of a day told with a weekday', () => {
  it('an evening or afternoon is kept as a time of day; a night stays the day', () => {
    expect(timexesOf('The envoys met on Monday evening and again Tuesday night.')).toEqual([
      ['on Monday evening', 'TIME', '2023-09-18TEV'],
      ['Tuesday night', 'DATE', '2023-09-19'],
    ]);
  });
});

describe('results copy', () => {
  it('compares with the quarter it reports on, never with a forecast quarter', () => {
    const text =
      'The bank reported higher profit for the second quarter. Analysts expect losses through the first ' +
      'quarter of 2024. In the year-ago quarter, the bank earned $80 million.';
    expect(timexesOf(text)).toContainEqual(['In the year-ago quarter', 'DATE', '2022-Q2']);
  });
});

describe('days named from the piece or the text', () => {
  it('"last night" is the night before the piece\'s day; "the last night of" is not', () => {
    expect(timexesOf('The envoy landed in the capital last night.')).toEqual([
      ['last night', 'TIME', '2023-09-19TNI'],
    ]);
    expect(timexesOf('Crowds filled the square on the last night of the fair.')).toEqual([]);
  });

  it('"that day" names a day the text gave before, never the piece\'s own day', () => {
    expect(timexesOf('Traders who sold that day lost heavily.')).toEqual([]);
    expect(timexesOf('The dam broke on Sept. 12. Villagers fled that day.')).toEqual([
      ['on Sept. 12', 'DATE', '2023-09-12'],
      ['that day', 'DATE', '2023-09-12'],
    ]);
  });
});

describe('"one day" and "a week or so ago"', () => {
  it('"will one day" is some day to come; "took one day" a length', () => {
    const text = 'The valley will one day be a lake. The crossing took one day.';
    expect(findTimexes(text, 0, text.length).map((t) => [t.text, t.type, t.value])).toEqual([
      ['one day', 'DATE', 'FUTURE_REF'],
      ['one day', 'DURATION', 'P1D'],
    ]);
  });

  it('"a week or so ago" is no length of a week', () => {
    const text = 'A week or so ago, the convoy turned back.';
    expect(findTimexes(text, 0, text.length)).toEqual([]);
  });
});

describe('a weekday after a preposition', () => {
  it('keeps the day for a night or morning, whatever the preposition', () => {
    expect(timexesOf('The vote was postponed until Tuesday morning.')).toEqual([
      ['until Tuesday morning', 'DATE', '2023-09-26'],
    ]);
  });
});

describe('the tense of a date in a clause of its own', () => {
  it('a relative or "since" clause before the date gives its tense, not the main clause\'s "will"', () => {
    const text =
      'The agency will hand the boy over from the relatives who have cared for him since he was ' +
      'pulled from the sea off the coast in late November.';
    expect(timexesOf(text)).toEqual([['in late November', 'DATE', '2022-11']]);
    expect(
      timexesOf('The envoy, who will be sworn in at the palace in November, was elected in May.'),
    ).toEqual([
      ['in November', 'DATE', '2023-11'],
      ['in May', 'DATE', '2023-05'],
    ]);
  });
});

describe('a part of a month', () => {
  it('"the end of November" is November, never its last day', () => {
    expect(timexesOf('The truce is due to lapse at the end of November.')).toEqual([
      ['end of November', 'DATE', '2023-11'],
    ]);
  });
});

describe('dates chrono reads joined to something else', () => {
  it('a range whose start is no calendar date gives its end apart', () => {
    expect(timexesOf('Exports have risen this year through Aug. 31, the ministry says.')).toEqual([
      ['this year', 'DATE', '2023'],
      ['through Aug. 31', 'DATE', '2023-08-31'],
    ]);
    expect(timexesOf('The offer, due to lapse last Friday, runs to Oct. 2.')).toContainEqual([
      'Oct. 2',
      'DATE',
      '2023-10-02',
    ]);
  });

  it('"the night of Sept. 3" keeps its date, as "Friday night" does; "the morning of" its part of the day', () => {
    expect(timexesOf('The depot burned on the night of Sept. 3, firemen said.').map(([, , v]) => v)).toEqual([
      '2023-09-03',
    ]);
    expect(timexesOf('The depot burned on the morning of Sept. 3.').map(([, , v]) => v)).toEqual([
      '2023-09-03TMO',
    ]);
  });
});

describe('a bare month', () => {
  it('after "for", "to" or an article, before a common noun, is a month', () => {
    expect(timexesOf('Output for July was low, and the July harvest failed.')).toEqual([
      ['July', 'DATE', '2023-07'],
      ['July', 'DATE', '2023-07'],
    ]);
  });

  it('in a name is not', () => {
    expect(timexesOf('Marchers walked to May Street. The March on Ganja drew crowds.')).toEqual([]);
  });
});

describe('a year spoken', () => {
  it('"nineteen ninety-one" and "the year two thousand" are years; a count of years is not', () => {
    expect(
      timexesOf('The mine closed in nineteen ninety-one and reopened in the year two thousand.'),
    ).toEqual([
      ['in nineteen ninety-one', 'DATE', '1991'],
      ['in the year two thousand', 'DATE', '2000'],
    ]);
    expect(timexesOf('Nineteen twenty-year-olds joined the crew.')).toEqual([]);
    expect(timexesOf('The dam was finished in March nineteen fifty-two.')).toEqual([
      ['in March nineteen fifty-two', 'DATE', '1952-03'],
    ]);
  });
});
