import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../add/corpusWrite.ts';

/**
 * What the poller remembers per feed, in a hidden file beside feeds.json (the loader and the
 * watcher leave hidden files alone): the validators for conditional requests, the items already
 * handled, and the back-off after errors.
 */
const STATE_FILE = '.feeds-state.json';
/** Items remembered per feed: far more than a news feed lists at once. */
const MAX_SEEN = 1000;

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Item addresses already added, found to be duplicates, or refused for good. */
  seen: string[];
  failures: number;
  /** ISO time before which the feed is not asked again (after errors). */
  retryAfter?: string;
  lastError?: string;
}

export type FeedStates = Record<string, FeedState>;

export function readStates(corpusDir: string): FeedStates {
  try {
    const json: unknown = JSON.parse(readFileSync(join(corpusDir, STATE_FILE), 'utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as FeedStates) : {};
  } catch {
    return {}; // missing or damaged: every feed is asked afresh, and duplicates are still recognised
  }
}

export function writeStates(corpusDir: string, states: FeedStates): void {
  for (const state of Object.values(states))
    if (state.seen.length > MAX_SEEN) state.seen = state.seen.slice(-MAX_SEEN);
  writeFileAtomic(corpusDir, STATE_FILE, `${JSON.stringify(states, null, 2)}\n`);
}

export function emptyState(): FeedState {
  return { seen: [], failures: 0 };
}

/** 1, 2, 4 … minutes after consecutive errors, at most 6 hours. */
export function backOffMs(failures: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failures - 1), 6 * 3600_000);
}
