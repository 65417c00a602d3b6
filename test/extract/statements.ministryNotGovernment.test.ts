import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a ministry the gazetteer does not know is never filed as its government', () => {
  it('"In Ankara, the foreign ministry said": the ministry as written, not the Government of Turkey', () => {
    const text =
      'Moscow and Ankara agreed on a joint monitoring centre on Tuesday. ' +
      'In Ankara, the foreign ministry said Turkish officers would serve at the centre alongside Russian ones.';
    const speakers = speakersShown(text);
    expect(speakers).not.toContain('gov-turkey');
  });

  it('"In Baku, the Defense Ministry said": a ministry the gazetteer knows keeps its owner', () => {
    const text = 'In Baku, the Defense Ministry said two soldiers were wounded near the border on Monday.';
    expect(speakersShown(text)).toEqual(['mod-azerbaijan']);
  });
});
