import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote]);

describe('a given name with a person’s noun in apposition is a person a later "she" points to', () => {
  it('"Anahit, a retired teacher from Shushi, …. “…,” she says" after another speaker', () => {
    const text =
      'A European diplomat in Tbilisi, who asked not to be named, told us that the handover "took months ' +
      'to arrange".\n\nIn Kapan, Anahit, a retired teacher from Shushi, scrolls through the photos on her ' +
      'phone. "They promised to stay. Then they left," she says.';
    const found = who(text);
    expect(found).toContainEqual(['text:anahit', 'They promised to stay. Then they left,']);
    expect(found.filter(([s]) => s === 'text:european-diplomat')).toHaveLength(1);
  });

  it('a capitalised word with no person’s noun after it stays no one', () => {
    const text =
      'A European diplomat in Tbilisi told us that the handover "took months to arrange".\n\n' +
      'In Kapan, Freedom Square, a busy place at noon, was quiet. "Nothing will be the same," she says.';
    expect(who(text).map(([s]) => s)).not.toContain('text:freedom-square');
  });
});
