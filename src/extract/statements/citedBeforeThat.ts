import type { Entity, Statement } from '../types.ts';
import { relayedBy, sourceNamed } from './citedTail.ts';

/**
 * ", citing the Vietnamese embassy in Moscow, that |…", with a relative clause on the source
 * maybe (", which also covers Armenia,"): the source set between the saying verb and its clause.
 */
const CITED_BEFORE_THAT =
  /,\s+citing\s+([^,;:.!?"“”()\u2591]{3,80}?)(?:,\s+(?:which|who)\s+[^,;:.!?"“”()\u2591]{1,80})?,\s+that\s+$/u;

/** A source named by a capitalised name, or a group named by what it is ("local authorities"). */
const NAMED_SOURCE =
  /^(?!(?:its|his|her|their)\s)(?:the\s+)?(?:\p{Lu}|(?:\p{L}+\s+){0,2}(?:authorities|officials)$)/u;

/**
 * "The ministry said, citing the embassy, that …", "She added, citing the Vietnamese embassy in
 * Moscow, which also covers Armenia, that …": a person or body citing a source before its clause
 * relays it, so both speak the clause (CONVENTIONS 14); the press citing one is only the medium
 * (CONVENTIONS 15). As the tail form ("…, she noted, citing the registry") does, a source the
 * discourse cannot name, or a thing ("citing polls"), leaves the statement as it was.
 */
export function withCitedBeforeThat(
  text: string,
  statements: Statement[],
  resolve: (phrase: string) => Entity | null,
): Statement[] {
  if (!text.includes(', citing ')) return statements;
  return statements.flatMap((s) => {
    if (s.via || s.kind !== 'reported') return [s];
    const m = CITED_BEFORE_THAT.exec(text.slice(Math.max(0, s.quote.start - 240), s.quote.start));
    const cited = m?.[1]?.trim();
    if (!cited || !NAMED_SOURCE.test(cited)) return [s];
    // A statement of the source already read off this clause (an outlet's citing) stands.
    if (statements.some((o) => o !== s && o.quote.start === s.quote.start && o.via?.id === s.speaker.id))
      return [s];
    const source = sourceNamed(cited, s, resolve);
    return source ? relayedBy(s, source, cited) : [s];
  });
}
