/**
 * What the bot tells its operator's metrics about, as a port: the bot and the knowledge base's
 * hooks call it; prometheus.ts implements it with prom-client, and nothing else needs to know.
 */
import type { LoadStats } from '../index/load.ts';

export type InteractionKind = 'command' | 'autocomplete' | 'button';

interface InteractionDone {
  kind: InteractionKind;
  /** The registry's command name; `unknown` for a name the registry does not have. */
  command: string;
  /** `ok`, the answer's error kind (`bad-input`, `cooldown`, `expired`, …), `failed` or `refused`. */
  outcome: string;
  seconds: number;
}

export interface BotMetrics {
  interactionDone(done: InteractionDone): void;
  /** A load of the knowledge base (or, in a shard manager, of the persisted index) finished. */
  knowledgeLoaded(stats: LoadStats): void;
  reloaded(outcome: 'ok' | 'failed'): void;
}

export const NO_METRICS: BotMetrics = {
  interactionDone: () => {},
  knowledgeLoaded: () => {},
  reloaded: () => {},
};
