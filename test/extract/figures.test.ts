import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { resolveEntity } from '../../src/extract/entities/resolve.ts';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DateMention, DocumentTimeline, Figure } from '../../src/extract/types.ts';

const CORPUS = resolve(import.meta.dirname, '../../corpus');
const seed = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8');

/** A date mention for `phrase` as the date layer would give it (offsets found in `text`). */
function mention(text: string, phrase: string, date: SourceDate): DateMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in text`);
  return { start, end: start + phrase.length, text: phrase, date, sentence: 0 };
}

function figuresOf(text: string, mentions: DateMention[] = [], docId = 'doc'): Figure[] {
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline: DocumentTimeline = { docId, reference: null, referenceBasis: null, mentions };
  return extractFigures(text, docId, sentences, timeline);
}

const byNumber = (figures: Figure[], number: string) => {
  const found = figures.find((f) => f.number.text === number);
  if (!found)
    throw new Error(`no figure "${number}" among ${JSON.stringify(figures.map((f) => f.number.text))}`);
  return found;
};

function expectVerbatim(text: string, figures: Figure[]): void {
  for (const f of figures) {
    const excerpt = text.slice(f.excerpt.start, f.excerpt.end);
    expect(excerpt).toContain(f.number.text);
    if (f.counted) expect(excerpt).toContain(f.counted);
    if (f.where) expect(text).toContain(f.where);
    if (f.period.text) expect(text).toContain(f.period.text);
    if (f.reporter) expect(text).toContain(f.reporter.text);
  }
}

describe('figures in the seed articles', () => {
  describe('001: the September 2023 offensive', () => {
    const text = seed('001_d8850208c26a01d9.txt');
    const past24: SourceDate = {
      precision: 'day',
      year: 2023,
      month: 9,
      day: 19,
      end: { year: 2023, month: 9, day: 20 },
      yearStatus: 'inferred',
    };
    const figures = figuresOf(text, [mention(text, 'over the past 24 hours', past24)], '001');

    it('finds the five casualty counts and nothing else', () => {
      expect(figures.map((f) => [f.category, f.number.text])).toEqual([
        ['killed', 'Six'],
        ['killed', 'four'],
        ['killed', '27'],
        ['evacuated', 'about 500'],
        ['killed', 'one'],
      ]);
      expectVerbatim(text, figures);
    });

    it('"According to the Azerbaijani side, …. Six people were killed": the source in the sentence before carries over', () => {
      const six = byNumber(figures, 'Six');
      expect(six).toMatchObject({
        id: '001#f1',
        category: 'killed',
        counted: 'people',
        number: { value: 6, low: 6, high: 6, hedge: null },
      });
      expect(six.reporter?.text).toBe('the Azerbaijani side');
    });

    it('"including four employees of the Ministry of Internal Affairs of Azerbaijan" is part of the six', () => {
      const four = byNumber(figures, 'four');
      expect(four.partOf).toBe(byNumber(figures, 'Six').id);
      expect(four.counted).toBe('employees of the Ministry of Internal Affairs of Azerbaijan');
      expect(four.reporter?.text).toBe('the Azerbaijani side');
    });

    it("27 people died in Nagorno-Karabakh over the past 24 hours, per Radio Liberty's Armenian service", () => {
      const f = byNumber(figures, '27');
      expect(f).toMatchObject({ category: 'killed', counted: 'people', where: 'in Nagorno-Karabakh' });
      expect(f.period).toEqual({ text: 'over the past 24 hours', date: past24 });
      expect(f.reporter?.text).toBe('The Armenian service of Radio Liberty');
      expect(text.slice(f.excerpt.start, f.excerpt.end)).toBe(
        'The Armenian service of Radio Liberty reported that 27 people died in Nagorno-Karabakh over the past 24 hours.',
      );
    });

    it('about 500 evacuated by Russian peacekeepers: the hedge kept, no bound invented, no reporter stated', () => {
      const f = byNumber(figures, 'about 500');
      expect(f).toMatchObject({ category: 'evacuated', counted: 'people', reporter: null });
      expect(f.number).toEqual({ text: 'about 500', hedge: 'about', value: 500, low: null, high: null });
    });

    it('Baku reported the death of one resident of the city of Shusha', () => {
      const f = byNumber(figures, 'one');
      expect(f).toMatchObject({ category: 'killed', counted: 'resident of the city of Shusha' });
      expect(f.reporter?.text).toBe('Baku');
      expect(f.reporter?.entity).toEqual(resolveEntity('Baku'));
    });

    it('"more than 60 combat positions", "September 19" and "24 hours" are not figures', () => {
      expect(figures.some((f) => f.number.text.includes('60'))).toBe(false);
      expect(figures.some((f) => /19|21|24/.test(f.number.text))).toBe(false);
    });
  });

  it('003: "A total of 20,000 refugees have already arrived there" is displaced, there = the city of Goris', () => {
    const text = seed('003_21b2102d4012c38e.txt');
    const figures = figuresOf(text);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      category: 'displaced',
      counted: 'refugees',
      where: 'in the city of Goris',
      number: { text: '20,000', value: 20000 },
    });
  });

  describe('004: the 2020 war', () => {
    const text = seed('004_e66b67808a051b34.txt');
    const figures = figuresOf(text);

    it('finds two death counts, not "three weeks" nor the dates and times', () => {
      expect(figures.map((f) => f.number.text)).toEqual(['30 thousand', 'about 5,000']);
      expectVerbatim(text, figures);
    });

    it('"the beginning of the nineties broke out a war that left 30 thousand people dead"', () => {
      const f = byNumber(figures, '30 thousand');
      expect(f).toMatchObject({
        category: 'killed',
        counted: 'people',
        number: { value: 30000 },
        reporter: null,
      });
      expect(f.period.text).toBe('the beginning of the nineties');
    });

    it('"about 5,000 people dead, according to Russian President Vladimir Putin"', () => {
      const f = byNumber(figures, 'about 5,000');
      expect(f).toMatchObject({
        category: 'killed',
        number: { hedge: 'about', value: 5000, low: null, high: null },
      });
      expect(f.reporter?.text).toBe('Russian President Vladimir Putin');
    });
  });

  it('000 and 002 report no casualties ("30 years of conflict", "the last 24 hours")', () => {
    expect(figuresOf(seed('000_fa421d02e2779d37.txt'))).toEqual([]);
    expect(figuresOf(seed('002_2eb07627606af149.txt'))).toEqual([]);
  });
});

describe('figures in other styles', () => {
  const one = (sentence: string) => {
    const figures = figuresOf(sentence);
    expectVerbatim(sentence, figures);
    return figures;
  };

  it.each([
    ['At least 200 people were killed in the fighting, officials said.', 'killed', 'At least 200', 200, null],
    [
      'More than 100,000 ethnic Armenians fled the region, according to the Armenian government.',
      'displaced',
      'More than 100,000',
      100001,
      null,
    ],
    ['The death toll rose to 32 on Tuesday.', 'killed', '32', 32, 32],
    ['Azerbaijani drones struck a convoy, killing 12 soldiers.', 'killed', '12', 12, 12],
    ['Two civilians were wounded in the shelling.', 'wounded', 'Two', 2, 2],
    ['The conflict has left 1.5 million displaced.', 'displaced', '1.5 million', 1500000, 1500000],
    ['More than 30 people were injured.', 'wounded', 'More than 30', 31, null],
    ['Some 5,000 people have been evacuated from the town of Lachin.', 'evacuated', 'Some 5,000', null, null],
    ['Nearly 40 people remain missing.', 'missing', 'Nearly 40', null, 40],
    ['Twenty-seven servicemen died.', 'killed', 'Twenty-seven', 27, 27],
    ['Fewer than 50 people have been evacuated so far.', 'evacuated', 'Fewer than 50', null, 49],
    [
      'Up to 3,000 people were displaced by the fighting, said the UN refugee agency.',
      'displaced',
      'Up to 3,000',
      null,
      3000,
    ],
    ['The shelling left 14 people dead and the town without power.', 'killed', '14', 14, 14],
    ['Over 3,000 people have fled to Armenia.', 'displaced', 'Over 3,000', 3001, null],
    ['Some 19,000 people have left Nagorno-Karabakh so far.', 'displaced', 'Some 19,000', null, null],
    ['Twelve people were seriously injured.', 'wounded', 'Twelve', 12, 12],
    ['Officials put the figure at 2.5 thousand evacuees.', 'evacuated', '2.5 thousand', 2500, 2500],
  ])('%s → %s %s', (sentence, category, number, low, high) => {
    const figures = one(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ category, number: { text: number, low, high } });
  });

  it('keeps who reports it as written: before, after and inverted', () => {
    expect(one('At least 200 people were killed in the fighting, officials said.')[0]!.reporter?.text).toBe(
      'officials',
    );
    expect(
      one('Up to 3,000 people were displaced by the fighting, said the UN refugee agency.')[0]!.reporter
        ?.text,
    ).toBe('the UN refugee agency');
    expect(one('Armenian officials say the number of wounded has reached 359.')[0]!.reporter?.text).toBe(
      'Armenian officials',
    );
    expect(one('"Twelve of our soldiers were killed," the ministry said.')[0]).toMatchObject({
      counted: 'our soldiers',
      reporter: { text: 'the ministry' },
    });
  });

  it('"A total of 100,514 forcibly displaced persons have entered Armenia, government spokeswoman Nazeli Baghdasaryan said."', () => {
    const [f, ...rest] = one(
      'A total of 100,514 forcibly displaced persons have entered Armenia, government spokeswoman Nazeli Baghdasaryan said.',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      category: 'displaced',
      counted: 'forcibly displaced persons',
      number: { text: '100,514', value: 100514 },
      reporter: { text: 'government spokeswoman Nazeli Baghdasaryan' },
    });
  });

  it('British copy: "Armenia\'s health ministry said 1,200 soldiers had been killed since the fighting began on 27 September."', () => {
    const figures = one(
      "Armenia's health ministry said 1,200 soldiers had been killed since the fighting began on 27 September.",
    );
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      category: 'killed',
      counted: 'soldiers',
      number: { text: '1,200', value: 1200 },
      period: { text: 'since the fighting began on 27 September', date: null },
      reporter: { text: "Armenia's health ministry" },
    });
  });

  it('wire copy: a dateline is no figure; nested and coordinated counts share the verb and the source', () => {
    const text =
      "STEPANAKERT, Sept 20 (Reuters) - At least 32 people, including seven civilians, were killed and more than 200 injured, the region's ombudsman said.";
    const figures = one(text);
    expect(figures.map((f) => [f.category, f.number.text, f.number.low, f.number.high])).toEqual([
      ['killed', 'At least 32', 32, null],
      ['killed', 'seven', 7, 7],
      ['wounded', 'more than 200', 201, null],
    ]);
    expect(figures[1]!.partOf).toBe(figures[0]!.id);
    expect(figures.every((f) => f.reporter?.text === "the region's ombudsman")).toBe(true);
  });

  it('counts that share one verb: "Twelve soldiers and three civilians were killed"; "killed 12 people and injured 40"', () => {
    expect(
      one('Twelve soldiers and three civilians were killed.').map((f) => [f.category, f.number.text]),
    ).toEqual([
      ['killed', 'Twelve'],
      ['killed', 'three'],
    ]);
    expect(
      one('The strike killed 12 people and injured 40.').map((f) => [f.category, f.number.text]),
    ).toEqual([
      ['killed', '12'],
      ['wounded', '40'],
    ]);
  });

  it('a sentence that opens "Of these," breaks down the figure just given', () => {
    const figures = one(
      'About 100,000 refugees have arrived in Armenia. Of these, about 30,000 are children.',
    );
    expect(figures.map((f) => f.number.text)).toEqual(['About 100,000', 'about 30,000']);
    expect(figures[1]).toMatchObject({ category: 'displaced', partOf: figures[0]!.id });
  });

  it('"X reported that …" does not carry into the next sentence; "According to X, …" does', () => {
    const carried = one('According to Armenian officials, the bus hit a mine. Three people were killed.');
    expect(carried[0]!.reporter?.text).toBe('Armenian officials');
    const notCarried = one('The ministry reported heavy shelling. Three people were killed.');
    expect(notCarried[0]!.reporter).toBeNull();
    const otherParagraph = one(
      'According to Armenian officials, the bus hit a mine.\n\nThree people were killed.',
    );
    expect(otherParagraph[0]!.reporter).toBeNull();
  });

  it('a date the date layer found in the sentence dates the figure', () => {
    const text = 'On September 19, six people were killed in Stepanakert.';
    const day: SourceDate = { precision: 'day', year: 2023, month: 9, day: 19, yearStatus: 'inferred' };
    const [f] = figuresOf(text, [mention(text, 'On September 19', day)]);
    expect(f).toMatchObject({
      number: { text: 'six' },
      where: 'in Stepanakert',
      period: { text: 'On September 19', date: day },
    });
  });

  it('"in the 1990s war" is the period as written', () => {
    expect(one('Some 30,000 people were killed in the 1990s war.')[0]!.period).toEqual({
      text: 'in the 1990s war',
      date: null,
    });
  });

  it.each([
    'Russia sent 2,000 peacekeepers to the region.',
    'The EU pledged $11.5 million in humanitarian aid.',
    'The deal would end 30 years of conflict.',
    'The fighting lasted three weeks and 44 days later a truce held.',
    'Azerbaijan took control of more than 60 combat positions.',
    'Twelve villages were evacuated on Monday.',
    'In 2020, the war was fought over 44 days.',
    'Twelve people were killed or wounded.',
    'No one was killed.',
    'None of the 40 passengers were hurt.',
    'Turnout was 45 percent, with 12,000 ballots cast.',
    'The meeting is scheduled for September 21 at 10:30.',
    'It was a 24-hour ceasefire that 2 sides signed.',
    'Turkey sent 2,000 Syrian fighters, who were later deployed in Karabakh.',
    'Twelve people left the meeting early.',
    'The bill passed with 1.5 votes to spare.',
  ])('no figure in: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('"2,000 peacekeepers evacuated 500 people": the peacekeepers are not the evacuated', () => {
    expect(
      one('Some 2,000 peacekeepers evacuated 500 people from the city.').map((f) => [
        f.category,
        f.number.text,
      ]),
    ).toEqual([['evacuated', '500']]);
  });

  it('"In 2020, about 7,000 people were killed": the year is no count', () => {
    expect(one('In 2020, about 7,000 people were killed.').map((f) => f.number.text)).toEqual([
      'about 7,000',
    ]);
  });

  it('numbers ids per document in text order', () => {
    const figures = figuresOf('Two soldiers were killed. Three civilians were wounded.', [], 'wire/a');
    expect(figures.map((f) => f.id)).toEqual(['wire/a#f1', 'wire/a#f2']);
  });
});
