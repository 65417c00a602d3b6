import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 35: statements missed or cut wrong on new copy (outlets-fresh-45). */
describe('a dash interview after a news story: its lead-in names who answers', () => {
  const story = [
    'Border guards of Armenia reported shooting near Jermuk on Friday, Defence Minister Suren Papikyan said.',
    'Prime Minister Nikol Pashinyan told parliament that talks would go on.',
    'We asked the historian Karen Mkrtchyan what the clashes mean for the region.',
    '- Is this a new war?',
    '- No. Both sides are testing each other. Neither wants a long fight.',
    '- Then what comes next?',
    '- More talks. The maps are still not agreed.',
    'Meanwhile, the schools in Jermuk reopened on Monday after a week of closure.',
  ].join('\n\n');

  it('each answer is the one person the lead-in names, though the story named others', () => {
    const answers = statementsOf(story).filter((s) => s.kind === 'direct');
    expect(answers).toEqual([
      {
        speaker: 'text:karen-mkrtchyan',
        kind: 'direct',
        quote: 'No. Both sides are testing each other. Neither wants a long fight.',
      },
      {
        speaker: 'text:karen-mkrtchyan',
        kind: 'direct',
        quote: 'More talks. The maps are still not agreed.',
      },
    ]);
  });

  it("prose after the last dash answer is the writer's again, not the answer going on", () => {
    expect(statementsOf(story).some((s) => s.quote.startsWith('Meanwhile'))).toBe(false);
  });

  it('a firm named in the lead-in is no one who answers: "asked X, a partner at the company Y"', () => {
    const text = [
      'President Ilham Aliyev said the district would be rebuilt.',
      'Radio Caspian asked Oleg Petrov, a partner at the consulting company Araz Capital, what the deal means.',
      '— Will trade grow?',
      '— Slowly. The roads come first.',
      '— And the railway?',
      '— Not before two years.',
    ].join('\n\n');
    expect(
      statementsOf(text)
        .filter((s) => s.kind === 'direct')
        .map((s) => s.speaker),
    ).toEqual(['text:oleg-petrov', 'text:oleg-petrov']);
  });

  it('with no lead-in saying an exchange follows, the answers stay unattributed', () => {
    const text = [
      'President Ilham Aliyev said the district would be rebuilt.',
      'Oleg Petrov runs a trading firm in Baku.',
      '— Will trade grow?',
      '— Slowly. The roads come first.',
      '— And the railway?',
      '— Not before two years.',
    ].join('\n\n');
    expect(statementsOf(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });
});
