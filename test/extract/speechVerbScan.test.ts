import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEECH_FIRST_WORDS, SPEECH_VERB } from '../../src/extract/statements/lexicon.ts';
import { speechVerbsIn } from '../../src/extract/statements/speechVerbScan.ts';

/** What the scan stands in for: SPEECH_VERB's own global scan from `start`, matches before `end`. */
function byPattern(text: string, start: number, end: number): { index: number; 0: string }[] {
  const found: { index: number; 0: string }[] = [];
  SPEECH_VERB.lastIndex = start;
  for (let m = SPEECH_VERB.exec(text); m && m.index < end; m = SPEECH_VERB.exec(text))
    found.push({ index: m.index, 0: m[0] });
  return found;
}

const SENTENCES = [
  'The ministry said on Monday that talks would resume, and he’s saying the same.',
  'Officials called for calm; she pointed out that roads were open, emphasizing the risk.',
  'Critics claim that the vote was rigged, Mr. Ruiz emphasised, and they continued to warn.',
  'He said-so, un-said, Said, SAID, xsaid and said’s: none but one are the verb.',
  'She was quick to point out that he informed reporters this week that “talks” are over.',
  'Lenarčič said. Émile stated: ‘no’. The spokeswoman is saying nothing new.',
];

const WORDS = [
  ...[...(SPEECH_FIRST_WORDS ?? [])].slice(0, 60),
  'for',
  'on',
  'out',
  'that',
  'to say',
  'He',
  'She',
  "'s",
  '’s',
  'saying',
  'Ruiz',
  'the',
  'é',
  '-',
  ',',
  '.',
  '“',
];

describe('speech verbs found word by word', () => {
  it('spells out every first word of the verb forms', () => {
    expect(SPEECH_FIRST_WORDS).not.toBeNull();
    expect(SPEECH_FIRST_WORDS!.has('emphasise')).toBe(true);
    expect(SPEECH_FIRST_WORDS!.has('emphasized')).toBe(true);
    expect(SPEECH_FIRST_WORDS!.has('said')).toBe(true);
  });

  it('finds what the pattern finds in written sentences', () => {
    for (const text of SENTENCES)
      expect(speechVerbsIn(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
  });

  it('finds what the pattern finds in any mix of verb words, particles and punctuation', () => {
    const separator = fc.constantFrom(' ', '  ', '', '\n', '\u00a0');
    const text = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), separator), { maxLength: 24 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length ? a % t.length : 0;
        const end = start + (t.length ? b % (t.length - start + 1) : 0);
        expect(speechVerbsIn(t, start, end)).toEqual(byPattern(t, start, end));
      }),
    );
  });
});
