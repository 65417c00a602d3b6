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

describe('"they" after a sentence whose subject lists the speakers (CONVENTIONS 13)', () => {
  it('given "A and B issued a joint statement. They said …", each state said it', () => {
    const text =
      'Armenia and Azerbaijan issued a joint statement on Thursday. They said they would exchange prisoners before the end of the year.';
    expect(speakersOf(text, 'they would exchange')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('given "After the talks, A, B and C issued a joint statement with D. They said …", all four said it', () => {
    const text =
      'After the talks, European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz issued a joint statement with Pashinyan. They said they supported "the sovereignty of Armenia" and more aid.';
    expect(speakersOf(text, 'they supported')).toEqual(['macron', 'michel', 'pashinyan', 'scholz']);
  });
});

describe('"the diplomat" after "One EU diplomat", past a person named between (a definite takes its own noun)', () => {
  it('given "One EU diplomat said … “…,” the diplomat said" after Pashinyan spoke, the quote is the diplomat\'s', () => {
    const text = [
      'Pashinyan said Armenia was ready to sign a peace treaty.',
      'One EU diplomat said that Russia was weak. "They are losing on the ground," the diplomat said.',
    ].join('\n\n');
    expect(speakersOf(text, 'They are losing')).toEqual(['text:eu-diplomat']);
  });

  it('given "One volunteer said …" then "the volunteer said", the volunteer is the one introduced', () => {
    const text =
      'Nikol Pashinyan visited the camp on Monday. One volunteer said the tents were full. "We need more blankets," the volunteer said.';
    expect(speakersOf(text, 'We need more')).toEqual(['text:volunteer']);
  });
});
