/**
 * Runs work one piece per event-loop turn, in arrival order. Answers are computed on the thread
 * that reads the gateway: run back to back, a burst of them would hold back the next
 * interactions and the timers that defer late ones past Discord's 3 s. Between two pieces the
 * loop reads the socket, fires timers and sends requests.
 */
export class Turns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /**
   * `hold()` true: wait before the next piece. The bot holds while deferrals are on their way:
   * discord.js sends interaction callbacks one at a time, so answers computed meanwhile delay
   * the acknowledgements of the late interactions queued behind them.
   */
  constructor(private readonly hold: () => boolean = () => false) {}

  /** How many pieces wait for their turn. */
  get length(): number {
    return this.waiting.length;
  }

  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    const next = () => {
      if (this.hold()) {
        setTimeout(next, 1);
        return;
      }
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    };
    setImmediate(next);
  }
}
