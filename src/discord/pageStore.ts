import { randomBytes } from 'node:crypto';
import type { MessagePayload } from '../render/payload.ts';

export interface StoredPages {
  pages: readonly MessagePayload[];
  /** Who ran the command: only they turn the pages, so one reader cannot flip everyone's view. */
  ownerId: string;
  expiresAt: number;
}

export interface PageStoreOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Multi-page replies kept in memory for their Previous/Next buttons. Entries expire after a TTL
 * and the oldest are dropped past a size bound, so memory stays flat however busy the bot is.
 * A restart forgets everything; the buttons then answer "expired".
 */
export class PageStore {
  private readonly entries = new Map<string, StoredPages>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: PageStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.now = options.now ?? Date.now;
  }

  /** A fresh key in the alphabet parsePageButtonId accepts. */
  newKey(): string {
    return randomBytes(9).toString('base64url');
  }

  put(key: string, pages: readonly MessagePayload[], ownerId: string): void {
    this.entries.delete(key);
    this.entries.set(key, { pages, ownerId, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): StoredPages | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
