import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

/** The speaker credited with the statement whose words start so. */
const saidBy = (text: string, start: string) => idsAndWords(text).find((s) => s.said.startsWith(start))?.id;

const MILLER_FIRST =
  'WASHINGTON (wire) — State Department spokesperson Matthew Miller said the United States was concerned by the reports.\n\n' +
  'The European Union monitoring mission in Armenia, known as EUMA, said its patrols were in the area.';

describe('a spokesperson for one body is never the named spokesperson of another', () => {
  it.each([
    ['A spokesperson for the mission said', 'it had not been able'],
    ['A spokesperson for EUMA said', 'it had not been able'],
    ["The mission's spokesperson said", 'it had not been able'],
  ])('%s … after the State Department spokesperson was named', (lead, start) => {
    const text = `${MILLER_FIRST} ${lead} ${start} to confirm the shooting.`;
    expect(saidBy(text, start)).not.toBe('miller');
  });

  it('"a State Department spokesperson" after Miller was named is someone else', () => {
    const text = `${MILLER_FIRST} A State Department spokesperson later said the talks would go on.`;
    expect(saidBy(text, 'the talks would go on')).not.toBe('miller');
  });

  it('the unnamed spokeswoman the story names later is still the named one', () => {
    const text =
      'The talks would resume on Monday, a spokeswoman for Prime Minister Nikol Pashinyan said.\n\n' +
      '"We are ready," the spokeswoman, Nazeli Baghdasaryan, told AFP.';
    expect(saidBy(text, 'The talks would resume')).toBe('text:nazeli-baghdasaryan');
  });
});

describe('"Its" and "It" opening a sentence point to the body that opened the sentence before', () => {
  it('"Its official representative" after a foreign ministry, not the agency quoted before', () => {
    const text =
      'ALMATY — The talks went on into the evening, Kazinform reported. ' +
      "Uzbekistan's Foreign Ministry welcomed the meeting. " +
      'Its official representative told Kun.uz that Tashkent supported every step.';
    expect(saidBy(text, 'Tashkent supported')).toBe(
      'text:uzbekistan-foreign-ministry-official-representative',
    );
  });

  it('"It said" after "The Azerbaijani Defense Ministry gives a different account"', () => {
    const text =
      'According to the Interior Ministry of the unrecognized republic, a police car was ambushed. ' +
      'Three officers were killed, the ministry said. ' +
      'The Azerbaijani Defense Ministry gives a different account. ' +
      'It said that its servicemen had stopped a car carrying weapons.';
    expect(saidBy(text, 'its servicemen')).toBe('mod-azerbaijan');
  });

  it('"It said" goes to the body the sentence before opened with, though another body’s statement is in view', () => {
    const text =
      "Armenia's Defence Ministry said on Monday that three soldiers had died.\n\n" +
      '"The situation is stable," the ministry said in a statement.\n\n' +
      'The Azerbaijani Defence Ministry gave a different account. It said one soldier had been wounded.';
    expect(saidBy(text, 'one soldier')).toBe('mod-azerbaijan');
  });

  it('a body that spoke in the sentence before keeps "It said"', () => {
    const text =
      'The UN refugee agency UNHCR said it expected more arrivals. It said some 2,500 people a day were crossing.';
    expect(saidBy(text, 'some 2,500')).not.toBe('un');
  });

  it('a possessor opening the sentence before is not its subject', () => {
    const text =
      "Azerbaijan's defence ministry confirmed the operation would end once the formations disarmed. " +
      'It said that civilians would be allowed to leave.';
    expect(saidBy(text, 'civilians would')).not.toBe('gov-azerbaijan');
  });
});

describe('a capital before a colon opening the story is its date line, not its government', () => {
  it('"Baku: At least 21 …, the Prosecutor General\'s Office said" is the office\'s, from "At least"', () => {
    const text =
      'Strike on Barda kills 21\n\nAgencies\n\n' +
      "Baku: At least 21 civilians were killed on Wednesday when missiles hit the town of Barda, Azerbaijan's Prosecutor General's Office said.";
    const found = idsAndWords(text);
    expect(found.map((s) => s.id)).not.toContain('gov-azerbaijan');
    expect(found.find((s) => s.said.includes('21 civilians'))?.said.startsWith('At least 21')).toBe(true);
  });

  it('"Dubai: The minister said …" reads the minister, the date line left out', () => {
    const text = 'Gulf talks\n\nDubai: The Iranian foreign minister said Tehran would host the talks.';
    expect(idsAndWords(text).map((s) => s.said)).toEqual(['Tehran would host the talks']);
  });
});

