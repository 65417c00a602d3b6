import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('"X called Y “a name” and a …": the quoted name given is X’s', () => {
  it.each([
    ['Hikmet Hajiyev called the exchange "a goodwill gesture" and a step toward a treaty.', 'hajiyev'],
    ['Pashinyan called the vote "a mistake" and an insult to the voters.', 'pashinyan'],
  ])('%s', (sentence, speaker) => {
    const found = statementsOf(`Exchange\n\n${sentence}\n`).map((s) => [s.speaker, s.quote]);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(speaker);
  });
});
