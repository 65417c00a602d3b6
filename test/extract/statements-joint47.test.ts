import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

const ISSUERS = ['armenian-government-press-service', 'azerbaijani-presidential-administration'];

/** Session 47: "the two sides" and the statement point back to the issuers of a joint text. */
describe('the issuers a joint text names are who "the two sides" are', () => {
  it('issuers in a fronted phrase of the same sentence: "In a joint statement issued … by A and B, the two sides said"', () => {
    const text =
      "Armenia and Azerbaijan have agreed to swap detainees. In a joint statement issued late on Friday, 9 May, by the office of Armenia's prime minister and the administration of Azerbaijan's president, the two sides said they would open a second crossing.";
    expect(speakersShown(text)).toEqual(ISSUERS);
  });

  it('issuers the sentence before names after "when": "…, when A and B issued a brief joint statement. In it, the two sides said"', () => {
    const text = [
      'Armenia and Azerbaijan both called the deal a first step.',
      'The talks ended on Friday, when the office of Armenian Prime Minister Nikol Pashinyan and the administration of Azerbaijani President Ilham Aliyev issued a brief joint statement. In it, the two sides said they would meet again in January.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(ISSUERS);
  });

  it('issuers in apposition to "The statement": "The statement, published by A and B, said"', () => {
    const text =
      'The border with Azerbaijan will reopen, Armenia said. The statement, published simultaneously by the Office of the Prime Minister of Armenia and the Administration of the President of Azerbaijan, said the crossing would open on Monday.';
    const issued = statementsOf(text).filter((s) => s.quote.startsWith('the crossing'));
    expect(issued.map((s) => s.speaker)).toEqual(ISSUERS);
  });

  it('"the two countries" names the states, not the issuing offices', () => {
    const text =
      'In a joint statement issued by the office of the Armenian prime minister and the Azerbaijani presidential administration, the two countries said that the crossings would reopen.';
    expect(speakersShown(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('two people joined by "and" by surname alone', () => {
  it('are each the person the text wrote in full shortly before, though neither spoke yet', () => {
    const text =
      'On Monday the commissions chaired by Deputy Prime Minister Anar Guliyev and Deputy Prime Minister of Armenia Tigran Sargsyan met in Ijevan. After the meeting, Guliyev and Sargsyan said in a joint statement that the sides had agreed on the next section.';
    expect(speakersShown(text)).toEqual(['text:anar-guliyev', 'text:tigran-sargsyan']);
  });

  it('a pair of capitalised words the text never wrote as full names is not split into people', () => {
    const text =
      'Johnson and Johnson said in a statement that the vaccine shipments to Yerevan would resume.';
    expect(speakersShown(text)).not.toContain('text:johnson');
  });
});

describe('bodies "from" the two countries', () => {
  it('"border commissions from the two countries said" are each side\'s commission', () => {
    const text =
      'Armenia and Azerbaijan began marking the frontier in April. Border commissions from the two countries said they had agreed on about 12 kilometres of the line.';
    expect(speakersShown(text)).toEqual([
      'text:armenian-border-commission',
      'text:azerbaijani-border-commission',
    ]);
  });
});

describe('"the statement" after a joint text cited by "according to"', () => {
  it('is each issuer of that joint text again', () => {
    const text =
      'Armenia and Azerbaijan signed rules for their border commissions, the two governments said on Tuesday.\n\n' +
      'The rules were signed in Yerevan by the two deputy prime ministers, according to a joint statement by the two governments.\n\n' +
      '"The parties agreed to send the rules for ratification," the statement said.';
    const said = statementsOf(text)
      .filter((s) => s.quote.startsWith('The parties agreed'))
      .map((s) => s.speaker)
      .sort();
    expect(said).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});
