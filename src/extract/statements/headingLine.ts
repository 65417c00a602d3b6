import { affiliationFromWords, affiliationOf } from '../entities/affiliations.ts';
import type { Span, Statement } from '../types.ts';

/**
 * A headline, deck or post title that names a speaker ("Pashinyan: …", "…, State Department
 * says") is the outlet's telling of what was said, often a paraphrase of the body: its statement
 * is marked as the headline's, so that answers show it as the outlet's words. Some headings that
 * name someone tell nothing said, and give no statement:
 * - a question ("Pashinyan: will Armenia leave the CSTO?"), which asks;
 * - a news outlet as the source ("Reuters: …", "… - TASS"): one outlet citing another's
 *   reporting, which the body tells with its own attribution.
 */
export function asHeadlineStatement(text: string, statement: Statement): Statement | null {
  if (lineOf(text, statement.context).includes('?')) return null;
  if (namesOutlet(statement)) return null;
  return { ...statement, line: 'headline' };
}

/** The whole heading line: "Will Armenia leave? Pashinyan says it might" asks, though its second sentence does not. */
function lineOf(text: string, span: Span): string {
  const end = text.indexOf('\n', span.end);
  return text.slice(text.lastIndexOf('\n', span.start - 1) + 1, end < 0 ? text.length : end);
}

function namesOutlet(statement: Statement): boolean {
  const { mention, speaker } = statement;
  if (affiliationFromWords(mention) === 'media') return true;
  // A reporter speaking is a person, not an outlet: only a body is an outlet.
  return speaker.kind !== 'person' && affiliationOf(speaker, mention) === 'media';
}
