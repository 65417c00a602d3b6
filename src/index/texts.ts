/**
 * Document texts read on demand. Answers only need a document's text to slice the excerpts they
 * show (a few dozen documents per answer), so start-up reads none and a small LRU keeps the
 * recently cited ones. A text read later must be the text that was indexed, or its offsets
 * would cut the wrong words: the file's bytes are checked against the sha256 taken at indexing,
 * and a changed or vanished file is an error (the live holder reloads the corpus on changes),
 * never a silently shifted excerpt.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { isPageFile } from '../corpus/pageFiles.ts';
import type { CorpusDocument } from '../corpus/types.ts';

/** A document without its text. */
export type DocumentHead = Omit<CorpusDocument, 'text'>;

/** A saved page's text from its bytes (corpus/html's pageText). */
export type PageTextReader = (bytes: Uint8Array) => string;

export class DocumentChangedError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file} ${detail} since the corpus was indexed; the knowledge base must be reloaded`);
    this.name = 'DocumentChangedError';
  }
}

/**
 * Characters of text kept (about a byte each for the mostly-ASCII texts of news articles): a
 * timeline page cites up to a thousand documents, so this holds the whole of a 10,000-article
 * corpus once read, and the recent part of a bigger one.
 */
export const DEFAULT_TEXT_CACHE = 64 * 1024 * 1024;

export class DocumentTexts {
  private readonly recent: LRUCache<string, string>;
  /** Texts read from disk so far (for tests and the bench). */
  reads = 0;

  /**
   * `capacity`: characters of text kept, most recently read or cited first. `pageText` reads
   * saved pages; it is passed in rather than imported because the page reader is a heavy import
   * that a corpus of plain text files answered from the persisted index never needs.
   */
  constructor(
    private readonly corpusDir: string,
    private readonly capacity = DEFAULT_TEXT_CACHE,
    private readonly pageText: PageTextReader | null = null,
  ) {
    // An empty text still takes a place: lru-cache sizes must be positive.
    this.recent = new LRUCache({ maxSize: capacity, sizeCalculation: (text) => Math.max(1, text.length) });
  }

  /** Characters of text held. */
  private get held(): number {
    return this.recent.calculatedSize;
  }

  /** A text longer than the whole capacity is read each time it is asked for, never kept. */
  text(head: DocumentHead): string {
    const cached = this.recent.get(head.id);
    if (cached !== undefined) return cached;
    const text = this.readVerified(head);
    this.recent.set(head.id, text);
    return text;
  }

  /**
   * Keeps a text just read and checked by the corpus loader (an ingest), while there is room:
   * the first answers after extracting read no file.
   */
  keep(id: string, text: string): void {
    if (this.recent.has(id) || this.held + text.length > this.capacity) return;
    this.recent.set(id, text);
  }

  /**
   * Reads texts in the background, one file at a time, until the cache is full: the first
   * answers after a start from the persisted index then read no file either. Each text is
   * checked as an answer's read would be; a changed file is skipped here and reported when an
   * answer cites it. Resolves with how many texts were read.
   */
  async warm(heads: readonly DocumentHead[]): Promise<number> {
    let read = 0;
    for (const head of heads) {
      if (this.recent.has(head.id)) continue;
      let bytes: Buffer;
      try {
        bytes = await readFile(join(this.corpusDir, head.file));
      } catch {
        continue;
      }
      if (this.held + bytes.length > this.capacity) break;
      if (this.recent.has(head.id) || createHash('sha256').update(bytes).digest('hex') !== head.sha256)
        continue;
      this.keep(head.id, this.decode(head.file, bytes));
      read++;
    }
    return read;
  }

  /** One buffer reused for every read (answers read one text at a time). */
  private buffer = Buffer.allocUnsafe(1 << 16);

  private readVerified(head: DocumentHead): string {
    let length: number;
    try {
      length = this.readWhole(join(this.corpusDir, head.file));
    } catch (error) {
      throw new DocumentChangedError(
        head.file,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    this.reads++;
    const bytes = this.buffer.subarray(0, length);
    if (createHash('sha256').update(bytes).digest('hex') !== head.sha256)
      throw new DocumentChangedError(head.file, 'has changed');
    return this.decode(head.file, bytes);
  }

  /**
   * The very bytes that decoded as UTF-8 when indexed: no need to validate them again. A saved
   * page's text is its extracted text, so it is extracted again (the same bytes give the same text).
   */
  private decode(file: string, bytes: Buffer): string {
    if (isPageFile(file)) {
      if (!this.pageText)
        throw new Error(`${file} is a saved page, and these texts were given no page reader`);
      return this.pageText(bytes);
    }
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', bom);
  }

  /** Reads a file into the shared buffer (open, read, close: no stat), growing it as needed. */
  private readWhole(path: string): number {
    const fd = openSync(path, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(bigger);
          this.buffer = bigger;
        }
        const n = readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (n === 0) return length;
        length += n;
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** A CorpusDocument whose `text` is read through `texts` when asked for. */
export function lazyDocument(head: DocumentHead, texts: DocumentTexts): CorpusDocument {
  return {
    ...head,
    get text() {
      return texts.text(head);
    },
  };
}

/** The document without its text (without reading a lazy one's text). */
export function headOf(doc: CorpusDocument): DocumentHead {
  const head: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== 'text') head[key] = doc[key as keyof CorpusDocument];
  return head as DocumentHead;
}
