// Placeholder registry: the lead is writing the real commands (who-said, timeline, casualties, sources).
import type { CommandDefinition } from '../src/command.ts';

export const commands: readonly CommandDefinition[] = [];

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}
