import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a clause before "while", "as" or "whereas" is never the subject', () => {
  it('an adverb, a number and a clause, then "while" and a body: the body speaks', () => {
    const said = speakersShown(
      'Roughly 1,450 flats were destroyed while the agency said that 30 clinics had closed.',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/flats|destroyed|while/);
    expect(said[0]).toMatch(/agency/);
  });

  it('"whereas" after a clause opened by an adverb: the noun phrase after it speaks', () => {
    const said = speakersShown(
      'Nearly all the bakeries stayed shut whereas the mayor said that flour had run out.',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/bakeries|shut/);
    expect(said[0]).toMatch(/mayor/);
  });
});

describe('full body names joined by "and" after the quote each speak it', () => {
  it('two long body names after the quote: one statement of each', () => {
    const said = speakersShown(
      '"Both sides will free the detained servicemen," the Office of the Prime Minister of Armenia and the Administration of the President of Azerbaijan said in a joint statement.',
    );
    expect(said).toHaveLength(2);
    expect(said).toContain('azerbaijani-presidential-administration');
    expect(said.every((id) => !/office-of-the-prime-minister-of-armenia-and/.test(id))).toBe(true);
  });

  it('the same names before the quote: one statement of each', () => {
    const said = speakersShown(
      'The Office of the Prime Minister of Armenia and the Administration of the President of Azerbaijan said in a joint statement: "Both sides will free the detained servicemen."',
    );
    expect(said).toHaveLength(2);
    expect(said).toContain('azerbaijani-presidential-administration');
  });

  it('a named man and his unnamed wife after the quote: no one is given the words', () => {
    expect(speakersShown('"We sold the cow to pay for the bus," said Garnik and his wife.')).toEqual([]);
  });
});

describe('a comma list of names, then a description of them all, speaks together', () => {
  it('three states, then what they are, before the verb: each state speaks', () => {
    const said = speakersShown(
      'France, Russia and the United States, mediators of the talks, said in a joint statement that the shelling of towns had to stop.',
    );
    expect(said).toHaveLength(3);
    expect(said).toContain('gov-us');
  });

  it('the governments of three states: one statement of each government', () => {
    const said = speakersShown(
      'The governments of Italy, Armenia and Azerbaijan said the talks would resume in spring.',
    );
    expect(said).toHaveLength(3);
    expect(said).toContain('gov-armenia');
    expect(said).toContain('gov-azerbaijan');
  });
});

describe('a long subject of named bodies after the clause it reports', () => {
  it('two long body names after a comma, however long the tail: each body speaks', () => {
    const said = speakersShown(
      'Both countries will hand over the remains of soldiers found near the border, the Administration of the President of the Republic of Azerbaijan and the Office of the Prime Minister of the Republic of Armenia said in a joint statement on Friday.',
    );
    expect(said).toHaveLength(2);
    expect(said).toContain('azerbaijani-presidential-administration');
  });

  it('a long tail that is a clause of its own stays no attribution', () => {
    const said = speakersShown(
      'The road reopened on Monday, and the drivers of the trucks that had waited for a week at the checkpoint near the village of Kornidzor said they were relieved.',
    );
    expect(said.every((id) => !/road|reopened/.test(id))).toBe(true);
  });
});
