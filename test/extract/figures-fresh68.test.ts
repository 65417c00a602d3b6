import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, fresh-68's classes. Sentences written for these tests. */
describe('people registered, listed or recorded as refugees are displaced', () => {
  it('"registered as refugees", and a part of them after "Of those"', () => {
    expect(
      figuresOf(
        'The ministry says 6,240 people registered as refugees after the shelling. Of those, at least 1,900 are children, according to the agency.',
      ),
    ).toEqual([
      ['displaced', '6,240', 'The ministry'],
      ['displaced', 'at least 1,900', 'the agency'],
    ]);
  });

  it('"were listed as IDPs"', () => {
    expect(figuresOf('Some 3,000 people were listed as IDPs, the ministry said.')).toEqual([
      ['displaced', 'Some 3,000', 'the ministry'],
    ]);
  });

  it('registered as anything else is no displacement', () => {
    expect(figuresOf('The commission said 5,000 people registered as voters.')).toEqual([]);
  });
});

describe('an implicative verb before a verb of carrying tells the carrying happened', () => {
  it('"was able to transfer … patients to hospitals" is an evacuation', () => {
    expect(
      figuresOf(
        'On Friday the aid group was able to transfer 14 patients to hospitals in Yerevan, a spokesman said.',
      ),
    ).toEqual([['evacuated', '14', 'a spokesman']]);
  });

  it('"hopes to transfer" tells no carrying yet', () => {
    expect(
      figuresOf('The aid group hopes to transfer 14 patients to hospitals in Yerevan, a spokesman said.'),
    ).toEqual([]);
  });
});
