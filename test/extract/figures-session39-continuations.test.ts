import { describe, expect, it } from 'vitest';
import { extracted } from './figures.helpers.ts';

/** Casualty figures, session 39: a part told after its whole. Sentences written for these tests. */
const parts = (text: string) => {
  const figures = extracted(text);
  return figures.map((f) => [
    f.category,
    f.number.text,
    f.reporter?.text ?? null,
    f.partOf ? figures.find((w) => w.id === f.partOf)!.number.text : null,
  ]);
};

describe('"among them" after a reporting clause nests under the figure just given', () => {
  it('"X says that among them are N"', () => {
    expect(
      parts(
        'More than 60,000 people have fled the valley, the government said. The ministry says that among them are more than 20,000 children.',
      ),
    ).toEqual([
      ['displaced', 'More than 60,000', 'the government', null],
      ['displaced', 'more than 20,000', 'The ministry', 'More than 60,000'],
    ]);
  });

  it('"among the wounded there were N" nests under the wounded, not the dead', () => {
    expect(
      parts(
        'The ombudsman said that at least 25 people had been killed and that 140 had been wounded. The ombudsman later said that among the wounded there were 12 children.',
      ),
    ).toEqual([
      ['killed', 'at least 25', 'The ombudsman', null],
      ['wounded', '140', 'The ombudsman', null],
      ['wounded', '12', 'The ombudsman', '140'],
    ]);
  });
});

describe('"Of the N who …, M were …": the part right after the whole the sentence opens with', () => {
  it('takes the whole’s category and nests under it', () => {
    expect(
      parts('Of the roughly 50,000 people who fled to Georgia last week, about 9,000 were children.'),
    ).toEqual([
      ['displaced', 'roughly 50,000', null, null],
      ['displaced', 'about 9,000', null, 'roughly 50,000'],
    ]);
  });

  it('a whole that counts no one gives no part', () => {
    expect(parts('Of the 3,000 residents of the village, 1,200 have fled.')).toEqual([
      ['displaced', '1,200', null, null],
    ]);
  });
});
