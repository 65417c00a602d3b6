import type { YearStatus } from '../../corpus/types.ts';
import type { YearFinding } from './evidence.ts';
import type { ScannedDocument, ScannedMention } from './scan.ts';
import { contentWords, DocumentVectors, sentenceSimilarity } from './similarity.ts';
import { mentionMonthDay, type ReferenceWindow, yearForMonthDay } from './window.ts';

/** A document's year after its own evidence and, where that left it open, other documents'. */
export interface DocumentYear {
  year?: number;
  status: YearStatus;
  reason: string;
}

export interface LendingInput {
  scanned: ScannedDocument;
  window: ReferenceWindow | null;
  own: DocumentYear;
  finding: YearFinding | null;
}

/** Two tellings are the same event when their sentences say nearly the same thing ... */
const SAME_SENTENCE = 0.5;
/** ... or when the whole pieces tell the same story: close in vocabulary, or sharing several runs of six words. */
const SAME_STORY_COSINE = 0.35;
const SAME_STORY_RUNS = 3;

/**
 * A document whose year is pinned lends it to a document of unknown year that tells an event on
 * the same month and day, in a near-identical sentence or within the same story. Lending repeats
 * until nothing changes, so a year can pass along a chain; disagreeing lenders leave it unknown.
 */
export function lendYears(inputs: LendingInput[]): Map<string, DocumentYear> {
  const years = new Map(inputs.map((i) => [i.scanned.doc.id, i.own]));
  const needing = inputs.filter((i) => i.own.status === 'unknown' && i.finding);
  if (needing.length === 0) return years;

  const byMonthDay = new Map<string, { input: LendingInput; mention: ScannedMention }[]>();
  for (const input of inputs) {
    for (const mention of input.scanned.mentions) {
      const md = eventMonthDay(mention);
      if (!md) continue;
      const list = byMonthDay.get(md) ?? [];
      list.push({ input, mention });
      byMonthDay.set(md, list);
    }
  }
  const vectors = new DocumentVectors(new Map(inputs.map((i) => [i.scanned.doc.id, i.scanned.doc.text.slice(i.scanned.doc.bodyStart)])));
  const settled = new Set<string>();

  for (let changed = true; changed; ) {
    changed = false;
    for (const borrower of needing) {
      const id = borrower.scanned.doc.id;
      if (settled.has(id)) continue;
      const proposals = new Map<number, string>();
      for (const mention of borrower.scanned.mentions) {
        const md = eventMonthDay(mention);
        if (!md) continue;
        for (const other of byMonthDay.get(md) ?? []) {
          const lender = other.input.scanned.doc;
          const lent = years.get(lender.id);
          if (lender.id === id || !lent || lent.year === undefined) continue;
          const similar = sentenceSimilarity(wordsOf(borrower.scanned, mention), wordsOf(other.input.scanned, other.mention));
          if (similar < SAME_SENTENCE && !sameStory(vectors, id, lender.id)) continue;
          const form = other.mention.expression.form;
          const eventMd = mentionMonthDay(other.mention)!;
          const eventYear = form.kind === 'calendar' && form.year !== undefined ? form.year : yearForMonthDay(eventMd, other.mention.tense, other.input.window, lent.year);
          const year = documentYearFor(eventYear, mention, borrower.window);
          if (year === null || !borrower.finding!.fits(year) || proposals.has(year)) continue;
          const how = similar >= SAME_SENTENCE ? 'in a near-identical sentence' : 'in the same story';
          proposals.set(year, `"${mention.expression.text}" tells the same event as ${lender.label} ${how} ("${other.mention.expression.text}"), dated ${eventYear} there (year ${lent.status})`);
        }
      }
      if (proposals.size === 0) continue;
      settled.add(id);
      changed = true;
      if (proposals.size === 1) {
        const [[year, why]] = [...proposals];
        years.set(id, { year, status: 'inferred', reason: `year inferred ${year}: ${why}` });
      } else {
        const list = [...proposals.keys()].sort().join(', ');
        years.set(id, { status: 'unknown', reason: `year not established: documents telling the same events disagree (${list}); ${[...proposals.values()].join('; ')}` });
      }
    }
  }
  return years;
}

function eventMonthDay(m: ScannedMention): string | null {
  if (m.role !== 'text') return null;
  const md = mentionMonthDay(m);
  return md ? `${md.month}-${md.day}` : null;
}

const sentenceWords = new WeakMap<ScannedMention, Set<string>>();

function wordsOf(scanned: ScannedDocument, m: ScannedMention): Set<string> {
  let words = sentenceWords.get(m);
  if (!words) {
    const s = scanned.sentences[m.sentence]?.index === m.sentence ? scanned.sentences[m.sentence] : scanned.sentences.find((x) => x.index === m.sentence);
    words = new Set(contentWords(s ? scanned.doc.text.slice(s.start, s.end) : m.expression.text));
    sentenceWords.set(m, words);
  }
  return words;
}

/** The borrower's own year, given the year of an event it tells. */
function documentYearFor(eventYear: number, mention: ScannedMention, window: ReferenceWindow | null): number | null {
  const md = mentionMonthDay(mention)!;
  for (const y of [eventYear, eventYear + 1, eventYear - 1]) {
    if (yearForMonthDay(md, mention.tense, window, y) === eventYear) return y;
  }
  return null;
}

function sameStory(vectors: DocumentVectors, a: string, b: string): boolean {
  return vectors.cosine(a, b) >= SAME_STORY_COSINE || vectors.sharedRuns(a, b) >= SAME_STORY_RUNS;
}
