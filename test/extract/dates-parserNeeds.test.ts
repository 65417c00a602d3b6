import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';

const kinds = (s: string) => findDateExpressions(s, 0, s.length).map((e) => [e.text, e.form.kind]);

describe('day counts and day ranges are read where their pre-tests let them through', () => {
  it('reads a count of days before "ago", "after" and "later"', () => {
    expect(kinds('Two days ago the convoy reached the border.')).toContainEqual([
      'Two days ago',
      'relativeDay',
    ]);
    expect(kinds('Talks resumed on Monday, a day after the shelling stopped.')).toContainEqual([
      'a day after',
      'relativeDay',
    ]);
    expect(kinds('The ministry confirmed the figure three days later.')).toContainEqual([
      'three days later',
      'relativeDay',
    ]);
  });

  it('reads a range of days with its month either side', () => {
    expect(kinds('The summit is set for 13-14 September in Granada.')).toContainEqual([
      '13-14 September',
      'calendar',
    ]);
    expect(kinds('Observers stayed from October 5 to 7, the mission said.')).toContainEqual([
      'from October 5 to 7',
      'calendar',
    ]);
  });

  it('reads a weekday counted from another and a span just past', () => {
    const kindsOf = (s: string) => kinds(s).map(([, kind]) => kind);
    expect(kindsOf('Talks had stalled the previous Friday, a diplomat said.')).toContain('weekday');
    expect(kindsOf('Shelling eased over the past 48 hours, residents said.')).toContain('pastSpan');
    expect(kindsOf('Fewer convoys crossed this past week.')).toContain('pastSpan');
    expect(kindsOf('Aid deliveries doubled in the last seven days.')).toContain('pastSpan');
  });

  it('reads a decade written in words, and none from other words in "-ties"', () => {
    const kindsOf = (s: string) => kinds(s).map(([, kind]) => kind);
    expect(kindsOf('The dispute flared in the late eighties.')).toContain('decade');
    expect(kindsOf("Refugees of the '90s returned to the town.")).toContain('decade');
    expect(kindsOf('The authorities counted casualties on both sides.')).not.toContain('decade');
  });

  it('reads no count of days from a weekday alone', () => {
    expect(kinds('Officials spoke on Monday.').map(([, kind]) => kind)).not.toContain('relativeDay');
  });
});

describe('pattern pre-tests run only where a digit or their words are found', () => {
  it('reads a part of a day with no digit in the sentence', () => {
    const texts = kinds('Shelling resumed the following morning, villagers said.').map(([text]) => text);
    expect(texts.some((t) => /morning/.test(String(t)))).toBe(true);
  });

  it('still reads years, decades and ordinal days written in digits', () => {
    const kindsOf = (s: string) => kinds(s).map(([, kind]) => kind);
    expect(kindsOf('Refugees who fled in the 1990s returned in 2021.')).toEqual(
      expect.arrayContaining(['decade', 'year']),
    );
    expect(kinds('The convoy left on the 19th, the mayor said.').length).toBeGreaterThan(0);
  });
});
