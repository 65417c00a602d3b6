import * as chrono from 'chrono-node';
import fc from 'fast-check';
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
  'Within three days, on 9/19/2023 and in 10/2023, talks resumed today; this morning, last night, by the',
  'end of the month, next week, over the past two weeks and in +2 days they will meet again.',
  'Half an hour later, a couple of days after the vote, 5h later, 2 days and 3 hours ago, 1.5 years earlier.',
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

  it('a count of time units opens its gate whatever surrounds it', () => {
    const pick = (...words: string[]) => fc.constantFrom(...words);
    const space = pick('', ' ', '  ', ', ', ' and ');
    const count = fc.tuple(
      space,
      pick(
        'a',
        'an',
        'half an',
        'half a',
        'the',
        'few',
        'a few',
        'couple of',
        'two',
        '12',
        '1.5',
        'about 3',
        'Ba',
      ),
      pick('', ' ', '  '),
      pick('day', 'days', 'h', 'ys', 'hours', 'mo', 'weeks', 'go'),
    );
    const text = fc.tuple(
      pick('', 'Then', 'x', '(', 'within ', 'in', 'the past ', 'last', '+', '-'),
      fc.array(count, { minLength: 1, maxLength: 3 }),
      pick('', ' ', '  '),
      pick(
        'later',
        'after',
        'ago',
        'earlier',
        'before',
        'out',
        'from now',
        'forward',
        'henceforth',
        'on',
        '',
      ),
      pick('', '.', 'x'),
    );
    const timeUnitParsers = gatedParsers().filter((p) => /TimeUnit/.test(p.constructor.name));
    let matched = 0;
    fc.assert(
      fc.property(text, ([head, counts, gap, word, tail]) => {
        const written = head + counts.flat().join('') + gap + word + tail;
        for (const parser of timeUnitParsers) {
          if (!new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(written).length) continue;
          matched++;
          expect(CHRONO_PARSER_NEEDS[parser.constructor.name]!.test(written), written).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(50);
  });
});
