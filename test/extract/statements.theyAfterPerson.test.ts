import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

describe('"they" never reaches past a person named since the body last spoke', () => {
  it('a person who spoke in the sentence before: the quote gets no body', () => {
    const text =
      'The Armenian Defense Ministry said its positions had come under fire overnight. ' +
      'In Glendale, Narine Sarkissian, a 34-year-old nurse, said her aunt was still in Stepanakert. ' +
      'Sarkissian said their relatives had planned to leave in spring. "We only want them safe," they said.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['mod-armenia', 'its positions had come u']);
    expect(
      said.some(([speaker, quote]) => quote!.startsWith('We only want') && speaker === 'mod-armenia'),
    ).toBe(false);
  });

  it('two people who spoke jointly in the sentence before: no body speaks for them', () => {
    const text =
      'The Azerbaijani Foreign Ministry said the talks had been useful. ' +
      'Deputy Foreign Minister Anar Guliyev and his Armenian counterpart Vahe Melikyan said in a joint note ' +
      'that the working groups had met twice. The report, they said, will go to both cabinets in May.';
    const said = speakersAndOpenings(text);
    expect(
      said.some(([speaker, quote]) => quote!.startsWith('The report') && speaker === 'mfa-azerbaijan'),
    ).toBe(false);
  });

  it('"they" right after the body spoke, with no person between, stays with the body', () => {
    const text =
      'Narine Sarkissian, a nurse, said her aunt was still in Stepanakert. ' +
      'The Armenian Defense Ministry said its positions had come under fire. "The attack was repelled," they said.';
    expect(speakersAndOpenings(text)).toContainEqual(['mod-armenia', 'The attack was repelled,']);
  });
});
