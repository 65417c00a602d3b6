/**
 * The store's one codec: the compact form of extracted items (below) and the binary blocks of
 * the item indexes (word indexes and per-item numbers, at the end of this file).
 *
 * Items, read at every start-up: each document's
 * statements, events and figures are written as one flat array of integers: every value that
 * is not a number (ids, entities, dates, hedged numbers, periods, reporters, strings such as
 * "document date") is written once in a value table and referred to by its position; spans are
 * two integers. Table entries refer to other entries for their dates, entities and yearReasons,
 * so a long yearReason shared by a thousand dates is written once. JSON.parse of integer arrays
 * is several times faster than of the same items as objects, and items that share a value share
 * one object after decoding, which also saves memory.
 *
 * An item that does not fit the layout (a key the layout does not know, such as an optional
 * field added to the types later, or a span with extra keys) is written as it is, in JSON, so
 * the codec never drops data it was not told about.
 */
import type { DatedEvent, Entity, Figure, Span, Statement } from '../../extract/types.ts';
import type { DocumentItems, EncodedItems, SpeakerMerges, TermIndexParts } from './shapes.ts';

/** Keys of a table entry whose values are themselves entries (written before the entry). */
const NESTED = ['yearReason', 'date', 'entity'] as const;

/** Interned values: each distinct value is written once; items hold its position. */
export class ValueTable {
  /** Entries as written: nested values replaced by positions. */
  readonly values: unknown[] = [];
  private readonly byIdentity = new Map<unknown, number>();
  private readonly byJson = new Map<string, number>();

  ref(value: unknown): number {
    const known = this.byIdentity.get(value);
    if (known !== undefined) return known;
    // Every string is found again by identity (its content), and only a string serialises to a
    // JSON string: one not found is new, and needs no serialising.
    if (typeof value === 'string') {
      const id = this.values.push(value) - 1;
      this.byIdentity.set(value, id);
      return id;
    }
    let entry = value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (NESTED.some((k) => record[k] !== undefined)) {
        const copy: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(record))
          copy[k] = (NESTED as readonly string[]).includes(k) && v !== undefined ? this.ref(v) : v;
        entry = copy;
      }
    }
    const json = JSON.stringify(entry);
    let id = this.byJson.get(json);
    if (id === undefined) {
      id = this.values.push(entry) - 1;
      this.byJson.set(json, id);
    }
    // Shared objects (gazetteer entities) are found again without serialising.
    if (typeof value === 'object' && value !== null) this.byIdentity.set(value, id);
    return id;
  }
}

/** The table as written → the values (in place): nested positions become the values they name. */
export function decodeTable(entries: unknown[]): unknown[] {
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    const record = entry as Record<string, unknown>;
    for (const k of NESTED) if (typeof record[k] === 'number') record[k] = entries[record[k] as number];
  }
  return entries;
}

const STATEMENT_KEYS = new Set([
  'id',
  'docId',
  'speaker',
  'mention',
  'via',
  'kind',
  'quote',
  'continuation',
  'clause',
  'context',
  'sentence',
  'date',
  'dateBasis',
]);
const EVENT_KEYS = new Set([
  'id',
  'docId',
  'date',
  'expression',
  'expressionSpan',
  'excerpt',
  'sentence',
  'scheduled',
]);
const FIGURE_KEYS = new Set([
  'id',
  'docId',
  'category',
  'number',
  'counted',
  'partOf',
  'where',
  'period',
  'reporter',
  'excerpt',
  'sentence',
]);

const isInt = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** 31;

/** Exactly `{ start, end }` with integer offsets. */
function isBareSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    keys[0] === 'start' &&
    keys[1] === 'end' &&
    isInt((value as Span).start) &&
    isInt((value as Span).end)
  );
}

/** Only the known keys, each present (or absent) as the layout expects. */
function fits(item: object, keys: ReadonlySet<string>, docId: string): boolean {
  const record = item as Record<string, unknown>;
  for (const k of Object.keys(record)) if (!keys.has(k) && record[k] !== undefined) return false;
  return record.docId === docId && typeof record.id === 'string' && isInt(record.sentence);
}

