import type { Entity, Statement } from '../types.ts';
import { SPEAKER_NOUN } from './lexicon.ts';

/** ", citing the government's registry." or ", quoting the ministry" closing a reported clause. */
const CITED_TAIL = /,\s+(?:citing|quoting)\s+([^,;:.!?"“”()\u2591]{3,80}?)[\s.]*$/u;

/** "the government's registry", "the ministry's figures": the body whose record it is speaks. */
const RECORD_OF =
  /['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figures?|data|registry|register|statistics|count|tally|estimates?|records?|report|numbers?)$/i;

const CAPITAL_START = /^\p{Lu}/u;

/**
 * "Of the 101,000 arrivals, 30,000 were children, she noted, citing the government's registry":
 * the source cited at the end of a reported clause is no part of what was said; it said it, and the
 * speaker relays it (via). Only a source the discourse can name and a speaker noun: "citing polls" or
 * "citing internal documents" leave the statement as it was, its clause cut before the citation.
 */
export function withCitedTails(
  text: string,
  statements: Statement[],
  resolve: (phrase: string) => Entity | null,
): Statement[] {
  if (!text.includes(', citing ') && !text.includes(', quoting ')) return statements;
  return statements.map((s) => {
    if (s.kind !== 'reported' || s.via || s.continuation?.length) return s;
    const said = text.slice(s.quote.start, s.quote.end);
    const tail = CITED_TAIL.exec(said);
    if (!tail || tail.index === 0) return s;
    const quote = { start: s.quote.start, end: s.quote.start + tail.index };
    const cited = tail[1]!.trim();
    const body = cited.replace(RECORD_OF, '');
    const source = SPEAKER_NOUN.test(body) || CAPITAL_START.test(body) ? resolve(body) : null;
    if (!source || source.id === s.speaker.id || source.kind === 'place') return { ...s, quote };
    return { ...s, quote, speaker: source, via: s.speaker, mention: body };
  });
}
