/** How a piece of metadata was obtained: read off the text, inferred from it, or given in a manifest. */
type Provenance = 'stated' | 'inferred' | 'manifest';

export interface Sourced<T> {
  value: T;
  how: Provenance;
  /** Where it came from, for /sources: "first line (headline)", "Published: line", "manifest.json". */
  why: string;
}

type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade';
export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** Where a date's year came from. `unknown` means the evidence did not pin one year. */
export type YearStatus = 'stated' | 'inferred' | 'unknown';

/**
 * A date at exactly the precision its source supports. `year` may be missing only when
 * `yearStatus` is `unknown`; `day` only with precision `day`; `month` with `day`/`month`.
 */
export interface SourceDate {
  precision: DatePrecision;
  year?: number;
  month?: number;
  day?: number;
  season?: Season;
  /** For decades: 1990 with part 'early' is "the early 1990s". */
  decadePart?: 'early' | 'mid' | 'late';
  /** Last day of a range such as "September 19-20" (same precision as the start). */
  end?: { year?: number; month?: number; day?: number };
  yearStatus: YearStatus;
  /** Why the year is what it is (shown by /sources and in timeline citations). */
  yearReason?: string;
}

export interface DocumentMeta {
  title: Sourced<string> | null;
  outlet: Sourced<string> | null;
  published: Sourced<SourceDate> | null;
  url: Sourced<string> | null;
  /** Who wrote it, where a saved page's metadata says so. */
  author?: Sourced<string> | null;
  /** Where and when the file was fetched, and by what (`npm run add`, a feed, /add-source), from the manifest. */
  fetched?: FetchRecord;
  /**
   * Where a dateline such as `WASHINGTON, September 20. /TASS/.` or `LONDON, Oct 3 (Reuters) -`
   * sits at the start of the body (offsets into the text), so extractors can leave it out of
   * the first sentence. Absent when the body has no dateline.
   */
  dateline?: { start: number; end: number };
}

export interface FetchRecord {
  /** The address asked for (after redirects, the page may name another as canonical). */
  from: string;
  /** ISO time the page was fetched. */
  at: string;
  /** "npm run add", "feed <url>", "/add-source by user <id> in server <id>". */
  by: string;
}

export interface CorpusDocument {
  /** Stable id: the file's path under the corpus folder, without extension, slashes as '/'. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** The file's exact text (UTF-8, BOM kept out of offsets only if present: it never is in seeds). */
  text: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** Short citation label: outlet and date where known, else a shortened title, else the file. */
  label: string;
  meta: DocumentMeta;
  /** Offset where the article body begins (after a headline and header lines). */
  bodyStart: number;
}

export interface LoadWarning {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  dir: string;
  documents: CorpusDocument[];
  warnings: LoadWarning[];
}
