import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const spoken = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote]);

describe('a blank line parts two capitalised words: no name is made across it', () => {
  it('a rubric over a headline is no person a later "Armenia says" points back to', () => {
    const text = [
      'Europe News',
      'Armenia says the corridor is closed',
      'The border was quiet on Monday. Armenia says 40 of its soldiers were wounded in the clashes.',
    ].join('\n\n');
    expect(statementsOf(text).map((s) => s.speaker)).not.toContain('text:news-armenia');
    expect(spoken(text)).toContainEqual(['gov-armenia', '40 of its soldiers were wounded in the clashes']);
  });

  it('a section label over a wire story does not join the first word of the story', () => {
    const text = [
      'World Politics',
      'Lavrov told reporters in Moscow that the talks would resume next month.',
    ].join('\n\n');
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['lavrov']);
  });

  it('a name broken over one line of a hard-wrapped page is still one name', () => {
    const text =
      'The committee met local councillor Tamar\nBeglaryan on Monday. Beglaryan said the road would reopen.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:tamar-beglaryan']);
  });
});
