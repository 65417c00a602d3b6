import { readDateline } from './dateline.ts';
import type { DateParts } from './dateText.ts';
import { type HeaderStamp, readPrintLine } from './stampAnatomy.ts';

/**
 * A statement signed at its foot with a place and a date ("Yerevan, 20 September 2023"), the way
 * ministries and parliaments close their texts: the date the text bears, never an event.
 */
export interface ClosingDateLine {
  start: number;
  end: number;
  text: string;
  date: DateParts;
}

/** The last non-blank line, when it is a place and a date and nothing else. */
export function readClosingDateLine(text: string): ClosingDateLine | null {
  const trimmed = text.trimEnd();
  const start = Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1;
  if (start === 0) return null;
  const line = readDateline(trimmed, start);
  if (!line?.date || line.agency || line.end !== trimmed.length) return null;
  return { start: line.start, end: line.end, text: line.text, date: line.date };
}

/** The last non-blank line, when it is a clipping's print line ("(China Daily Global 11/27/2021 page 11)"). */
export function readClosingPrintLine(text: string): { line: string; stamp: HeaderStamp } | null {
  const trimmed = text.trimEnd();
  const line = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1).trim();
  const stamp = readPrintLine(line, trimmed);
  return stamp?.role === 'published' ? { line, stamp } : null;
}
