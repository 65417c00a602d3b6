import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Each statement as [speaker id, quote]. */
const said = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end)] as const);

describe('a pronoun that two people fit speaks for neither (when unsure who spoke, do not attribute)', () => {
  it('"her daughter Narine" names a kin of the woman the paragraph is about: "she" is either', () => {
    const text =
      'For Gohar Sahakyan, the war is never far away. Her daughter Narine (9) stays with an uncle in Goris. ' +
      '"We are alive, and that is enough," she says.';
    expect(said(text).map(([id]) => id)).not.toContain('text:narine');
    expect(said(text).map(([id]) => id)).not.toContain('text:gohar-sahakyan');
  });

  it('a kin of the other gender leaves the pronoun its one fit', () => {
    const text =
      'Gohar Sahakyan waited at the border for two days. Her son Tigran was on the last bus. ' +
      '"He did not sleep for a week," she said.';
    expect(said(text)).toEqual([['text:gohar-sahakyan', 'He did not sleep for a week,']]);
  });

  it('two men named alike as one subject leave "he" unresolved', () => {
    const text =
      'Armen Hovsepyan and Davit Melkonyan drove the last truck out of the town on Sunday. ' +
      '"There was nobody left to take," he said.';
    expect(said(text)).toEqual([]);
  });

  it('a man named as the object of the subject is no rival: "he" is the subject', () => {
    const text =
      'Armen Hovsepyan met Davit Melkonyan at the checkpoint on Sunday. ' +
      '"There was nobody left to take," he said.';
    expect(said(text)).toEqual([['text:armen-hovsepyan', 'There was nobody left to take,']]);
  });

  it('"he said, asking not to be named" is someone the text does not name', () => {
    const text =
      'The analyst Ruben Gasparyan expects the road to reopen in spring. ' +
      'We asked an officer who served at the post what he saw. ' +
      '"The villages emptied in one night," he said, asking not to be named.';
    expect(said(text).map(([id]) => id)).not.toContain('text:ruben-gasparyan');
  });
});
