import { describe, expect, it } from 'vitest';
import { extracted, reportersOf } from './figures.helpers.ts';

describe('"the dead included …" paragraphs after the toll it breaks down', () => {
  it('given the toll in the lead and "the dead included seven civilians" three paragraphs on: seven is part of it', () => {
    const figures = extracted(
      [
        'The regional authorities said at least 25 people were killed on the first day.',
        'The defence ministry said the operation would go on until the units laid down their arms.',
        'Residents said they had spent the night in basements without light.',
        'The regional ombudsman wrote on social media that the dead included seven civilians.',
      ].join('\n\n'),
    );
    const toll = figures.find((f) => f.number.text === 'at least 25');
    const civilians = figures.find((f) => f.number.text === 'seven');
    expect(civilians?.category).toBe('killed');
    expect(civilians?.partOf).toBe(toll?.id);
  });

  it('"among the dead civilians were two children" with no civilian count before: no part', () => {
    const figures = extracted(
      [
        'The regional authorities said at least 25 people were killed on the first day.',
        'Residents said they had spent the night in basements without light.',
        'Among the civilians killed were two children, the ombudsman said.',
      ].join('\n\n'),
    );
    expect(figures.find((f) => f.number.text === 'two')?.partOf).toBeUndefined();
  });
});

describe('"the ministry said" after a body named in lower case ("the Karabakh health ministry")', () => {
  it('"the ministry added" means the health ministry named in the sentence before', () => {
    const figures = extracted(
      'A blast at the depot killed at least 20 people, the Karabakh health ministry said on Tuesday. More than 290 were injured, the ministry added.',
    );
    expect(figures.find((f) => f.number.text === 'More than 290')?.reporter?.text).toBe(
      'the ministry (the Karabakh health ministry)',
    );
  });

  it('"According to the office" means "Azerbaijan\'s prosecutor general\'s office" of the paragraph before', () => {
    const figures = extracted(
      "At least nine people were killed, Azerbaijan's prosecutor general's office said.\n\nAccording to the office, 34 others were wounded.",
    );
    expect(figures.find((f) => f.number.text === '34')?.reporter?.text).toBe(
      "the office (Azerbaijan's prosecutor general's office)",
    );
  });

  it('"Pashinyan told the ministry" names no body: "the ministry said" stays as written', () => {
    const figures = extracted(
      'Pashinyan told the ministry to publish the names. Later 12 soldiers were killed, the ministry said.',
    );
    expect(figures.find((f) => f.number.text === '12')?.reporter?.text).toBe('the ministry');
  });
});

describe('a toll given again by "put it at" or "a figure of": its subject reports it', () => {
  it('"A day earlier he had put it at 49": the prime minister of the sentence before reports 49', () => {
    expect(
      reportersOf(
        'The death toll has risen to 105, Prime Minister Nikol Pashinyan told parliament on Wednesday. A day earlier he had put it at 49.',
      ),
    ).toEqual([
      ['105', 'Prime Minister Nikol Pashinyan'],
      ['49', 'Prime Minister Nikol Pashinyan'],
    ]);
  });

  it('"This morning the Defense Ministry had given a figure of 49": the ministry, without the time of day', () => {
    expect(reportersOf('This morning the Defense Ministry had given a figure of 49 dead.')).toEqual([
      ['49', 'the Defense Ministry'],
    ]);
  });
});

describe('"he raised the number of … to 23": the pronoun\'s antecedent reports the new count', () => {
  it('given "Gegham Stepanyan wrote … Later he raised the number of wounded civilians to 23": Stepanyan reports 23', () => {
    expect(
      reportersOf(
        'The ombudsman of the region, Gegham Stepanyan, wrote on X that 25 people were killed. Later he raised the number of wounded civilians to 23.',
      ),
    ).toEqual([
      ['25', 'Gegham Stepanyan'],
      ['23', 'Gegham Stepanyan'],
    ]);
  });
});
