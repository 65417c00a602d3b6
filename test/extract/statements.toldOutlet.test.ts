import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a trailing "told <outlet>": the outlet is who was told, the clause before is said', () => {
  it('given "…, a source in the government told the agency Armenpress.", the source said the clause', () => {
    const text =
      'The releases could take place next week, a source in the Armenian government told the agency Armenpress.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:source', undefined, 'The releases could take place next week'],
    ]);
  });

  it('given "…, she told tagesschau.de.", a site written in lower case is an outlet too', () => {
    const text =
      'Jana Reichert is an analyst in Berlin. The two states are closer to a treaty than ever, she told tagesschau.de. She left.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:jana-reichert', undefined, 'The two states are closer to a treaty than ever'],
    ]);
  });
});
