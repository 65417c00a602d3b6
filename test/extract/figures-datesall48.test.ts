import { describe, expect, it } from 'vitest';
import { extracted } from './figures.helpers.ts';

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
