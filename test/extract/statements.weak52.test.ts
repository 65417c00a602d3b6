import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakersOf = (text: string, quoteStart: string) =>
  statementsOf(text)
    .filter((s) => s.quote.startsWith(quoteStart))
    .map((s) => s.speaker)
    .sort();

/** Session 52 (weak forms left by session 51). */
describe('"both" counting a pair of people, as "the two" does (CONVENTIONS 13)', () => {
  it('given two leaders named in the sentence before, "Both leaders said" is each of them', () => {
    const text =
      'Nikol Pashinyan spoke by phone with Ilham Aliyev on Tuesday. Both leaders said they did not want a new war.';
    expect(speakersOf(text, 'they did not want')).toEqual(['aliyev', 'pashinyan']);
  });

  it('given "X said both leaders had told him …", the leaders are the two others, handed on by X', () => {
    const text =
      'Prime Minister Irakli Garibashvili said he had spoken with Nikol Pashinyan and with Ilham Aliyev. According to Garibashvili, both leaders had told him they did not want "a new war."';
    expect(speakersOf(text, 'they did not want')).toEqual(['aliyev', 'pashinyan']);
    expect(speakersOf(text, 'both leaders had told him')).toEqual(['text:irakli-garibashvili']);
  });

  it('given three leaders named and none of them the one told, "both leaders" is no one', () => {
    const text =
      'Charles Michel met Nikol Pashinyan and Ilham Aliyev in Brussels. Olaf Scholz said both leaders had told him they wanted peace.';
    const said = speakersOf(text, 'they wanted peace');
    expect(said).not.toContain('michel');
    expect(said.length === 0 || said.length === 2).toBe(true);
  });
});
