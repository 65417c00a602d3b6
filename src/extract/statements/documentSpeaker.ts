import type { Statement } from '../types.ts';

/** Nouns of a written text that speaks for its author ("the statement said", "the website quoted"). */
const DOCUMENT_HEAD = /^(?:statements?|protocols?|texts?|websites?|communiqu[eé]s?|releases?)$/i;

/**
 * "According to a statement released by the office of …", "the protocol signed by Mustafayev and
 * Grigoryan says", "the presidential website quoted Raisi as saying": a speaker named as the
 * document itself is one whose author the reader did not find, and the author is who spoke (or
 * someone the document quotes). Who that is is unsure, so the statement keeps no speaker. A decree
 * is its signer's act and is named as the text names it (its gold speaker), so it is not one of these.
 */
export function spokenByADocument(s: Statement): boolean {
  if (!s.speaker.id.startsWith('text:')) return false;
  const head = s.speaker.name.trim().split(/\s+(?:of|by|from|released|signed|issued|published)\s+/i)[0]!;
  return DOCUMENT_HEAD.test(head.split(/\s+/).at(-1) ?? '');
}
