import type { CommandArgs, CommandDefinition } from '../command.ts';

export type ParsedLine =
  | { ok: true; command: CommandDefinition; args: CommandArgs }
  | { ok: false; problem: string };

/**
 * Reads a slash command as typed in Discord: `/timeline month:2023-09 about:cease fire`.
 * A value runs to the next `option:` of that command, so it may hold spaces; words before
 * the first option fill the command's positional option (`/timeline 2023-09`).
 */
export function parseLine(line: string, registry: readonly CommandDefinition[]): ParsedLine {
  const trimmed = line.trim();
  const m = /^\/?([\w-]+)\s*([\s\S]*)$/.exec(trimmed);
  const names = registry.map((c) => `/${c.name}`).join(', ');
  if (!m) return { ok: false, problem: `Type a command such as /timeline 2023-09. Commands: ${names}.` };
  const command = registry.find((c) => c.name === m[1]!.toLowerCase());
  if (!command) return { ok: false, problem: `There is no command /${m[1]}. Commands: ${names}.` };
  const rest = m[2]!;
  const optionNames = command.options.map((o) => o.name);
  const marker = new RegExp(`(?:^|\\s)(${optionNames.map(escapeRegExp).join('|') || '(?!)'}):`, 'g');
  const marks = [...rest.matchAll(marker)];
  const args: Record<string, string> = {};
  const leading = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  if (leading) {
    const unknownOption = /^([\w-]+):/.exec(leading);
    if (unknownOption && !optionNames.includes(unknownOption[1]!)) {
      const takes = optionNames.length ? optionNames.map((n) => `${n}:`).join(', ') : 'no options';
      return {
        ok: false,
        problem: `/${command.name} has no option ${unknownOption[1]}:. It takes ${takes}.`,
      };
    }
    if (!command.positional)
      return {
        ok: false,
        problem: `/${command.name} takes no bare words; use ${optionNames.map((n) => `${n}:`).join(', ') || 'no options'}.`,
      };
    args[command.positional] = leading;
  }
  marks.forEach((mark, i) => {
    const start = mark.index! + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    args[mark[1]!] = rest.slice(start, end).trim();
  });
  return { ok: true, command, args };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
