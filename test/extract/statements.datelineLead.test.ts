import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a wire dateline is no part of a lead the attribution follows, whatever comes after it', () => {
  it('"CITY, Country — news, officials said, the writer’s summing-up"', () => {
    expect(
      speakersAndQuotes(
        'YEREVAN, Armenia — Shelling damaged two schools in Jermuk on Tuesday, Armenian officials said, the heaviest fire on the town since the war ended in 2020.',
      ),
    ).toEqual([['gov-armenia', 'Shelling damaged two schools in Jermuk on Tuesday']]);
  });

  it('the dateline glued to its dash, "CITY, Country—"', () => {
    expect(
      speakersAndQuotes(
        'TBILISI, Georgia—The talks were postponed by a week, Georgian officials said, a setback for a process that began in the spring.',
      ),
    ).toEqual([['text:georgian-officials', 'The talks were postponed by a week']]);
  });

  it('a city in the outlet’s own case and a spaced dash, where the paragraph opens', () => {
    expect(
      speakersAndQuotes('Paris — Two aid convoys reached Goris overnight, the regional governor said.'),
    ).toEqual([['text:regional-governor', 'Two aid convoys reached Goris overnight']]);
  });
});
