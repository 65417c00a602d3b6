import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const saidBy = (text: string, opening: string) =>
  statementsOf(text)
    .filter((s) => s.quote.toLowerCase().startsWith(opening.toLowerCase()))
    .map((s) => s.speaker)
    .sort();

describe('a joint text issued by a pair speaks for each of them', () => {
  it('"A and B signed a joint statement. The statement says …": each signatory', () => {
    const text =
      'Armenia and Azerbaijan signed a joint statement in Vienna. The statement says the sides "will keep the line quiet".';
    expect(saidBy(text, 'the sides')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('a quote signed "the statement said" under the issuing sentence: each issuer', () => {
    const text =
      'Armenia and Azerbaijan released a joint statement on Friday.\n\n"Both sides will keep working on the text," the statement said.';
    expect(saidBy(text, 'Both sides will keep')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"a joint statement released by A and B." then "the two offices said": each office', () => {
    const text =
      'The news came in a joint statement released on Monday by the Office of the Prime Minister of Armenia and the Presidential Administration of Azerbaijan.\n\n"The working groups will meet again in the spring," the two offices said.';
    const said = saidBy(text, 'The working groups');
    expect(said).toHaveLength(2);
    expect(said).toContain('azerbaijani-presidential-administration');
    expect(said.some((id) => id.includes('two-offices'))).toBe(false);
  });

  it('"the text says" after a joint statement: the statement\'s authors, never a speaker named "text"', () => {
    const text =
      'Armenia and Azerbaijan said in a joint statement that they would open the border posts. The text says the two sides will also free detainees.';
    expect(saidBy(text, 'the two sides will also')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('a pair counted back with no pair to name is no one (rule 4)', () => {
  it('"the two offices said" with no offices named before: no statement', () => {
    const text =
      'Talks went on late into the night.\n\n"The working groups will meet again," the two offices said.';
    expect(saidBy(text, 'The working groups')).toEqual([]);
  });
});

describe('"in what the two governments describe as …": the pair, in the present plural', () => {
  it('the present plural verb names the subject pair', () => {
    const text =
      'Armenia and Azerbaijan have agreed to free prisoners, in what the two governments describe as "a rare opening" for peace.';
    expect(saidBy(text, 'a rare opening')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"what both sides call": each side', () => {
    const text = 'Armenia and Azerbaijan agreed to reopen the road in what both sides call "a fresh start".';
    expect(saidBy(text, 'a fresh start')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('"the couple" is still the two people named together just before', () => {
  it('a couple named by given names and one surname: each of them', () => {
    const text =
      'Anahit and Gor Melkonian, who run a bakery in Glendale, said they had sent flour to Goris. The couple said they planned to visit in the spring.';
    expect(saidBy(text, 'they planned')).toEqual(['text:anahit-melkonian', 'text:gor-melkonian']);
  });
});
