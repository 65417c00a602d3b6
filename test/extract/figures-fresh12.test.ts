import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/** Casualty figures in broadsheet, podcast, meeting-report and rights-office layouts. */
function figuresOf(text: string): Figure[] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  for (const f of figures) {
    expect(text.slice(f.excerpt.start, f.excerpt.end)).toContain(f.number.text);
    if (f.reporter) expect(text).toContain(f.reporter.text);
  }
  return figures;
}
const summary = (text: string) => figuresOf(text).map((f) => [f.category, f.number.text, f.kind ?? 'total']);

describe('an adverb between a count and its verb', () => {
  it.each([
    [
      'More than 100,000 ethnic Armenians then fled the region within a week.',
      'displaced',
      'More than 100,000',
    ],
    ['Some 2,000 residents later fled to the border town.', 'displaced', 'Some 2,000'],
  ])('%s → %s %s', (sentence, category, number) => {
    expect(summary(sentence)).toEqual([[category, number, 'total']]);
  });

  it('is no auxiliary: those who did the killing are not counted as killed', () => {
    expect(summary('Five soldiers then killed two civilians near the checkpoint.')).toEqual([
      ['killed', 'two', 'total'],
    ]);
  });
});

describe('"former" displaced persons are displaced no more', () => {
  it('counts nothing', () => {
    expect(
      summary(
        'The rights of the more than 10,000 former internally displaced persons who returned must be protected.',
      ),
    ).toEqual([]);
  });
  it('former refugees displaced again are a displacement', () => {
    expect(summary('Some 10,000 former refugees were displaced again by the fighting.')).toEqual([
      ['displaced', 'Some 10,000', 'total'],
    ]);
  });
});

describe('who reports a figure after a long apposition', () => {
  const text =
    'Briefing the Council, Jane Doe, Assistant Secretary-General for Europe, said the United Nations welcomed ' +
    'the truce agreed the previous day. She said that more than 200 people had been killed.';

  it('the words after "said" are what was said, never the reporter', () => {
    const [killed] = figuresOf(text);
    expect(killed?.number.text).toBe('more than 200');
    expect(killed?.reporter?.text ?? '').not.toMatch(/welcomed/);
  });

  it('"…, said the Health Ministry" still names the reporter', () => {
    const [killed] = figuresOf('At least 32 people were killed overnight, said the Health Ministry.');
    expect(killed?.reporter?.text).toBe('the Health Ministry');
  });
});

describe('"more" killed by an event named as the killer', () => {
  it.each([
    [
      "Some 4,000 soldiers died in 2020; Azerbaijan's offensive last September killed about 200 more.",
      [
        ['killed', 'Some 4,000', 'total'],
        ['killed', 'about 200', 'total'],
      ],
    ],
    [
      'Officials counted 200 dead after the fighting, and then the depot explosion killed at least 170 more.',
      [
        ['killed', '200', 'total'],
        ['killed', 'at least 170', 'total'],
      ],
    ],
  ])("is that event's own toll: %s", (sentence, want) => {
    expect(summary(sentence)).toEqual(want);
  });

  it('adds to a running toll when the sentence says so, and "more" alone stays a change', () => {
    expect(
      summary('Overnight shelling killed five more civilians, bringing the death toll to 32.')[0],
    ).toEqual(['killed', 'five', 'change']);
    expect(summary('Five more civilians were killed overnight.')).toEqual([['killed', 'Five', 'change']]);
  });
});

describe('a verb whose object is the count reports nothing past its clause', () => {
  const reporters = (text: string) => figuresOf(text).map((f) => [f.number.text, f.reporter?.text ?? null]);

  it('"counted 200 dead, and then the explosion killed 170 more": the 170 is not the counters\'', () => {
    expect(
      reporters(
        'The health authorities counted at least 200 dead from the fighting, and then the depot explosion killed at least 170 more.',
      ),
    ).toEqual([
      ['at least 200', 'The health authorities'],
      ['at least 170', null],
    ]);
  });

  it('a count and its parts in one clause, and a verb of saying, keep their reporter', () => {
    expect(reporters('The ministry recorded 12 deaths and 40 wounded in the region.')).toEqual([
      ['12', 'The ministry'],
      ['40', 'The ministry'],
    ]);
    expect(reporters('The ministry said 12 soldiers were killed, and the shelling wounded 40 more.')).toEqual(
      [
        ['12', 'The ministry'],
        ['40', 'The ministry'],
      ],
    );
  });
});

describe("a second clause that leaves out the first count's verb (gapping)", () => {
  it.each([
    [
      'According to the ministry, 2,908 servicemen were killed in the 44-day conflict in 2020, and 192 in the operation of Sept. 19-20 this year.',
      [
        ['killed', '2,908', 'servicemen'],
        ['killed', '192', 'servicemen'],
      ],
    ],
    [
      'Some 4,000 Armenian soldiers died in 2020, and nearly 3,000 Azerbaijani ones; the war ended in November.',
      [
        ['killed', 'Some 4,000', 'Armenian soldiers'],
        ['killed', 'nearly 3,000', 'Azerbaijani ones'],
      ],
    ],
  ])('%s', (sentence, want) => {
    expect(figuresOf(sentence).map((f) => [f.category, f.number.text, f.counted])).toEqual(want);
  });

  it("a second count with a verb of its own is not given the first's", () => {
    expect(summary('Two soldiers were wounded on Monday, and 30 in the town were evacuated.')).toEqual([
      ['wounded', 'Two', 'total'],
    ]);
  });
});

describe('a framing source carries to the next sentence, not across a new time', () => {
  const reporters = (text: string) => figuresOf(text).map((f) => [f.number.text, f.reporter?.text ?? null]);

  it('"During the 44-day war in 2020, …" leaves the frame of the sentence before', () => {
    expect(
      reporters(
        'According to the State Commission, 3,890 people are still listed as missing. During the 44-day war in 2020, 2,908 servicemen were killed.',
      ),
    ).toEqual([
      ['3,890', 'the State Commission'],
      ['2,908', null],
    ]);
  });

  it('a sentence that goes on with the same story keeps it', () => {
    expect(
      reporters(
        'According to the ministry, five soldiers were killed. Twelve more were wounded in the shelling.',
      ),
    ).toEqual([
      ['five', 'the ministry'],
      ['Twelve', 'the ministry'],
    ]);
  });
});
