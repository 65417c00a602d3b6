import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('"X reports, citing the ministry, that …": the cited body is one the text named before', () => {
  it('a ministry named after the citing sentence is not the one cited', () => {
    const text = [
      'The last convoy of the mission has left the district, the Ministry of Defense of Azerbaijan said on Tuesday.',
      'The Caspian news agency reports, citing the ministry, that the army has taken over every post the mission held.',
      'The Russian Ministry of Defense confirmed that the troops had reached their bases.',
      'According to the ministry, four of its soldiers had died during the mission.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan', 'mod-russia', 'mod-russia']);
  });
});
