import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a definite role with its holder named right after it', () => {
  it('"The European Council President, Charles Michel, welcomed …" is never the president named before', () => {
    const text =
      'President Ilham Aliyev said the prisoners would be home "before the new year". ' +
      'The European Council President, Charles Michel, welcomed the statement and called it "a major breakthrough" on X.';
    const said = speakersMentionsAndQuotes(text).filter(([, mention]) => /European Council/.test(mention));
    expect(said.map(([id]) => id)).not.toContain('aliyev');
  });

  it('the holder named in the mention itself still speaks', () => {
    const text = 'The head of the mission, Markus Ritter, said the patrols "saw no shooting".';
    expect(speakersMentionsAndQuotes(text).length).toBeGreaterThan(0);
  });
});
