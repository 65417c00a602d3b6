import type { Logger } from '../log.ts';

/** A repeat closer than this is the same request delivered twice (to a process group and by a parent, say). */
const DUPLICATE_WINDOW_MS = 500;

/**
 * Stops gracefully on SIGTERM or SIGINT (or on stopNow, e.g. when the ShardingManager went away),
 * then exits 0, or 1 if stopping failed. The same signal again, later than half a second, exits at
 * once (Ctrl-C twice). Other repeats are ignored: Ctrl-C in a terminal sends SIGINT to the manager
 * and its shards alike, the manager then SIGTERMs each shard, and `timeout` or a supervisor may
 * signal both the process and its group; none of that must cut a shard's drain short.
 */
export function exitGracefullyOnSignals(
  logger: Logger,
  stop: () => Promise<void>,
): { stopNow(reason: string): void } {
  let first: { signal: NodeJS.Signals; at: number } | undefined;
  let stopping = false;

  const begin = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping: finishing answers in flight');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping && first?.signal === signal && Date.now() - first.at > DUPLICATE_WINDOW_MS) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    first ??= { signal, at: Date.now() };
    begin(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { stopNow: begin };
}
