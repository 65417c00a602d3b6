import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** The speaker's id and the role the text gives them, per statement. */
const who = (text: string) =>
  extractFrom(text).map((s) => ({ id: s.speaker.id, ...(s.speaker.role ? { role: s.speaker.role } : {}) }));

describe('an abbreviated title is the role, never part of the name', () => {
  it.each([
    ['Del. Jane Morrow said the storm had cut power to the islands.', 'text:jane-morrow', 'Del.'],
    ['Gov. Ann Carver said the state would sue over the rule.', 'text:ann-carver', 'Gov.'],
    ['“The convoy was stopped at dawn,” said Brig. Gen. Mark Dunn.', 'text:mark-dunn', 'Brig. Gen.'],
    ['Lt. Col. Mark Dunn said the battalion had left the valley.', 'text:mark-dunn', 'Lt. Col.'],
    ['Sgt. Mark Dunn said the patrol came under fire near the bridge.', 'text:mark-dunn', 'Sgt.'],
    ['Amb. Ruth Ellery said the talks would resume in May.', 'text:ruth-ellery', 'Amb.'],
    ['Atty. Gen. Ruth Ellery said the charges would stand.', 'text:ruth-ellery', 'Atty. Gen.'],
    ['Cmdr. Sara Lind said the frigate had left port on time.', 'text:sara-lind', 'Cmdr.'],
    ['Adm. Sara Lind said the fleet would stay in the region.', 'text:sara-lind', 'Adm.'],
    ['Msgr. Peter Quill said the parish would open its doors to families.', 'text:peter-quill', 'Msgr.'],
    ['Fr. Peter Quill said the vigil would be held on Sunday.', 'text:peter-quill', 'Fr.'],
    ['Supt. Paul Grey said two men had been arrested in the raid.', 'text:paul-grey', 'Supt.'],
    ['Det. Insp. Paul Grey said the inquiry was continuing.', 'text:paul-grey', 'Det. Insp.'],
    ['Cllr Paul Grey said the council would vote on the plan next week.', 'text:paul-grey', 'Cllr'],
    ['Ald. Paul Grey said the ward would get two new schools.', 'text:paul-grey', 'Ald.'],
  ])('%s', (text, id, role) => {
    expect(who(text)).toEqual([{ id, role }]);
  });
});

describe('"of <place>" after a name is the constituency or employer, never the speaker', () => {
  it.each([
    ['“We will not back down,” said Rep. Jane Morrow of the Virgin Islands.', 'Rep. of the Virgin Islands'],
    ['“We will not back down,” Del. Jane Morrow of the Virgin Islands said.', 'Del. of the Virgin Islands'],
    ['Senator Jane Morrow of Vermont said the vote would be delayed.', 'Senator of Vermont'],
    ['Jane Morrow of Human Rights Watch said the detainees had been beaten.', 'of Human Rights Watch'],
    ['Jane Morrow of the Council of Europe said the report was ready.', 'of the Council of Europe'],
  ])('%s', (text, role) => {
    expect(who(text)).toEqual([{ id: 'text:jane-morrow', role }]);
  });

  it('a title and a surname alone are the person too', () => {
    expect(who('Sen. Morrow of Vermont said the vote would be delayed.')).toEqual([
      { id: 'text:morrow', role: 'Sen. of Vermont' },
    ]);
  });

  it('a party and state after the name change nothing', () => {
    for (const text of [
      '“The bill is dead,” Rep. Jane Morrow (D-Wis.) said Friday.',
      '“The bill is dead,” said Rep. Jane Morrow, R-Texas.',
      'Sen. Jane Morrow, D-Mass., said the vote would be delayed.',
    ])
      expect(who(text).map((s) => s.id)).toEqual(['text:jane-morrow']);
  });

  it('a body or a state named with "of" is no person', () => {
    expect(who('The Central Bank of Armenia said inflation had slowed.')).toEqual([
      { id: 'text:central-bank-of-armenia' },
    ]);
    expect(who('The Islamic Republic of Iran said the border would stay open.')).toEqual([
      { id: 'text:islamic-republic-of-iran' },
    ]);
  });
});

describe('people named together as speakers', () => {
  it('each says it, with the plural title made theirs; never the last one with the rest as role', () => {
    const expected = [
      { id: 'text:ann-carver', role: 'Sen.' },
      { id: 'text:tom-beale', role: 'Sen.' },
    ];
    expect(who('Sens. Ann Carver and Tom Beale said the vote would be delayed.')).toEqual(expected);
    expect(who('Sens. Ann Carver (D-Mass.) and Tom Beale (R-Texas) said the vote would be delayed.')).toEqual(
      expected,
    );
    expect(who('Senators Ann Carver and Tom Beale said the vote would be delayed.')).toEqual([
      { id: 'text:ann-carver', role: 'Senator' },
      { id: 'text:tom-beale', role: 'Senator' },
    ]);
  });

  it('each keeps the title written before them', () => {
    expect(who('Sen. Ann Carver and Rep. Tom Beale said the vote would be delayed.')).toEqual([
      { id: 'text:ann-carver', role: 'Sen.' },
      { id: 'text:tom-beale', role: 'Rep.' },
    ]);
  });

  it('a surname alone later is the one the text named', () => {
    const text =
      'Govs. Ann Carver and Tom Beale said the states would sue. Carver added that the suit would be filed soon.';
    expect(who(text).map((s) => s.id)).toEqual(['text:ann-carver', 'text:tom-beale', 'text:ann-carver']);
  });

  it('after a quote too, each says it', () => {
    const found = extractFrom('“The vote will be delayed,” said Sens. Ann Carver and Tom Beale.');
    expect(found.map((s) => [s.speaker.id, s.speaker.role, s.kind])).toEqual([
      ['text:ann-carver', 'Sen.', 'direct'],
      ['text:tom-beale', 'Sen.', 'direct'],
    ]);
  });

  it('a company or a body named with "and" is no pair of people', () => {
    expect(who('Procter and Gamble said sales had fallen.')).toEqual([{ id: 'text:procter-and-gamble' }]);
    expect(who('Border Control and Migration Services said the checks were tightened.')).toHaveLength(1);
  });
});
