import { describe, expect, it } from 'vitest';
import { reportersOf } from './figures.helpers.ts';
import { extractFrom } from './statements.helpers.ts';

/**
 * One list of the participles that name who put out a text or figures ("issued by", "compiled
 * by", "put out by", "data collected by"): every rule that reads a paper's or a figure's author
 * reads all of them, less the words a rule leaves out by name.
 */

const who = (text: string) => extractFrom(text).map((s) => s.mention);

describe('figures "put out by" or "posted by" a body are reported by that body', () => {
  it('"figures put out by" a ministry', () => {
    expect(
      reportersOf(
        'Figures put out by the health ministry on Friday show that 9 civilians were killed in the raid.',
      ),
    ).toEqual([['9', 'the health ministry']]);
  });

  it('"data posted by" a rescue service', () => {
    expect(
      reportersOf(
        'Data posted by the regional rescue service show that 6 people were killed when the dam broke.',
      ),
    ).toEqual([['6', 'the regional rescue service']]);
  });

  it('a participle with no noun of figures before it names no reporter: "the raid conducted by"', () => {
    expect(
      reportersOf('The raid conducted by the rebel units killed 7 villagers, the governor said.'),
    ).toEqual([['7', 'the governor']]);
  });
});

describe('a text "prepared", "compiled" or "made" by a body says what its author says', () => {
  it('"X prepared a report … concluding that" is X speaking', () => {
    expect(
      who('Amnesty International prepared a report last month concluding that the camps were overcrowded.'),
    ).toEqual(['Amnesty International']);
  });

  it('"X compiled a report … saying that" is X speaking', () => {
    expect(
      who('Human Rights Watch compiled a report on Monday saying that the prisoners had been mistreated.'),
    ).toEqual(['Human Rights Watch']);
  });

  it('who commissions a study is not its author: no statement', () => {
    expect(
      who('The transport ministry commissioned a study last year concluding that the old bridge was unsafe.'),
    ).toEqual([]);
  });

  it('"according to a statement made by his office" sources the office', () => {
    expect(
      who(
        'Aliyev, according to a statement made by his office, assured his guests that the border road would stay open.',
      ),
    ).toContain('his office');
  });
});
