import { parseFeed } from '@rowanmanning/feed-parser';
import { type AddOptions, type AddOutcome, addFromAddress } from '../add/addPage.ts';
import { FetchFailure, type FetchOptions, fetchDocument } from '../fetch/fetchPage.ts';
import type { Logger } from '../log.ts';
import { type FeedSource, readFeedList } from './feedList.ts';

export { parseInterval } from './interval.ts';

import { backOffMs, emptyState, type FeedState, readStates, writeStates } from './state.ts';

/**
 * One round over the corpus folder's feeds: each feed is asked with its validators (ETag,
 * Last-Modified); new items whose title or summary match the feed's words are added like
 * `npm run add`. A feed that fails is asked again only after a growing pause. Each feed asked
 * gives one log line with its counts.
 */

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
] as const;

export interface PollOptions {
  corpusDir: string;
  logger: Logger;
  /** Options for fetching feeds and pages (address policy, limits, a test resolver). */
  fetch?: FetchOptions;
  known: AddOptions['known'];
  now?: () => Date;
}

export interface FeedRound {
  feed: string;
  status: 'fetched' | 'not-modified' | 'backing-off' | 'failed';
  items: number;
  matched: number;
  added: number;
  duplicates: number;
  refused: number;
  addedFiles: string[];
}

/** Failures worth asking about again next round: the site, not the page, was the problem. */
const PASSING = new Set(['timeout', 'no-answer']);

function handled(outcome: AddOutcome): boolean {
  return outcome.outcome !== 'refused' || !PASSING.has(outcome.kind);
}

async function pollOne(feed: FeedSource, state: FeedState, options: PollOptions): Promise<FeedRound> {
  const now = (options.now ?? (() => new Date()))();
  const round: FeedRound = {
    feed: feed.url,
    status: 'fetched',
    items: 0,
    matched: 0,
    added: 0,
    duplicates: 0,
    refused: 0,
    addedFiles: [],
  };
  if (state.retryAfter && Date.parse(state.retryAfter) > now.getTime())
    return { ...round, status: 'backing-off' };
  const headers: Record<string, string> = {};
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  let items;
  try {
    const fetched = await fetchDocument(feed.url, { ...options.fetch, accept: FEED_TYPES, headers });
    if (fetched.status === 304) {
      state.failures = 0;
      delete state.retryAfter;
      return { ...round, status: 'not-modified' };
    }
    items = parseFeed(fetched.bytes.toString('utf8')).items;
    const etag = fetched.headers.etag;
    const lastModified = fetched.headers['last-modified'];
    if (etag) state.etag = etag;
    else delete state.etag;
    if (lastModified) state.lastModified = lastModified;
    else delete state.lastModified;
  } catch (error) {
    state.failures++;
    state.retryAfter = new Date(now.getTime() + backOffMs(state.failures)).toISOString();
    state.lastError =
      error instanceof FetchFailure ? error.message : `not a feed (${(error as Error).message})`;
    return { ...round, status: 'failed' };
  }
  state.failures = 0;
  delete state.retryAfter;
  delete state.lastError;
  round.items = items.length;
  const seen = new Set(state.seen);
  for (const item of items) {
    if (!item.url || !/^https?:\/\//i.test(item.url)) continue;
    const words = `${item.title ?? ''}\n${item.description ?? ''}`;
    if (feed.match && !feed.match.test(words)) continue;
    round.matched++;
    if (seen.has(item.url)) continue;
    const outcome = await addFromAddress(item.url, {
      corpusDir: options.corpusDir,
      known: options.known,
      addedBy: `feed ${feed.url}`,
      fetch: options.fetch,
      now: options.now,
    });
    if (outcome.outcome === 'added') {
      round.added++;
      round.addedFiles.push(outcome.file);
    } else if (outcome.outcome === 'duplicate') round.duplicates++;
    else round.refused++;
    if (handled(outcome)) {
      seen.add(item.url);
      state.seen.push(item.url);
    }
  }
  return round;
}

export async function pollFeeds(options: PollOptions): Promise<FeedRound[]> {
  const list = readFeedList(options.corpusDir);
  for (const problem of list.problems) options.logger.warn({ problem }, 'feeds.json');
  if (list.feeds.length === 0) return [];
  const states = readStates(options.corpusDir);
  const rounds: FeedRound[] = [];
  for (const feed of list.feeds) {
    const state = (states[feed.url] ??= emptyState());
    const started = Date.now();
    const round = await pollOne(feed, state, options);
    rounds.push(round);
    const { addedFiles: _files, ...counts } = round;
    const fields = {
      ...counts,
      ms: Date.now() - started,
      ...(round.status === 'failed' && {
        error: state.lastError,
        failures: state.failures,
        retryAfter: state.retryAfter,
      }),
      ...(round.status === 'backing-off' && { retryAfter: state.retryAfter }),
    };
    if (round.status === 'failed') options.logger.warn(fields, 'feed fetch failed');
    else options.logger.info(fields, 'feed fetched');
  }
  writeStates(options.corpusDir, states);
  return rounds;
}

/** Polls every `intervalMs` (the first round right away); rounds never overlap. Returns a stop function. */
export function schedulePolling(intervalMs: number, options: PollOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const round = async () => {
    try {
      await pollFeeds(options);
    } catch (error) {
      options.logger.error({ err: error }, 'feed round failed');
    }
    if (!stopped) timer = setTimeout(() => void round(), intervalMs);
  };
  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
