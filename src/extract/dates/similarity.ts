/** Word-overlap measures used to tell whether two documents report the same dated event. */

const STOP = new Set(
  (
    'the a an and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
    'he she they we i you his her their our which who whom what when where while also after before over under about into than then ' +
    'there here not no so such said says say will would can could may might must shall should did does do up out more most other ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'day days week year years today yesterday next following earlier later'
  ).split(/\s+/),
);

const STOP_TERM = -1;
const STOP_ENTRIES = [...STOP].map((w) => [w, STOP_TERM] as const);

export function contentWords(text: string): string[] {
  return lowerCaseWords(text).filter((w) => w.length > 2 && !STOP.has(w));
}

/** Jaccard overlap of two sentences' content-word sets (dates and function words left out). */
export function sentenceSimilarity(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/**
 * The words of a text, lower-cased: a letter, then letters, apostrophes and hyphens; the same as
 * `text.toLowerCase().match(/\p{L}[\p{L}'’-]*\/gu)`, scanned by hand because every document of the
 * corpus is read this way and the regular expression is several times slower.
 */
export function lowerCaseWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  for (let i = 0; i < lower.length; ) {
    const end = wordAt(lower, i);
    if (end < 0) i = -end;
    else {
      words.push(lower.slice(i, end));
      i = end;
    }
  }
  return words;
}

/**
 * Where the word (as lowerCaseWords reads words) that starts at `i` ends; when no word starts
 * there, minus where the next character starts. Lets a reader skip a word without slicing it.
 */
function wordAt(lower: string, i: number): number {
  const first = lower.codePointAt(i)!;
  if (!isLetter(first)) return -(i + (first > 0xffff ? 2 : 1));
  let end = i + (first > 0xffff ? 2 : 1);
  while (end < lower.length) {
    const c = lower.codePointAt(end)!;
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2d && !isLetter(c)) break;
    end += c > 0xffff ? 2 : 1;
  }
  return end;
}

const LETTER = /^\p{L}$/u;
const letters = new Map<number, boolean>();

function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80)
    return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  let letter = letters.get(codePoint);
  if (letter === undefined) letters.set(codePoint, (letter = LETTER.test(String.fromCodePoint(codePoint))));
  return letter;
}

/** A document's content words as vocabulary ids and counts, in order of first use. */
interface TermCounts {
  terms: Int32Array;
  counts: Int32Array;
}

/** TF-IDF weights, normalised, in the same order as the document's terms. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors over a set of documents, for cosine similarity between whole documents, and their
 * runs of six words. Term counts are taken up front (document frequencies need them all); a
 * document's vector and runs are built the first time it is compared, and kept in typed arrays so
 * a corpus of tens of thousands of pieces stays small in memory.
 */
export class DocumentVectors {
  private readonly texts: Map<string, string>;
  /** Content words to term ids, in order of first use; stop words are in it as STOP_TERM, so one lookup reads a word. */
  private readonly vocabulary = new Map<string, number>(STOP_ENTRIES);
  private terms = 0;
  private readonly df: number[] = [];
  private readonly counts = new Map<string, TermCounts>();
  private readonly vectors = new Map<string, Vector>();
  private readonly runs = new Map<string, Float64Array>();
  private scratch = new Float64Array(0);

  constructor(texts: Map<string, string>) {
    this.texts = texts;
    // A document's counts by term id, in one array kept across documents (zeroed after each):
    // a Map per document cost more than reading the words.
    let countOf = new Int32Array(1024);
    const used: number[] = [];
    for (const [id, text] of texts) {
      used.length = 0;
      // The content words of lowerCaseWords(text), read in place: short words are never sliced.
      const lower = text.toLowerCase();
      for (let i = 0, end = 0; i < lower.length; i = end) {
        end = wordAt(lower, i);
        if (end < 0) {
          end = -end;
          continue;
        }
        if (end - i <= 2) continue;
        const w = lower.slice(i, end);
        let term = this.vocabulary.get(w);
        if (term === STOP_TERM) continue;
        if (term === undefined) {
          term = this.terms++;
          this.vocabulary.set(w, term);
          this.df.push(0);
          if (term >= countOf.length) {
            const grown = new Int32Array(countOf.length * 2);
            grown.set(countOf);
            countOf = grown;
          }
        }
        if (countOf[term]!++ === 0) used.push(term); // terms in order of first use, as before
      }
      const terms = Int32Array.from(used);
      const counts = new Int32Array(used.length);
      for (let i = 0; i < used.length; i++) {
        const term = used[i]!;
        counts[i] = countOf[term]!;
        countOf[term] = 0;
        this.df[term]!++;
      }
      this.counts.set(id, { terms, counts });
    }
  }

