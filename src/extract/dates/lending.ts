import type { YearStatus } from '../../corpus/types.ts';
import type { YearFinding } from './evidence.ts';
import { LenderIndex, tellingKey } from './lenders.ts';
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
 * How many lenders dating a month-day to one year are compared with a borrower's telling before
 * that year is given up. Comparing every pair grows with the square of the corpus (a day such as
 * September 19 is told by thousands of pieces); up to this many lenders per day and year every
 * one is compared, so small corpora are read in full. Past it only the first LENDER_SAMPLE (in
 * corpus order) are, and the cap can only leave a year unknown, never lend a wrong one: a year
 * whose sample holds no telling of the same event is not proposed, and a lent year is withheld
 * when such an unfinished year might have disagreed with it.
 */
export const LENDER_SAMPLE = 128;

/**
 * A document whose year is pinned lends it to a document of unknown year that tells an event on
 * the same month and day, in a near-identical sentence or within the same story. Lending repeats
 * until nothing changes, so a year can pass along a chain; disagreeing lenders leave it unknown.
 * It goes a borrower at a time: a caller with other work to hand out (threads to keep busy) takes
 * a step, then sees to it. Only the documents of unknown year that have a finding
 * (`needsLending`) can change; every other document keeps its own year.
 */
export function* lendYearsInSteps(inputs: LendingInput[]): Generator<void, Map<string, DocumentYear>> {
  const years = new Map(inputs.map((i) => [i.scanned.doc.id, i.own]));
  const needing = inputs.filter(needsLending);
  if (needing.length === 0) return years;

  const lenders = new LenderIndex(inputs);
  for (const input of inputs) lenders.add(input, input.own);
  const vectors = new DocumentVectors(
    new Map(inputs.map((i) => [i.scanned.doc.id, i.scanned.doc.text.slice(i.scanned.doc.bodyStart)])),
  );
  const settled = new Set<string>();
  // A borrower whose month-days gained no lender since it was last read would propose nothing again.
  let clock = 0;
  const lenderAddedAt = new Map<string, number>();
  const readAt = new Map<LendingInput, number>();

  for (let changed = true; changed; ) {
    changed = false;
    for (const borrower of needing) {
      const id = borrower.scanned.doc.id;
      if (settled.has(id)) continue;
      const last = readAt.get(borrower);
      if (last !== undefined && !lenders.keysOf(borrower).some((k) => (lenderAddedAt.get(k) ?? 0) > last))
        continue;
      readAt.set(borrower, clock);
      yield;
      const { proposals, unfinished } = propose(borrower, lenders, vectors);
      if (proposals.size === 0) continue;
      settled.add(id);
      changed = true;
      const [doubt] = [...unfinished].filter(([year]) => !proposals.has(year));
      if (proposals.size === 1 && doubt) {
        const [[year, why]] = [...proposals] as [[number, string]];
        years.set(id, {
          status: 'unknown',
          reason: `year not established: ${why}; but more than ${LENDER_SAMPLE} other documents date ${doubt[1]}, too many to compare all, so a disagreement with ${year} is not ruled out`,
        });
      } else if (proposals.size === 1) {
        const [[year, why]] = [...proposals] as [[number, string]];
        const lent: DocumentYear = { year, status: 'inferred', reason: `year inferred ${year}: ${why}` };
        years.set(id, lent);
        clock++;
        for (const key of lenders.add(borrower, lent)) lenderAddedAt.set(key, clock);
      } else {
        const list = [...proposals.keys()].sort().join(', ');
        years.set(id, {
          status: 'unknown',
          reason: `year not established: documents telling the same events disagree (${list}); ${[...proposals.values()].join('; ')}`,
        });
      }
    }
  }
  return years;
}

/** Can other documents lend this one a year? */
export function needsLending(input: LendingInput): boolean {
  return input.own.status === 'unknown' && input.finding !== null;
}

interface Proposals {
  /** Each year lent, with why, in the order the borrower's tellings and their lenders come. */
  proposals: Map<number, string>;
  /** Years whose lenders were too many to compare all and whose sample told no same event, with what they date ("On September 19" to 2023). */
  unfinished: Map<number, string>;
}

/**
 * The years other documents lend a borrower, each with why: for each of its tellings in turn, the
 * first lender in corpus order that tells the same event, per year. Years already proposed by an
 * earlier telling keep their first reason.
 */
function propose(borrower: LendingInput, lenders: LenderIndex, vectors: DocumentVectors): Proposals {
  const proposals = new Map<number, string>();
  const unfinished = new Map<number, string>();
  const id = borrower.scanned.doc.id;
  const sameStoryAs = new Map<string, boolean>();
  const sameStory = (other: string) => {
    let same = sameStoryAs.get(other);
    if (same === undefined) {
      same = vectors.cosine(id, other) >= SAME_STORY_COSINE || vectors.sharesRuns(id, other, SAME_STORY_RUNS);
      sameStoryAs.set(other, same);
    }
    return same;
  };
  for (const mention of borrower.scanned.mentions) {
    const key = tellingKey(mention);
    const byYear = key ? lenders.lendersOf(key) : undefined;
    if (!byYear) continue;
    const found: { order: number; year: number; why: string }[] = [];
    for (const [eventYear, list] of byYear) {
      const year = documentYearFor(eventYear, mention, borrower.window);
      if (year === null || !borrower.finding!.fits(year) || proposals.has(year)) continue;
      let compared = 0;
      for (const lender of list) {
        const { input, mention: told, order } = lender.telling;
        if (input === borrower) continue;
        if (compared++ >= LENDER_SAMPLE) {
          if (!unfinished.has(year)) unfinished.set(year, `"${mention.expression.text}" to ${eventYear}`);
          break;
        }
        const similar = sentenceSimilarity(wordsOf(borrower.scanned, mention), wordsOf(input.scanned, told));
        if (similar < SAME_SENTENCE && !sameStory(input.scanned.doc.id)) continue;
        const how = similar >= SAME_SENTENCE ? 'in a near-identical sentence' : 'in the same story';
        const why = `"${mention.expression.text}" tells the same event as ${input.scanned.doc.label} ${how} ("${told.expression.text}"), dated ${eventYear} there (year ${lender.year.status})`;
        found.push({ order, year, why });
        break;
      }
    }
    // One telling's years, in the order its first lenders come in the corpus.
    for (const f of found.sort((a, b) => a.order - b.order)) proposals.set(f.year, f.why);
  }
  return { proposals, unfinished };
}

const sentenceWords = new WeakMap<ScannedMention, Set<string>>();

function wordsOf(scanned: ScannedDocument, m: ScannedMention): Set<string> {
  let words = sentenceWords.get(m);
  if (!words) {
    const s =
      scanned.sentences[m.sentence]?.index === m.sentence
        ? scanned.sentences[m.sentence]
        : scanned.sentences.find((x) => x.index === m.sentence);
    words = new Set(contentWords(s ? scanned.doc.text.slice(s.start, s.end) : m.expression.text));
    sentenceWords.set(m, words);
  }
  return words;
}

/** The borrower's own year, given the year of an event it tells. */
function documentYearFor(
  eventYear: number,
  mention: ScannedMention,
  window: ReferenceWindow | null,
): number | null {
  const md = mentionMonthDay(mention)!;
  for (const y of [eventYear, eventYear + 1, eventYear - 1]) {
    if (yearForMonthDay(md, mention.tense, window, y) === eventYear) return y;
  }
  return null;
}
