import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string): [string, string][] {
  return speakersAndOpenings(text);
}

describe('a corrections and clarifications column', () => {
  const column =
    'Corrections and clarifications\n\n' +
    'Monday 6 May 2024\n\n' +
    'A report (1 May, page 22) said that 3,000 people had been evacuated from the border villages. ' +
    'The regional governor said on Tuesday that 1,800 had left.\n\n' +
    'An article on the ceasefire talks (April 29th) quoted Armenia’s deputy foreign minister as saying ' +
    'the talks were "dead in the water". The remark was in fact made by an opposition MP, Lusine Sargsyan, ' +
    'in a radio interview.\n\n' +
    'A picture caption (30 April) described the Hrazdan as a tributary of the Kura. It flows into the Aras.\n\n' +
    'We apologise for these errors.\n';

  it('drops what the paper’s own earlier pieces said: they are the errors corrected', () => {
    const speakers = said(column).map(([who]) => who);
    expect(speakers.some((who) => /report|article|caption/.test(who))).toBe(false);
  });

  it('gives a misattributed remark to the one the correction names, never to the one it was given to', () => {
    expect(said(column)).toContainEqual(['text:lusine-sargsyan', 'dead in the water']);
    expect(said(column).some(([who]) => who === 'kostanyan' || who.includes('deputy'))).toBe(false);
  });

  it('keeps the sources of the corrected facts', () => {
    expect(said(column)).toContainEqual(['text:regional-governor', '1,800 had left']);
  });

  it('reads a phrase named in the correction itself: “the phrase “…” was used by X”', () => {
    const text =
      'CORRECTIONS\n\n' +
      'An editorial (March 3rd) attributed the words "a frozen peace" to the Foreign Secretary. ' +
      'The phrase "a frozen peace" was used by the Dutch foreign minister, Pieter Bakker, at a press ' +
      'conference in The Hague.\n';
    expect(said(text)).toEqual([['text:pieter-bakker', 'a frozen peace']]);
  });

  it('reads no remark-made-by outside a corrections column', () => {
    const news =
      'Talks stall\n\n' +
      'Officials said the talks were "dead in the water". The remark was made by a junior aide, ' +
      'Tigran Avetisyan, on Sunday.\n';
    expect(said(news).some(([who]) => who === 'text:tigran-avetisyan')).toBe(false);
  });
});

describe('an article with a correction note at its top is no corrections column', () => {
  it('keeps a report’s statement in everyday copy that carries "Correction:"', () => {
    const article =
      'Refugees reach Goris\n\n' +
      'Correction: An earlier version of this article (September 26th) misstated the number of buses. ' +
      'We apologise for the error.\n\n' +
      'A UN report said that 100,000 people had crossed into Armenia.\n';
    expect(said(article)).toContainEqual(['un', '100,000 people had cross']);
  });
});