function statementFits(s: Statement, docId: string): boolean {
  return (
    fits(s, STATEMENT_KEYS, docId) &&
    isBareSpan(s.quote) &&
    isBareSpan(s.context) &&
    s.speaker !== undefined &&
    (s.continuation === undefined || (Array.isArray(s.continuation) && s.continuation.every(isBareSpan))) &&
    (s.clause === undefined || (Array.isArray(s.clause) && s.clause.every(isBareSpan)))
  );
}

function eventFits(e: DatedEvent, docId: string): boolean {
  return (
    fits(e, EVENT_KEYS, docId) &&
    isBareSpan(e.expressionSpan) &&
    isBareSpan(e.excerpt) &&
    typeof e.scheduled === 'boolean'
  );
}

function figureFits(f: Figure, docId: string): boolean {
  return (
    fits(f, FIGURE_KEYS, docId) &&
    isBareSpan(f.excerpt) &&
    (f.partOf === undefined || typeof f.partOf === 'string')
  );
}

/** An id is written as what follows the document id (`#s3`, shared by many documents). */
function localId(id: string, docId: string, table: ValueTable): number {
  return table.ref(id.startsWith(docId) ? id.slice(docId.length) : { id });
}

function fullId(ref: number, docId: string, values: readonly unknown[]): string {
  const v = values[ref];
  return typeof v === 'string' ? docId + v : (v as { id: string }).id;
}

const ABSENT = -1;

export function encodeItems(docId: string, items: DocumentItems, table: ValueTable): EncodedItems {
  const v: number[] = [];
  const x: NonNullable<EncodedItems['x']> = {};
  const ref = (value: unknown) => (value === undefined ? ABSENT : table.ref(value));
  items.statements.forEach((s, i) => {
    if (!statementFits(s, docId)) {
      x.s ??= {};
      x.s[i] = s;
      return;
    }
    v.push(
      localId(s.id, docId, table),
      ref(s.speaker),
      ref(s.mention),
      ref(s.via),
      ref(s.kind),
      s.quote.start,
      s.quote.end,
    );
    if (s.continuation === undefined) v.push(ABSENT);
    else {
      v.push(s.continuation.length);
      for (const c of s.continuation) v.push(c.start, c.end);
    }
    if (s.clause === undefined) v.push(ABSENT);
    else {
      v.push(s.clause.length);
      for (const c of s.clause) v.push(c.start, c.end);
    }
    v.push(s.context.start, s.context.end, s.sentence, ref(s.date), ref(s.dateBasis));
  });
  items.events.forEach((e, i) => {
    if (!eventFits(e, docId)) {
      x.e ??= {};
      x.e[i] = e;
      return;
    }
    v.push(
      localId(e.id, docId, table),
      ref(e.date),
      ref(e.expression),
      e.expressionSpan.start,
      e.expressionSpan.end,
      e.excerpt.start,
      e.excerpt.end,
      e.sentence,
      e.scheduled ? 1 : 0,
    );
  });
  items.figures.forEach((f, i) => {
    if (!figureFits(f, docId)) {
      x.f ??= {};
      x.f[i] = f;
      return;
    }
    v.push(
      localId(f.id, docId, table),
      ref(f.category),
      ref(f.number),
      ref(f.counted),
      f.partOf === undefined ? ABSENT : localId(f.partOf, docId, table),
      ref(f.where),
      ref(f.period),
      ref(f.reporter),
      f.excerpt.start,
      f.excerpt.end,
      f.sentence,
    );
  });
  const encoded: EncodedItems = {
    n: [items.statements.length, items.events.length, items.figures.length],
    v,
  };
  if (x.s || x.e || x.f) encoded.x = x;
  return encoded;
}

