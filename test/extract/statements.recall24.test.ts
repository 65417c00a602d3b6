import { describe, expect, it } from 'vitest';
import { extractFrom, idsAndWords } from './statements.helpers.ts';

describe('a name given in quotes is the giver’s words, in more of the forms outlets use', () => {
  it('"called X “…” and said …": both the name and the clause of the later verb', () => {
    const text =
      'Armenia’s foreign ministry called the report "a crude fabrication" and said its troops had not moved.';
    expect(idsAndWords(text)).toEqual([
      { id: 'mfa-armenia', said: 'a crude fabrication' },
      { id: 'mfa-armenia', said: 'its troops had not moved' },
    ]);
  });

  it('a participle after a comma names the thing for the clause’s subject', () => {
    const text = 'Hikmet Hajiyev rejected the claims, calling them "a smear campaign."';
    expect(idsAndWords(text)).toEqual([{ id: 'hajiyev', said: 'a smear campaign.' }]);
  });

  it('a bare noun as the thing named ("calling talk of a siege “…”")', () => {
    const text = 'Hikmet Hajiyev rejected the claims, calling talk of a siege "pure invention".';
    expect(idsAndWords(text)).toEqual([{ id: 'hajiyev', said: 'pure invention' }]);
  });

  it('a past participle on the name may follow it', () => {
    const text = 'The Armenian Foreign Ministry called the closure a "humanitarian disaster" caused by Baku.';
    expect(idsAndWords(text)).toEqual([{ id: 'mfa-armenia', said: 'humanitarian disaster' }]);
  });

  it('a relative clause "which X called “…”" with a noun-phrase subject', () => {
    const text =
      'The shelling began on Tuesday, in an operation which the Azerbaijani side called "a limited response."';
    expect(idsAndWords(text)).toEqual([{ id: 'gov-azerbaijan', said: 'a limited response.' }]);
  });

  it.each([
    ['a time after the verb', 'The minister called again "for calm" on Monday.'],
    ['a call by telephone', 'The minister called him "at once" after the vote.'],
    ['a participle with no comma before it', 'Residents kept calling it "the road of life".'],
  ])('none for %s', (_why, text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('"according to the data of X": a source the gazetteer lacks speaks when a proper name names it', () => {
  it('a body named in capitals behind "the latest data of"', () => {
    const text = 'According to the latest data of the Search Commission, 112 people remain unaccounted for.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:search-commission', said: '112 people remain unaccounted for' },
    ]);
  });

  it('a district body named by its place behind "the information of"', () => {
    const text = 'According to the information of the Gadabay district police, two shepherds were wounded.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:gadabay-district-police', said: 'two shepherds were wounded' },
    ]);
  });

  it.each([
    ['the parties', 'According to official data of the parties, more than 300 soldiers were killed.'],
    ['the locals', 'According to figures from the locals, 40 houses burned.'],
  ])('none behind "%s"', (_owner, text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('"informed" and "estimated" close an attribution with no "that"', () => {
  it.each([
    [
      'Four soldiers were wounded near the village overnight, the Azerbaijani Defense Ministry informed.',
      'mod-azerbaijan',
      'Four soldiers were wounded near the village overnight',
    ],
    [
      'Some 2,000 families have left the district, the Armenian government estimated on Friday.',
      'gov-armenia',
      'Some 2,000 families have left the district',
    ],
    [
      'As the Azerbaijani Defense Ministry informed, two posts were shelled overnight.',
      'mod-azerbaijan',
      'two posts were shelled overnight',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    ['an object after the verb', 'The talks were tense, and the minister informed the deputies of the plan.'],
    ['an estimate as a noun', 'The damage was heavy, by one estimate.'],
  ])('none with %s', (_why, text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('a parenthetical attribution inside a clause with a quote: the saying opens before it', () => {
  it('"The plan, she said, was “…”": from the opening, in two pieces', () => {
    const text = 'Anna Petrosyan spoke after the vote. The plan, she said, was "dead on arrival."';
    const [s] = extractFrom(text);
    expect(text.slice(s!.quote.start, s!.quote.end)).toBe('The plan');
    expect(s!.continuation?.map((c) => text.slice(c.start, c.end))).toEqual(['was "dead on arrival."']);
  });

  it('a quote that opens a sentence of its own after it stays the saying', () => {
    const text = 'After the vote, the mayor said, "We have kept our word."';
    expect(idsAndWords(text)).toEqual([{ id: 'text:mayor', said: 'We have kept our word.' }]);
  });
});

describe('a thinking verb with no "that" before a clause of its own', () => {
  it.each([
    [
      'Military analysts believe the real losses, especially among conscripts, are far higher.',
      'text:military-analysts',
      'the real losses, especially among conscripts, are far higher',
    ],
    [
      'Political commentator Farid Aliyev believes the return has a meaning beyond the village.',
      'text:farid-aliyev',
      'the return has a meaning beyond the village',
    ],
    [
      'Farmers in the valley fear it leaves their fields exposed.',
      'text:farmers',
      'it leaves their fields exposed',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    ['an object, no clause', 'Voters believe the reports.'],
    ['a preposition after "fear"', 'Families fear for their lives.'],
    ['the writer’s "as" clause', 'Queues grew at petrol stations as drivers fear the road will close again.'],
  ])('none for %s', (_why, text) => {
    expect(idsAndWords(text)).toEqual([]);
  });

  it.each([
    [
      'Beijing welcomed the deal on Tuesday, saying it hoped the parties would keep to it.',
      'it hoped the parties would keep to it',
    ],
    [
      'The senator told reporters that he thinks the treaty is a mistake.',
      'he thinks the treaty is a mistake',
    ],
  ])('a thought inside another saying stays in that saying: %s', (text, said) => {
    expect(idsAndWords(text).map((s) => s.said)).toEqual([said]);
  });
});

describe('guards on the new readers', () => {
  it('a wish under a modal is no thought held: "would hope their neighbour were …"', () => {
    expect(idsAndWords('Many farmers would hope the border were farther away.')).toEqual([]);
  });

  it('"estimate" after a possessive or a determiner is a noun, not a closing verb', () => {
    const text =
      'The bank predicted that exports will grow 2 percent, down 0.3 points from the bank’s last estimate.';
    expect(idsAndWords(text).map((s) => s.said)).toEqual([
      'exports will grow 2 percent, down 0.3 points from the bank’s last estimate',
    ]);
  });
});

describe('"that" before a finite verb is the content’s subject', () => {
  it.each([
    ['Community groups say that is not enough.', 'that is not enough'],
    ['The minister said that would be a grave mistake.', 'that would be a grave mistake'],
    ['The minister said that the talks would resume.', 'the talks would resume'],
  ])('%s', (text, said) => {
    expect(idsAndWords(text).map((s) => s.said)).toEqual([said]);
  });
});
