/** Per-user, per-command cooldowns for expensive commands, kept in memory. */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** When the user may run the command again, or undefined when they may now. */
  blockedUntil(command: string, userId: string): number | undefined {
    const until = this.until.get(`${command}:${userId}`);
    return until !== undefined && until > this.now() ? until : undefined;
  }

  start(command: string, userId: string, seconds: number): void {
    if (this.until.size > 10_000) this.dropExpired();
    this.until.set(`${command}:${userId}`, this.now() + seconds * 1000);
  }

  /** A rejected input should not cost the user their turn. */
  cancel(command: string, userId: string): void {
    this.until.delete(`${command}:${userId}`);
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}