  /** Runs of SHINGLE words both documents share: one quoting or rewriting the other, or the same statement. */
  sharedRuns(a: string, b: string): number {
    return this.countSharedRuns(a, b, Infinity);
  }

  /** Do the documents share at least `atLeast` runs? Stops counting once they do. */
  sharesRuns(a: string, b: string, atLeast: number): boolean {
    return this.countSharedRuns(a, b, atLeast) >= atLeast;
  }

  cosine(a: string, b: string): number {
    const va = this.vectorOf(a);
    const vb = this.vectorOf(b);
    if (!va || !vb) return 0;
    const [small, large] = va.terms.length < vb.terms.length ? [va, vb] : [vb, va];
    if (this.scratch.length < this.terms) this.scratch = new Float64Array(this.terms);
    const weightIn = this.scratch;
    for (let i = 0; i < large.terms.length; i++) weightIn[large.terms[i]!] = large.weights[i]!;
    let sum = 0;
    for (let i = 0; i < small.terms.length; i++) sum += small.weights[i]! * weightIn[small.terms[i]!]!;
    for (let i = 0; i < large.terms.length; i++) weightIn[large.terms[i]!] = 0;
    return sum;
  }

  private countSharedRuns(a: string, b: string, enough: number): number {
    const ra = this.runsOf(a);
    const rb = this.runsOf(b);
    if (!ra || !rb) return 0;
    let shared = 0;
    for (let i = 0, j = 0; i < ra.length && j < rb.length; ) {
      if (ra[i]! < rb[j]!) i++;
      else if (ra[i]! > rb[j]!) j++;
      else {
        if (++shared >= enough) break;
        i++;
        j++;
      }
    }
    return shared;
  }

  private runsOf(id: string): Float64Array | undefined {
    let runs = this.runs.get(id);
    const text = this.texts.get(id);
    if (!runs && text !== undefined) this.runs.set(id, (runs = runHashes(text)));
    return runs;
  }

  private vectorOf(id: string): Vector | undefined {
    let v = this.vectors.get(id);
    const tf = this.counts.get(id);
    if (v || !tf) return v;
    const n = this.texts.size;
    const weights = new Float64Array(tf.terms.length);
    let norm = 0;
    for (let i = 0; i < tf.terms.length; i++) {
      const weight = (1 + Math.log(tf.counts[i]!)) * Math.log(1 + n / (this.df[tf.terms[i]!] ?? 1));
      weights[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
    v = { terms: tf.terms, weights };
    this.vectors.set(id, v);
    return v;
  }
}

const SHINGLE = 6;

/** runHashes' two hash lanes per word, kept across documents instead of two arrays grown per document. */
let laneWords = new Uint32Array(0);
let laneHashes = new Uint32Array(0);

/**
 * Every run of SHINGLE words of a text (as lowerCaseWords reads them) as a 53-bit hash (two 32-bit
 * FNV-1a lanes), sorted, each once. Two different runs share a hash with odds of about 1 in 2^53,
 * far below any count that matters. Words are hashed in place, never sliced.
 */
function runHashes(text: string): Float64Array {
  const lower = text.toLowerCase();
  // A text holds fewer words than characters: the lanes kept across documents grow to fit it.
  if (laneWords.length < lower.length) {
    laneWords = new Uint32Array(lower.length);
    laneHashes = new Uint32Array(lower.length);
  }
  const lane1 = laneWords;
  const lane2 = laneHashes;
  let words = 0;
  for (let i = 0, end = 0; i < lower.length; i = end) {
    end = wordAt(lower, i);
    if (end < 0) {
      end = -end;
      continue;
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = i; k < end; k++) {
      const c = lower.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    lane1[words] = h1 >>> 0;
    lane2[words++] = h2 >>> 0;
  }
  const out = new Float64Array(Math.max(0, words - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= words; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let k = i; k < i + SHINGLE; k++) {
      h1 = Math.imul(h1 ^ lane1[k]!, 0x01000193);
      h2 = Math.imul(h2 ^ lane2[k]!, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    out[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!;
  return out.slice(0, unique);
}
