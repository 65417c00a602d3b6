import type { Interaction } from 'discord.js';
import type { Answering } from '../answering.ts';
import type { InteractionKind } from '../metrics.ts';

/** How an interaction went, for the boundary's log line and the metrics. */
export interface Handled {
  /** `ok`, or the reply's error kind (`bad-input`, `cooldown`, `expired`, …). */
  outcome: string;
  /** More fields for the log line (pages shown, whether the answer was deferred). */
  details?: Record<string, unknown>;
}

/**
 * One kind of interaction. The error boundary gives it the interactions it `accepts`, and deals
 * with everything it throws: the handler answers the happy and the bad-input paths only.
 */
export interface InteractionHandler<I extends Interaction = Interaction> {
  readonly kind: InteractionKind;
  accepts(interaction: Interaction): interaction is I;
  /** The command name the metrics and the log count it under (`unknown` for one not in the registry). */
  commandOf(interaction: I): string;
  handle(interaction: I): Promise<Handled>;
}

/** A command's name as the metrics and the log count it: its own if the registry has it, else `unknown`. */
export function registeredCommandName(answering: Answering, commandName: string): string {
  return answering.findCommand(commandName) ? commandName : 'unknown';
}
