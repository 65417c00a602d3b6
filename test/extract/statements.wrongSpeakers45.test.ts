import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

describe('a news site that reports citing a source is the medium, never the speaker (CONVENTIONS 15)', () => {
  it('"Kavkazinfo.com reports, citing the State Border Service, that …": the service speaks', () => {
    const text =
      'Crossing near Meghri closed\n\n' +
      'Kavkazinfo.com reported, citing the State Border Service, that the crossing near Meghri was closed for repairs.\n\n' +
      'Traffic was sent through Agarak instead.';
    expect(speakers(text)).toEqual(['text:state-border-service']);
  });

  it('"Kavkazinfo.com reports, citing the Ministry of Defense, that …": the ministry speaks', () => {
    const text =
      'Crossing near Meghri closed\n\n' +
      'Kavkazinfo.com reports, citing the Ministry of Defense, that the crossing near Meghri was closed for repairs.\n\n' +
      'Traffic was sent through Agarak instead.';
    expect(speakers(text)).toEqual(['text:ministry-of-defense']);
  });
});
