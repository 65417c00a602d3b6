import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { CHRONO_PARSER_NEEDS } from '../../src/extract/dates/expressions.ts';

const gatedParsers = () =>
  chrono.casual.parsers.filter((p) => CHRONO_PARSER_NEEDS[p.constructor.name] !== undefined);

const TEXTS = [
  'Two days ago, on September 19, troops advanced; 3 hours earlier the road closed.',
  'Three weeks later, on Oct. 3, talks resumed, and five days from now they end.',
  'Five days after the offensive, a week before the vote, a month out from the summit.',
  'The talks were moved 2 days forward, and 10 years henceforth nobody will recall them.',
  'On Sept. 19, 2023, and on 3rd of March, troops advanced; in June 2021 and 2020 Nov they met.',
  'Talks on Tuesday, (Wed) and last weekend, on Thurs. and Sat, and this weekday.',
  'Filed 2023-09-19T10:15:00Z and 2021-3-4, then 2020/Nov/10, 2019.12.01 and 2018 Sept 5.',
];

describe('chrono parsers run only on text holding the words their patterns need', () => {
  it('names parsers chrono really has (a renamed class would only lose the speed-up)', () => {
    expect(gatedParsers()).toHaveLength(Object.keys(CHRONO_PARSER_NEEDS).length);
  });

  it('every match of a gated parser holds its words', () => {
    for (const parser of gatedParsers()) {
      const needs = CHRONO_PARSER_NEEDS[parser.constructor.name]!;
      const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
      let matched = 0;
      for (const text of TEXTS) {
        for (const r of alone.parse(text)) {
          matched++;
          expect(needs.test(text.slice(r.index))).toBe(true);
        }
      }
      expect(matched, parser.constructor.name).toBeGreaterThan(0);
    }
  });
});