export function decodeItems(docId: string, encoded: EncodedItems, values: readonly unknown[]): DocumentItems {
  const { n, v } = encoded;
  if (!Array.isArray(n) || !Array.isArray(v)) throw new Error('not an items record');
  const x = encoded.x ?? {};
  let at = 0;
  const next = () => {
    if (at >= v.length) throw new Error('items record cut short');
    return v[at++]!;
  };
  const val = (ref: number) => values[ref];
  const statements: Statement[] = [];
  for (let i = 0; i < n[0]; i++) {
    const odd = x.s?.[i];
    if (odd) {
      statements.push(odd);
      continue;
    }
    const id = fullId(next(), docId, values);
    const speaker = val(next()) as Statement['speaker'];
    const mention = val(next()) as string;
    const viaRef = next();
    const kind = val(next()) as Statement['kind'];
    const quote = { start: next(), end: next() };
    const count = next();
    let continuation: Span[] | undefined;
    if (count !== ABSENT) {
      continuation = [];
      for (let c = 0; c < count; c++) continuation.push({ start: next(), end: next() });
    }
    const clauseCount = next();
    let clause: Span[] | undefined;
    if (clauseCount !== ABSENT) {
      clause = [];
      for (let c = 0; c < clauseCount; c++) clause.push({ start: next(), end: next() });
    }
    const context = { start: next(), end: next() };
    const sentence = next();
    const date = val(next()) as Statement['date'];
    const dateBasis = val(next()) as string;
    const s: Statement = { id, docId, speaker, mention, kind, quote, context, sentence, date, dateBasis };
    if (viaRef !== ABSENT) s.via = val(viaRef) as Statement['speaker'];
    if (continuation) s.continuation = continuation;
    if (clause) s.clause = clause;
    statements.push(s);
  }
  const events: DatedEvent[] = [];
  for (let i = 0; i < n[1]; i++) {
    const odd = x.e?.[i];
    if (odd) {
      events.push(odd);
      continue;
    }
    events.push({
      id: fullId(next(), docId, values),
      docId,
      date: val(next()) as DatedEvent['date'],
      expression: val(next()) as string,
      expressionSpan: { start: next(), end: next() },
      excerpt: { start: next(), end: next() },
      sentence: next(),
      scheduled: next() === 1,
    });
  }
  const figures: Figure[] = [];
  for (let i = 0; i < n[2]; i++) {
    const odd = x.f?.[i];
    if (odd) {
      figures.push(odd);
      continue;
    }
    const id = fullId(next(), docId, values);
    const category = val(next()) as Figure['category'];
    const number = val(next()) as Figure['number'];
    const counted = val(next()) as string | null;
    const partOfRef = next();
    const f: Figure = {
      id,
      docId,
      category,
      number,
      counted,
      where: val(next()) as string | null,
      period: val(next()) as Figure['period'],
      reporter: val(next()) as Figure['reporter'],
      excerpt: { start: next(), end: next() },
      sentence: next(),
    };
    if (partOfRef !== ABSENT) f.partOf = fullId(partOfRef, docId, values);
    figures.push(f);
  }
  if (at !== v.length) throw new Error('items record longer than its counts');
  return { statements, events, figures };
}

/**
 * Replaces the values of the given keys, wherever they occur in a JSON tree, by table positions
 * (in place of the value, so key order is kept): for records read only on re-extraction, whose
 * JSON is compared as it is.
 */
export function internKeys(value: unknown, keys: ReadonlySet<string>, table: ValueTable): unknown {
  if (Array.isArray(value)) return value.map((v) => internKeys(v, keys, table));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = keys.has(k) ? table.ref(v) : internKeys(v, keys, table);
  }
  return out;
}

/** Undoes internKeys on a freshly parsed tree (in place), given the decoded table. */
export function resolveKeys(value: unknown, keys: ReadonlySet<string>, values: readonly unknown[]): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = resolveKeys(value[i], keys, values);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    record[k] = keys.has(k) ? values[record[k] as number] : resolveKeys(record[k], keys, values);
  }
  return record;
}

/**
 * A binary block: [u32 header length][header JSON][pad to 4][u32 arrays, one after another].
 * The header carries a tag (what the block is, for which corpus state) and whatever gives the
 * arrays' lengths, so a block is read back only whole and only under the tag it was written with.
 */
