import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';
import { buildTimelines } from '../../src/extract/dates/index.ts';
import { LENDER_SAMPLE } from '../../src/extract/dates/lending.ts';
import { contentWords, DocumentVectors, lowerCaseWords } from '../../src/extract/dates/similarity.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

/**
 * The dates pass at corpus scale: lending meets only the lenders of the same day, a bounded
 * sample of them; text is read once; the shortcuts give the same answers as the plain forms.
 */

const NOW = new Date(Date.UTC(2026, 10, 23));
const NO_META: DocumentMeta = { title: null, outlet: null, published: null, url: null };

function doc(id: string, text: string): CorpusDocument {
  return { id, file: `${id}.txt`, text, sha256: '', label: `piece ${id}`, meta: NO_META, bodyStart: 0 };
}

function timelines(docs: CorpusDocument[]): Map<string, DocumentTimeline> {
  return buildTimelines(
    docs,
    new Map(docs.map((d) => [d.id, splitSentences(d.text, splitParagraphs(d.text))])),
    NOW,
  );
}

const mentionOf = (t: Map<string, DocumentTimeline>, id: string, text: string) =>
  t.get(id)!.mentions.find((m) => m.text === text)!;

describe('lowerCaseWords reads words as the regular expression does', () => {
  const byRegex = (t: string) => t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];

  it('letters, then letters, apostrophes and hyphens, lower-cased', () => {
    expect(lowerCaseWords("Nagorno-Karabakh's  ceasefire — Azerbaijan’s 2023 'talks'")).toEqual([
      "nagorno-karabakh's",
      'ceasefire',
      'azerbaijan’s',
      "talks'",
    ]);
  });

  it("agrees with /\\p{L}[\\p{L}'’-]*/gu on any text, astral letters and lone surrogates included", () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'É',
      'İ',
      'ß',
      'ǅ',
      "'",
      '’',
      '-',
      ' ',
      '.',
      '1',
      '\u0301',
      'Ⅻ',
      '\ud835\udc00',
      '\ud800',
      'Ա',
      'ə',
    );
    fc.assert(
      fc.property(
        fc.array(pieces).map((a) => a.join('')),
        (text) => {
          expect(lowerCaseWords(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(lowerCaseWords(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('DocumentVectors compares whole documents', () => {
  const a =
    'The separatist leader signed a decree dissolving all institutions of the unrecognised republic by January 1.';
  const b =
    'Officials said the separatist leader signed a decree dissolving all institutions of the unrecognised republic.';
  const c = 'Wheat prices rose in Chicago as traders weighed the harvest outlook for the coming season.';
  const vectors = new DocumentVectors(
    new Map([
      ['a', a],
      ['b', b],
      ['c', c],
    ]),
  );

  it('counts the six-word runs two documents share, and stops counting once enough are found', () => {
    // The 13 words from "the separatist leader" to "unrecognised republic" make 8 runs of six.
    expect(vectors.sharedRuns('a', 'b')).toBe(8);
    expect(vectors.sharesRuns('a', 'b', 3)).toBe(true);
    expect(vectors.sharedRuns('a', 'c')).toBe(0);
    expect(vectors.sharesRuns('a', 'c', 1)).toBe(false);
  });

  it('gives the TF-IDF cosine of the plain formula, symmetric, 0 for unknown ids', () => {
    const texts = new Map([
      ['a', a],
      ['b', b],
      ['c', c],
    ]);
    const df = new Map<string, number>();
    for (const t of texts.values()) for (const w of new Set(contentWords(t))) df.set(w, (df.get(w) ?? 0) + 1);
    const vector = (t: string) => {
      const tf = new Map<string, number>();
      for (const w of contentWords(t)) tf.set(w, (tf.get(w) ?? 0) + 1);
      const v = new Map(
        [...tf].map(([w, n]) => [w, (1 + Math.log(n)) * Math.log(1 + texts.size / df.get(w)!)]),
      );
      const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
      return new Map([...v].map(([w, x]) => [w, x / norm]));
    };
    const plain = (x: string, y: string) =>
      [...vector(x)].reduce((s, [w, wx]) => s + wx * (vector(y).get(w) ?? 0), 0);
    expect(vectors.cosine('a', 'b')).toBeCloseTo(plain(a, b), 12);
    expect(vectors.cosine('b', 'a')).toBeCloseTo(vectors.cosine('a', 'b'), 12);
    expect(vectors.cosine('a', 'a')).toBeCloseTo(1, 12);
    expect(vectors.cosine('a', 'c')).toBe(0);
    expect(vectors.cosine('a', 'nowhere')).toBe(0);
  });
});

describe('date expressions are read once per distinct text', () => {
  it('the same sentence at another offset gives the same expressions at its own offsets', () => {
    const sentence = 'On September 19, Azerbaijan launched what it called anti-terrorist measures.';
    const text = `${sentence} ${sentence}`;
    const first = findDateExpressions(text, 0, sentence.length);
    const second = findDateExpressions(text, sentence.length + 1, text.length);
    expect(first.map((e) => e.text)).toEqual(['On September 19']);
    expect(
      second.map((e) => [e.start - sentence.length - 1, e.end - sentence.length - 1, e.text, e.form]),
    ).toEqual(first.map((e) => [e.start, e.end, e.text, e.form]));
  });

  it('a preposition just before the slice still joins the expression, whatever was read before', () => {
    const text = 'Troops withdrew on September 28 and October 1.';
    const at = text.indexOf('September');
    findDateExpressions(text, at, text.length); // read once without looking back
    expect(findDateExpressions(text, at, text.length).map((e) => e.text)[0]).toBe('on September 28');
    expect(findDateExpressions('September 28 and October 1.', 0, 27).map((e) => e.text)[0]).toBe(
      'September 28',
    );
  });

  it('forms shared between readings cannot be changed in place', () => {
    const [e] = findDateExpressions('Talks resumed on September 19-20 in Brussels.', 0, 45);
    expect(Object.isFrozen(e!.form)).toBe(true);
    expect(e!.form.kind === 'calendar' && Object.isFrozen(e!.form.end)).toBe(true);
  });

  it('text with no month or weekday name still yields its relative, season, decade and year expressions', () => {
    const text =
      'Three days ago, officials said the war of the early 1990s ended in 1994; talks resume next week, not before the fall of 2024.';
    expect(findDateExpressions(text, 0, text.length).map((e) => e.text)).toEqual([
      'Three days ago',
      'the early 1990s',
      'in 1994',
      'next week',
      'the fall of 2024',
    ]);
  });

  it.each([
    ['Shelling resumed the day before yesterday.', 'the day before yesterday'],
    ['Prices rose over the past 48 hours.', 'over the past 48 hours'],
    ['Two days later, the convoy arrived.', 'Two days later'],
    ['Talks stalled this past week.', 'this past week'],
    ['Funds run out by the end of the month.', 'by the end of the month'],
    ['The offensive began last spring.', 'last spring'],
    ['Refugees fled in the nineties.', 'in the nineties'],
    ['Refugees fled in the ’90s.', 'in the ’90s'],
    ['The ministry said this morning that it was calm.', 'this morning'],
    ['Fighting flared 19-20 September 2023.', '19-20 September 2023'],
  ])('%s → %s', (text, expression) => {
    expect(findDateExpressions(text, 0, text.length).map((e) => e.text)).toContain(expression);
  });
});

describe('lending at corpus scale', () => {
  const event = 'On September 28, the separatist leader signed a decree dissolving all institutions.';
  const borrower = doc(
    'open',
    `The separatist authorities are gone. ${event.replace('.', ', officials said.')}\n`,
  );
  const pinned = (id: string, year: number, body: string) =>
    doc(id, `BAKU, Sept 30, ${year} (AP) - ${body}\n`);
  /** A piece that tells September 28 but another event, in words no other piece uses. */
  const unrelated = (i: number) => {
    const word = (k: number) =>
      `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${'xyzw'[k]}`;
    return pinned(`other-${i}`, 2023, `On September 28, ${word(0)} ${word(1)} opened ${word(2)} ${word(3)}.`);
  };

  it('a year passes along a chain: a piece read before its lender had a year is read again once it has one', () => {
    const convoy = 'On October 5, the first convoy of refugees crossed the bridge at Kornidzor into Armenia.';
    const a = pinned('a', 2023, event);
    const b = doc('b', `${event} ${convoy}\n`);
    const c = doc('c', `${convoy.replace('.', ', officials said.')}\n`);
    const t = timelines([a, c, b]);
    expect(mentionOf(t, 'b', 'On September 28').date.year).toBe(2023);
    const oct5 = mentionOf(t, 'c', 'On October 5').date;
    expect(oct5.year).toBe(2023);
    expect(oct5.yearReason).toContain('same event as piece b');
  });

  it('the reason cites the first lender in corpus order that tells the same event', () => {
    const t = timelines([pinned('first', 2023, event), pinned('second', 2023, event), borrower]);
    expect(mentionOf(t, 'open', 'On September 28').date.yearReason).toContain('same event as piece first');
  });

  it(`every lender of a day and year is compared when there are at most ${LENDER_SAMPLE}`, () => {
    const docs = [
      ...Array.from({ length: LENDER_SAMPLE - 1 }, (_, i) => unrelated(i)),
      pinned('same', 2023, event),
      borrower,
    ];
    const date = mentionOf(timelines(docs), 'open', 'On September 28').date;
    expect(date.year).toBe(2023);
    expect(date.yearReason).toContain('same event as piece same');
  });

  it(`past ${LENDER_SAMPLE} lenders of a day and year, a year none of the first ${LENDER_SAMPLE} shares is left unknown, never guessed`, () => {
    const docs = [
      ...Array.from({ length: LENDER_SAMPLE }, (_, i) => unrelated(i)),
      pinned('same', 2023, event),
      borrower,
    ];
    const date = mentionOf(timelines(docs), 'open', 'On September 28').date;
    expect(date.yearStatus).toBe('unknown');
    expect(date.year).toBeUndefined();
  });

  it('a crowded day still lends when its sample holds a telling of the same event', () => {
    const docs = [
      pinned('same', 2023, event),
      ...Array.from({ length: LENDER_SAMPLE + 5 }, (_, i) => unrelated(i)),
      borrower,
    ];
    expect(mentionOf(timelines(docs), 'open', 'On September 28').date.year).toBe(2023);
  });

  it('a lent year is withheld when lenders of another year were too many to compare all', () => {
    // Compared in full, piece "late" (2023, past the sample) would disagree with piece "old" (2019).
    const docs = [
      ...Array.from({ length: LENDER_SAMPLE + 5 }, (_, i) => unrelated(i)),
      pinned('late', 2023, event),
      pinned('old', 2019, event),
      borrower,
    ];
    const date = mentionOf(timelines(docs), 'open', 'On September 28').date;
    expect(date.yearStatus).toBe('unknown');
    expect(date.year).toBeUndefined();
    expect(date.yearReason).toContain('same event as piece old');
    expect(date.yearReason).toContain(
      `more than ${LENDER_SAMPLE} other documents date "On September 28" to 2023`,
    );
    expect(date.yearReason).toContain('a disagreement with 2019 is not ruled out');
  });
});