describe('"the country\'s" and "the region\'s" stand for the country or region named last', () => {
  it('"in southern Armenia, the country\'s Defence Ministry said" is Armenia\'s ministry', () => {
    const text =
      'YEREVAN, Armenia — Four soldiers were killed on Tuesday near the village of Nerkin Hand in southern Armenia, ' +
      "the country's Defence Ministry said.";
    expect(saidBy(text, 'Four soldiers')).toBe('mod-armenia');
  });

  it('"The region\'s human rights ombudsman" after Nagorno-Karabakh is the ombudsman of that date', () => {
    const text =
      'Azerbaijan launched an operation in Nagorno-Karabakh on September 19, 2023. ' +
      "The region's human rights ombudsman said at least 27 people had been killed.";
    expect(saidBy(text, 'at least 27')).toBe('gegham-stepanyan');
  });

  it('with no country named before, "the country\'s ministry" names no country', () => {
    const text = "Four soldiers were killed on Tuesday, the country's Defence Ministry said.";
    expect(saidBy(text, 'Four soldiers')).not.toBe('mod-armenia');
  });
});

describe('capitals before one capitalised word: a title only when it is one', () => {
  it.each([
    ['UNICEF Armenia said children were at risk.', 'text:unicef-armenia'],
    ['ANC Australia said it expected more than a thousand people.', 'text:anc-australia'],
    ['PM Pashinyan said the talks would go on.', 'pashinyan'],
    ['FM Bayramov said Baku was ready.', 'bayramov'],
  ])('%s', (text, id) => {
    expect(idsAndWords(text).map((s) => s.id)).toEqual([id]);
  });

  it('"Minister for Foreign Affairs Micheál Martin": the domain word is no given name', () => {
    const text =
      'Tánaiste and Minister for Foreign Affairs Micheál Martin said Ireland was deeply concerned.';
    expect(idsAndWords(text).map((s) => s.id)).toEqual(['text:micheal-martin']);
  });
});

describe('"A, he said, adding that B" is two sayings of one speaker (CONVENTIONS 12)', () => {
  const before = 'Prime Minister Nikol Pashinyan spoke at the forum on Thursday.\n\n';
  it.each([
    'Armenia was ready to open its roads on the basis of sovereignty, he said, stressing that Yerevan would accept no corridor.',
    'Armenia was ready to open its roads "on the basis of sovereignty and reciprocity," he said, stressing that Yerevan would accept no "corridor".',
    'Armenia was ready to open its roads on the basis of sovereignty, Pashinyan said, adding that Yerevan would accept no corridor.',
  ])('%s', (sentence) => {
    const found = idsAndWords(before + sentence);
    expect(found.map((s) => s.id)).toEqual(['pashinyan', 'pashinyan']);
    expect(found[0]!.said.startsWith('Armenia was ready')).toBe(true);
    expect(found[1]!.said.startsWith('Yerevan would accept no')).toBe(true);
  });

  it.each([
    // A count hedged by "at least" opens a clause, not a setting.
    'At least 40 people were hurt in the blast near the depot, the regional authorities said, adding that 12 were missing.',
    // A comma inside a number sets nothing off.
    'More than 2,300 troops and 70 trucks have reached the valley, the ministry said, adding that the last convoy had arrived.',
    // Nor does a short apposition after the subject.
    'The wounded driver, a farmer from Goris, was taken to the district clinic, the ministry said, adding that his life was not at risk.',
  ])('the clause before "…, X said, adding that …" is said too: %s', (sentence) => {
    const found = idsAndWords(sentence).map((s) => s.said);
    expect(found).toHaveLength(2);
    expect(new Set(idsAndWords(sentence).map((s) => s.id)).size).toBe(1);
    expect(sentence.startsWith(found[0]!)).toBe(true);
    expect(found[0]!.split(' ').length).toBeGreaterThan(5);
  });

  it('a setting before the attribution is no saying: "In Munich on Friday, he said, adding that …"', () => {
    const found = idsAndWords(`${before}In Munich on Friday, he said, adding that the talks would go on.`);
    expect(found.map((s) => s.said)).toEqual(['the talks would go on']);
  });
});

describe('a town that seats a government speaks for it, as a capital does', () => {
  it('"Stepanakert says" in 2023 copy is the Karabakh authorities', () => {
    const text =
      'STEPANAKERT, Jan. 10, 2023 — Tension has grown since December 12. ' +
      'Stepanakert says the region faces shortages of food, fuel and medicine.';
    expect(saidBy(text, 'the region faces')).toBe('karabakh-authorities');
  });

  it('a town that seats none says nothing', () => {
    expect(idsAndWords('Goris says it has no more beds for the arrivals.')).toEqual([]);
  });
});
