import { LRUCache } from 'lru-cache';

/** Users on cooldown at once, at most; past it the least recently started cooldown is forgotten. */
const MAX_COOLING = 100_000;

/** Per-user, per-command cooldowns for expensive commands, kept in memory; each entry expires with its cooldown. */
export class Cooldowns {
  private readonly until: LRUCache<string, number>;

  constructor(private readonly now: () => number = Date.now) {
    this.until = new LRUCache({ max: MAX_COOLING, perf: { now } });
  }

  /** When the user may run the command again, or undefined when they may now. */
  blockedUntil(command: string, userId: string): number | undefined {
    const until = this.until.get(`${command}:${userId}`);
    return until !== undefined && until > this.now() ? until : undefined;
  }

  start(command: string, userId: string, seconds: number): void {
    this.until.set(`${command}:${userId}`, this.now() + seconds * 1000, { ttl: seconds * 1000 });
  }

  /** A rejected input should not cost the user their turn. */
  cancel(command: string, userId: string): void {
    this.until.delete(`${command}:${userId}`);
  }
}
