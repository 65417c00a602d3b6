import { type FSWatcher, watch } from 'node:fs';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { type LoadOptions, loadKnowledgeBase } from './load.ts';

export interface LiveOptions extends LoadOptions {
  /** Watch the corpus folder and reload after changes (default true). */
  watch?: boolean;
  /** Quiet time after the last change before reloading (default 500 ms). */
  debounceMs?: number;
  /** Called after each successful swap. */
  onReload?: (kb: KnowledgeBase) => void;
  /** Called when a reload fails; the previous knowledge base stays in use. */
  onReloadError?: (error: unknown) => void;
  /** How a knowledge base is built (tests substitute a counter); default loadKnowledgeBase. */
  load?: (options: LoadOptions) => Promise<KnowledgeBase>;
}

/**
 * Holds the knowledge base the answers read. `current()` is what a new question should use;
 * a reload builds a whole new knowledge base and swaps it in with one assignment, so a question
 * already being answered keeps the one it started with, and no question sees a half-built one.
 * Reloads never overlap: asking again while one runs queues one more, which sees every change.
 */
export class LiveKnowledgeBase {
  private kb: KnowledgeBase;
  private queued: Promise<KnowledgeBase> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(first: KnowledgeBase, private readonly options: LiveOptions) {
    this.kb = first;
  }

  static async open(options: LiveOptions): Promise<LiveKnowledgeBase> {
    const load = options.load ?? loadKnowledgeBase;
    const live = new LiveKnowledgeBase(await load(options), options);
    if (options.watch ?? true) live.startWatching();
    return live;
  }

  current(): KnowledgeBase {
    return this.kb;
  }

  /** Rebuilds from the corpus (and cache) and swaps; rejects, keeping the old one, on failure. */
  reload(): Promise<KnowledgeBase> {
    if (this.queued) return this.queued;
    const next = this.chain.then(() => {
      this.queued = null; // changes from now on need another build
      return this.build();
    });
    this.queued = next;
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async build(): Promise<KnowledgeBase> {
    const load = this.options.load ?? loadKnowledgeBase;
    try {
      const kb = await load(this.options);
      if (!this.closed) {
        this.kb = kb;
        this.options.onReload?.(kb);
      }
      return kb;
    } catch (error) {
      this.options.onReloadError?.(error);
      throw error;
    }
  }

  private startWatching(): void {
    const onChange = (_event: string, file: string | Buffer | null) => {
      const name = String(file ?? '');
      if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) return; // editor swap files, caches
      this.schedule();
    };
    try {
      this.watcher = watch(this.options.corpusDir, { recursive: true, persistent: false }, onChange);
    } catch {
      this.watcher = watch(this.options.corpusDir, { persistent: false }, onChange);
    }
    this.watcher.on('error', (error) => this.options.onReloadError?.(error));
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reload().catch(() => undefined); // reported through onReloadError
    }, this.options.debounceMs ?? 500);
  }

  /** Stops watching; the current knowledge base stays readable. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = null;
  }
}
