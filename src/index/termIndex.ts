import SearchableMap from 'minisearch/SearchableMap';
import type { TermIndexParts } from './store/shapes.ts';

/**
 * A boolean word index over many short texts (statement quotes, event excerpts, figures), with
 * minisearch's own tokenizer and term expansion (exact, prefix and fuzzy through minisearch's
 * SearchableMap) and AND semantics: an item matches when every query word, or one of its
 * expansions, occurs in it. It answers exactly the set minisearch would answer for the same
 * options (a test checks this), but without scores, which no answer reads: answers order items
 * by date. Postings are flat typed arrays, so the index persists as one binary file and loads in
 * milliseconds, where minisearch's loadJSON rebuilds a Map per term and field (field notes:
 * 4.6 s and over 1 GB at 300,000 sentences).
 */

/** minisearch's default tokenizer: split on white space and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

function termsOf(text: string): string[] {
  return text
    .split(SPACE_OR_PUNCTUATION)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 0);
}

export interface ExpansionOptions {
  /** Fraction of the term's length allowed as edit distance (minisearch `fuzzy`), or false. */
  fuzzy: (term: string) => number | false;
  prefix: (term: string) => boolean;
  /** Other words a query word also stands for (both names of a contested place), each expanded in turn. */
  synonyms?: (term: string) => readonly string[];
}

/** minisearch's default cap on fuzzy edit distance. */
const MAX_FUZZY = 6;

export class TermIndex {
  readonly items: number;
  private readonly terms: string[];
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly vocabulary = new SearchableMap<number>();

  constructor(parts: TermIndexParts) {
    this.items = parts.items;
    this.terms = parts.terms;
    this.offsets = parts.offsets;
    this.postings = parts.postings;
    parts.terms.forEach((term, i) => {
      this.vocabulary.set(term, i);
    });
  }

  /** Indexes texts; the item id of texts[i] is i. */
  static build(texts: readonly string[]): TermIndex {
    return new TermIndex(buildParts(texts));
  }

  parts(): TermIndexParts {
    return { terms: this.terms, items: this.items, offsets: this.offsets, postings: this.postings };
  }

  /** Term ids a query word stands for: itself, and its prefix and fuzzy expansions. */
  private expand(word: string, options: ExpansionOptions): number[] {
    const ids = new Set<number>();
    const others = options.synonyms?.(word) ?? [];
    // The other names are taken as written or as a prefix, not fuzzily: a place has few spellings.
    const exactly = { ...options, fuzzy: () => false as const };
    for (const other of others) if (other !== word) this.expandInto(other, exactly, ids);
    this.expandInto(word, options, ids);
    return [...ids];
  }

  private expandInto(word: string, options: ExpansionOptions, ids: Set<number>): void {
    const exact = this.vocabulary.get(word);
    if (exact !== undefined) ids.add(exact);
    if (options.prefix(word)) for (const id of this.vocabulary.atPrefix(word).values()) ids.add(id);
    const fuzzy = options.fuzzy(word);
    if (fuzzy !== false) {
      const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(word.length * fuzzy)) : fuzzy;
      if (maxDistance) for (const [id] of this.vocabulary.fuzzyGet(word, maxDistance).values()) ids.add(id);
    }
  }

  /** Ids of the items that hold every word of the query (or an expansion of it), ascending. */
  search(query: string, options: ExpansionOptions): number[] {
    const words = [...new Set(termsOf(query))];
    if (words.length === 0 || this.items === 0) return [];
    // Count, per item, how many query words matched so far; a word only advances items that
    // matched every word before it, so duplicates within one word's expansions count once.
    const reached = words.length < 255 ? new Uint8Array(this.items) : new Uint16Array(this.items);
    let alive = 0;
    for (let w = 0; w < words.length; w++) {
      alive = 0;
      for (const termId of this.expand(words[w]!, options)) {
        for (let p = this.offsets[termId]!; p < this.offsets[termId + 1]!; p++) {
          const item = this.postings[p]!;
          if (reached[item] === w) {
            reached[item] = w + 1;
            alive++;
          }
        }
      }
      if (alive === 0) return [];
    }
    const result: number[] = [];
    for (let i = 0; i < this.items; i++) if (reached[i] === words.length) result.push(i);
    return result;
  }
}

/** A term as termsOf cuts them: a run of what SPACE_OR_PUNCTUATION does not match. */
const TERM = /[^\n\r\p{Z}\p{P}]+/gu;
/** Per ASCII code, 1 where SPACE_OR_PUNCTUATION matches it. */
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) =>
  new RegExp(`^${SPACE_OR_PUNCTUATION.source}$`, 'u').test(String.fromCharCode(c)) ? 1 : 0,
);
const NOT_ASCII = /[^\0-\x7f]/;

/**
 * Calls `see` with each term of the text, as termsOf gives them. Most texts are ASCII: those are
 * lowered once and cut by a table (the same cuts and the same lower case, since lowering an ASCII
 * text changes letters only); the rest are cut by the regex and lowered term by term, as termsOf
 * does (lowering a whole text can differ: a Greek final sigma depends on what follows it).
 */
function eachTerm(text: string, see: (term: string) => void): void {
  if (NOT_ASCII.test(text)) {
    TERM.lastIndex = 0;
    for (let match = TERM.exec(text); match !== null; match = TERM.exec(text)) see(match[0].toLowerCase());
    return;
  }
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i === lower.length || ASCII_SEPARATOR[lower.charCodeAt(i)] === 1) {
      if (start >= 0) see(lower.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
}

/** A text this long is read once however many items share it. */
const LONG_TEXT = 1_000;

function buildParts(texts: readonly string[]): TermIndexParts {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const perTerm: number[][] = [];
  // Per term, the last item it was found in: a term counts once per item, as new Set(termsOf(text)) did.
  const lastItem: number[] = [];
  let item = 0;
  // Term ids of the item being read, kept per long text: events of one long sentence share its text,
  // and reading it once per event made a page-long sentence quadratic.
  let seen: number[] = [];
  const seenInLong = new Map<string, number[]>();
  const see = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      perTerm.push([]);
      lastItem.push(-1);
    }
    if (lastItem[id] === item) return;
    lastItem[id] = item;
    perTerm[id]!.push(item);
    seen.push(id);
  };
  for (; item < texts.length; item++) {
    const text = texts[item]!;
    const known = text.length > LONG_TEXT ? seenInLong.get(text) : undefined;
    if (known) {
      for (const id of known) {
        lastItem[id] = item;
        perTerm[id]!.push(item);
      }
      continue;
    }
    seen = [];
    eachTerm(text, see);
    if (text.length > LONG_TEXT) seenInLong.set(text, seen);
  }
  const offsets = new Uint32Array(terms.length + 1);
  let total = 0;
  perTerm.forEach((list, i) => {
    offsets[i] = total;
    total += list.length;
  });
  offsets[terms.length] = total;
  const postings = new Uint32Array(total);
  perTerm.forEach((list, i) => {
    postings.set(list, offsets[i]!);
  });
  return { terms, items: texts.length, offsets, postings };
}