function encodeBlock(header: object, arrays: readonly Uint32Array[]): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const start = 4 + json.length + padTo4(4 + json.length);
  const out = Buffer.alloc(start + arrays.reduce((n, a) => n + a.byteLength, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  return out;
}

const padTo4 = (n: number) => (4 - (n % 4)) % 4;

/**
 * The header and arrays of a block written with this tag; `lengths` says, from the header, how
 * long each array is (null when the header is not one it knows). Null when the bytes are not
 * exactly such a block.
 */
function decodeBlock<H extends { tag?: unknown }>(
  bytes: Buffer,
  tag: string,
  lengths: (header: H) => number[] | null,
): { header: H; arrays: Uint32Array[] } | null {
  if (bytes.length < 4) return null;
  const headerLength = bytes.readUInt32LE(0);
  if (4 + headerLength > bytes.length) return null;
  let header: H;
  try {
    header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || header.tag !== tag) return null;
  const counts = lengths(header);
  if (!counts) return null;
  let at = 4 + headerLength + padTo4(4 + headerLength);
  if (bytes.length !== at + counts.reduce((n, c) => n + c * 4, 0)) return null;
  // Copied into fresh aligned arrays (a Buffer from readFile may sit at any byte offset of a pool).
  return {
    header,
    arrays: counts.map((count) => {
      const array = new Uint32Array(count);
      Buffer.from(array.buffer).set(bytes.subarray(at, at + count * 4));
      at += count * 4;
      return array;
    }),
  };
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A word index as one block: the terms in the header, then offsets and postings. */
export function encodeTermIndex(parts: TermIndexParts, tag: string): Buffer {
  const header = { tag, items: parts.items, terms: parts.terms, postings: parts.postings.length };
  return encodeBlock(header, [parts.offsets, parts.postings]);
}

/** Reads what encodeTermIndex wrote; null when the bytes are not a whole index with this tag. */
export function decodeTermIndex(bytes: Buffer, tag: string): TermIndexParts | null {
  type Header = { tag?: unknown; items?: unknown; terms?: unknown; postings?: unknown };
  const block = decodeBlock<Header>(bytes, tag, (h) =>
    Array.isArray(h.terms) && isCount(h.postings) ? [h.terms.length + 1, h.postings] : null,
  );
  if (!block) return null;
  const [offsets, postings] = block.arrays as [Uint32Array, Uint32Array];
  const terms = block.header.terms as string[];
  if (offsets[terms.length] !== postings.length) return null;
  return { terms, items: block.header.items as number, offsets, postings };
}

/** A list of numbers, one per item, as one block. */
export function encodeNumbers(numbers: Uint32Array, tag: string): Buffer {
  return encodeBlock({ tag, count: numbers.length }, [numbers]);
}

/** Reads what encodeNumbers wrote; null when the bytes are not a whole list with this tag. */
export function decodeNumbers(bytes: Buffer, tag: string): Uint32Array | null {
  const block = decodeBlock<{ tag?: unknown; count?: unknown }>(bytes, tag, (h) =>
    isCount(h.count) ? [h.count] : null,
  );
  return block ? block.arrays[0]! : null;
}

/** The speaker merge's changes as one block: the entities in the header, then the triples. */
export function encodeSpeakerMerges(merges: SpeakerMerges, tag: string): Buffer {
  return encodeBlock({ tag, entities: merges.entities, changes: merges.changes.length }, [merges.changes]);
}

/** Reads what encodeSpeakerMerges wrote; null when the bytes are not a whole record with this tag. */
export function decodeSpeakerMerges(bytes: Buffer, tag: string): SpeakerMerges | null {
  type Header = { tag?: unknown; entities?: unknown; changes?: unknown };
  const block = decodeBlock<Header>(bytes, tag, (h) =>
    Array.isArray(h.entities) && isCount(h.changes) ? [h.changes] : null,
  );
  if (!block) return null;
  const entities = block.header.entities as unknown[];
  const isEntity = (e: unknown) =>
    typeof e === 'object' && e !== null && typeof (e as Entity).id === 'string';
  if (!entities.every(isEntity)) return null;
  return { entities: entities as Entity[], changes: block.arrays[0]! };
}
