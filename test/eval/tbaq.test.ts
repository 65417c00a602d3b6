import { describe, expect, it } from 'vitest';
import {
  figures,
  parseTimeML,
  predictTimexes,
  runTbaq,
  sameValue,
  scoreTimexes,
  type Timex,
  timeMLValue,
  valueErrorKind,
} from '../../scripts/eval/tbaq.ts';

/** A TimeML document written for this test (never benchmark text). */
const SNIPPET = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-04" functionInDocument="CREATION_TIME">20210304</TIMEX3></DCT>
<TEXT>
The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-03-02">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of losses &amp; debts.

It had opened in <TIMEX3 tid="t3" type="DATE" value="1998">1998</TIMEX3>, the owners said <TIMEX3 tid="t4" type="DATE" value="2021-03-03">yesterday</TIMEX3>.
</TEXT>
</TimeML>`;

const timex = (start: number, end: number, type: Timex['type'], value: string): Timex => ({
  start,
  end,
  text: '',
  type,
  value,
});

describe('TimeML reading', () => {
  it('strips tags and decodes entities, keeping each TIMEX3 as offsets into the plain text', () => {
    const doc = parseTimeML('test-1', SNIPPET);
    expect(doc.dct).toBe('2021-03-04');
    expect(doc.text).toContain('The mill closed on Tuesday after three years of losses & debts.');
    expect(doc.timexes.map((t) => [t.type, t.value, t.text, doc.text.slice(t.start, t.end)])).toEqual([
      ['DATE', '2021-03-02', 'Tuesday', 'Tuesday'],
      ['DURATION', 'P3Y', 'three years', 'three years'],
      ['DATE', '1998', '1998', '1998'],
      ['DATE', '2021-03-03', 'yesterday', 'yesterday'],
    ]);
  });
});

describe('TimeML values of our dates', () => {
  it('writes each precision the TimeML way', () => {
    expect(timeMLValue({ precision: 'day', year: 2023, month: 9, day: 19, yearStatus: 'stated' })).toBe(
      '2023-09-19',
    );
    expect(timeMLValue({ precision: 'month', year: 2023, month: 9, yearStatus: 'stated' })).toBe('2023-09');
    expect(timeMLValue({ precision: 'year', year: 2023, yearStatus: 'stated' })).toBe('2023');
    expect(timeMLValue({ precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' })).toBe(
      '2020-FA',
    );
    expect(timeMLValue({ precision: 'decade', year: 1990, yearStatus: 'stated' })).toBe('199');
    expect(timeMLValue({ precision: 'day', month: 9, day: 19, yearStatus: 'unknown' })).toBe('XXXX-09-19');
    expect(
      timeMLValue({ precision: 'month', year: 1989, month: 7, end: { month: 9 }, yearStatus: 'stated' }),
    ).toBe('1989-Q3');
  });
});

describe('TempEval-3 scoring', () => {
  const gold = [
    timex(0, 5, 'DATE', '2021-03-02'),
    timex(10, 20, 'DURATION', 'P3Y'),
    timex(30, 34, 'DATE', '1998'),
  ];

  it('matches spans that overlap, one to one, and counts values over the matches', () => {
    const predicted = [
      timex(2, 8, 'DATE', '2021-03-02'),
      timex(28, 34, 'DATE', '1999'),
      timex(40, 45, 'DATE', '2020'),
    ];
    const s = scoreTimexes(gold, predicted);
    expect(s).toEqual({ gold: 3, predicted: 3, matched: 2, valueRight: 1 });
    const f = figures(s);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.valueAccuracy).toBeCloseTo(1 / 2);
    expect(f.valueF1).toBeCloseTo((2 / 3) * (1 / 2));
    expect(f.valuePrecision).toBeCloseTo(1 / 3);
  });

  it('scores DATE alone on gold DATEs and on what was found outside any gold expression', () => {
    const predicted = [
      timex(0, 5, 'DATE', '2021-03-02'),
      timex(10, 20, 'DATE', '2021'),
      timex(40, 45, 'DATE', '2020'),
    ];
    expect(scoreTimexes(gold, predicted, ['DATE'])).toEqual({
      gold: 2,
      predicted: 2,
      matched: 1,
      valueRight: 1,
    });
  });

  it('runs the real date layer with the creation time as the reference', () => {
    const doc = parseTimeML('test-1', SNIPPET);
    const found = predictTimexes(doc);
    const values = Object.fromEntries(found.map((t) => [doc.text.slice(t.start, t.end).trim(), t.value]));
    expect(values).toMatchObject({ 'on Tuesday': '2021-03-02', 'in 1998': '1998', yesterday: '2021-03-03' });
  });

  it('skips with a message when the benchmark folder is absent', () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => void lines.push(line);
    try {
      runTbaq('/nonexistent/benchmarks/tbaq');
    } finally {
      console.log = log;
    }
    expect(lines.join('\n')).toMatch(/TBAQ: skipped/);
  });

  it('a week without its leading zero and a decade with a trailing X are the same values; others are compared as written', () => {
    expect(sameValue('2000-W07', '2000-W7')).toBe(true);
    expect(sameValue('2000-W17', '2000-W7')).toBe(false);
    expect(sameValue('198', '198X')).toBe(true);
    expect(sameValue('1989-11-06T17:00', '1989-11-06T17')).toBe(true);
    expect(sameValue('1989-11-06T17:30', '1989-11-06T17')).toBe(false);
  });

  it('trailing unknown fields name no more than the fields before them; an unknown week is kept', () => {
    expect(sameValue('1989', '1989-XX')).toBe(true);
    expect(sameValue('1994', '1994-XX-XX')).toBe(true);
    expect(sameValue('1998-10', '1998-10-XX')).toBe(true);
    expect(sameValue('1998-W43', '1998-10-XX')).toBe(false);
    expect(sameValue('1989-W43', '1989-WXX')).toBe(false);
    expect(sameValue('1989', '1989-WXX')).toBe(false);
    expect(sameValue('1988', '1988-QX')).toBe(false);
  });

  it('a wrong value is told by its kind', () => {
    expect(valueErrorKind('PRESENT_REF', '2023-09-19')).toMatch(/^vague reference/);
    expect(valueErrorKind('2023-W38', 'P1W')).toBe('length vs point in time');
    expect(valueErrorKind('P12M', 'PXM')).toBe('lengths differ');
    expect(valueErrorKind('2023-W38', '2023-WXX')).toBe('gold leaves a field unknown, ours gives it');
    expect(valueErrorKind('2023-09-12', '2023-09-19')).toBe('weekday a whole week from gold (anchor)');
    expect(valueErrorKind('2023-09-19', '2023-09-19TNI')).toBe('same day, time of day differs');
    expect(valueErrorKind('2023-09-18', '2023-09-19')).toBe('another day');
    expect(valueErrorKind('2023', '2023-Q3')).toBe('quarter or half');
    expect(valueErrorKind('2023', '2023-09')).toBe('one a coarser form of the other');
  });

  it('a length in decades, centuries or millennia is the same value written in years', () => {
    expect(sameValue('P10Y', 'P1E')).toBe(true);
    expect(sameValue('P200Y', 'P2C')).toBe(true);
    expect(sameValue('P2000Y', 'P2L')).toBe(true);
    expect(sameValue('P20Y', 'P1E')).toBe(false);
    expect(sameValue('PXY', 'PXE')).toBe(false);
    expect(sameValue('PXDE', 'PXE')).toBe(true);
    expect(sameValue('PXCE', 'PXC')).toBe(true);
    expect(sameValue('P2DE', 'P20Y')).toBe(true);
  });
});
