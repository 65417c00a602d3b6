/** Word-overlap measures used to tell whether two documents report the same dated event. */

const STOP = new Set(
  ('the a an and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
    'he she they we i you his her their our which who whom what when where while also after before over under about into than then ' +
    'there here not no so such said says say will would can could may might must shall should did does do up out more most other ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'day days week year years today yesterday next following earlier later').split(/\s+/),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

/** Jaccard overlap of two sentences' content-word sets (dates and function words left out). */
export function sentenceSimilarity(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/** TF-IDF vectors over a set of documents, for cosine similarity between whole documents. */
export class DocumentVectors {
  private readonly vectors = new Map<string, Map<string, number>>();
  private readonly shingles = new Map<string, Set<string>>();

  constructor(texts: Map<string, string>) {
    for (const [id, text] of texts) this.shingles.set(id, shinglesOf(text));
    const counts = new Map<string, Map<string, number>>();
    const df = new Map<string, number>();
    for (const [id, text] of texts) {
      const tf = new Map<string, number>();
      for (const w of contentWords(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
      counts.set(id, tf);
      for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const n = texts.size;
    for (const [id, tf] of counts) {
      const v = new Map<string, number>();
      let norm = 0;
      for (const [w, c] of tf) {
        const weight = (1 + Math.log(c)) * Math.log(1 + n / (df.get(w) ?? 1));
        v.set(w, weight);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [w, x] of v) v.set(w, x / norm);
      this.vectors.set(id, v);
    }
  }

  /** Runs of SHINGLE words both documents share: one quoting or rewriting the other, or the same statement. */
  sharedRuns(a: string, b: string): number {
    const sa = this.shingles.get(a);
    const sb = this.shingles.get(b);
    if (!sa || !sb) return 0;
    let shared = 0;
    for (const s of sa) if (sb.has(s)) shared++;
    return shared;
  }

  cosine(a: string, b: string): number {
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    if (!va || !vb) return 0;
    const [small, large] = va.size < vb.size ? [va, vb] : [vb, va];
    let sum = 0;
    for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
    return sum;
  }
}

const SHINGLE = 6;

function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}
