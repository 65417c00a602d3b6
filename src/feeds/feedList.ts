import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `feeds.json` in the corpus folder lists the news feeds to follow:
 *
 *   { "feeds": [ { "url": "https://example.org/rss", "match": "Karabakh|Artsakh|Lachin" } ] }
 *
 * `match` is optional: words separated by `|`, any of which must start a word of the item's
 * title or summary (case ignored; "Artsakh" matches "Artsakh's"). Words, not a regular
 * expression, so a feed list cannot make the bot spin on a pathological pattern.
 */
const FEEDS_FILE = 'feeds.json';

export interface FeedSource {
  url: string;
  /** null: every item of the feed. */
  match: RegExp | null;
  /** As written, for logs. */
  words: string | null;
}

export interface FeedList {
  feeds: FeedSource[];
  problems: string[];
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function wordFilter(words: string): RegExp | null {
  const list = words
    .split('|')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (list.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})`,
    'iu',
  );
}

export function parseFeedList(source: string): FeedList {
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { feeds: [], problems: [`${FEEDS_FILE} is not valid JSON (${(error as Error).message})`] };
  }
  const list = (json as { feeds?: unknown } | null)?.feeds;
  if (!Array.isArray(list))
    return { feeds: [], problems: [`${FEEDS_FILE} must be an object with a "feeds" list`] };
  const feeds: FeedSource[] = [];
  const problems: string[] = [];
  list.forEach((raw: unknown, i) => {
    const entry = raw as { url?: unknown; match?: unknown } | null;
    const url = typeof entry?.url === 'string' ? entry.url.trim() : '';
    if (!/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url)) {
      problems.push(`feed ${i + 1}: "url" must be an http(s) address; skipped`);
      return;
    }
    if (entry?.match !== undefined && typeof entry.match !== 'string') {
      problems.push(`feed ${i + 1} (${url}): "match" must be words separated by |; skipped`);
      return;
    }
    const words = typeof entry?.match === 'string' && entry.match.trim() ? entry.match.trim() : null;
    feeds.push({ url, words, match: words ? wordFilter(words) : null });
  });
  return { feeds, problems };
}

/** The corpus folder's feed list; no file means no feeds. */
export function readFeedList(corpusDir: string): FeedList {
  try {
    return parseFeedList(readFileSync(join(corpusDir, FEEDS_FILE), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      feeds: [],
      problems: code === 'ENOENT' ? [] : [`${FEEDS_FILE} cannot be read (${code ?? String(error)})`],
    };
  }
}
