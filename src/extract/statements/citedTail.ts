import { affiliationOf } from '../entities/affiliations.ts';
import type { Entity, Statement } from '../types.ts';
import { SPEAKER_NOUN } from './lexicon.ts';

/** ", citing the government's registry." or ", quoting the ministry" closing a reported clause. */
const CITED_TAIL = /,\s+(?:citing|quoting)\s+([^,;:.!?"“”()\u2591]{3,80}?)[\s.]*$/u;

/** "the government's registry", "the ministry's figures": the body whose record it is speaks. */
const RECORD_OF =
  /['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figures?|data|registry|register|statistics|count|tally|estimates?|records?|report|numbers?)$/i;

const CAPITAL_START = /^(?:the\s+)?\p{Lu}/u;

/**
 * "Of the 101,000 arrivals, 30,000 were children, she noted, citing the government's registry":
 * the source cited at the end of a reported clause is no part of what was said. A person or body
 * citing it relays it, so both speak (CONVENTIONS 14): the speaker's statement and the source's,
 * handed on by the speaker (via), the same words. The press citing a source is only the medium
 * (CONVENTIONS 15): the source's statement alone. Only a source the discourse can name and a
 * speaker noun: "citing polls" or "citing internal documents" leave the statement as it was, its
 * clause cut before the citation.
 */
export function withCitedTails(
  text: string,
  statements: Statement[],
  resolve: (phrase: string) => Entity | null,
): Statement[] {
  if (!text.includes(', citing ') && !text.includes(', quoting ')) return statements;
  return statements.flatMap((s) => {
    if (s.via) return [s];
    const said =
      s.kind === 'reported' && !s.continuation?.length ? text.slice(s.quote.start, s.quote.end) : '';
    const tail = CITED_TAIL.exec(said);
    if (tail && tail.index > 0) {
      const quote = { start: s.quote.start, end: s.quote.start + tail.index };
      const cited = tail[1]!.trim().replace(RECORD_OF, '');
      const source = sourceNamed(cited, s, resolve);
      return source ? relayedBy({ ...s, quote }, source, cited) : [{ ...s, quote }];
    }
    const after = citedAfterAttribution(text, s);
    const source = after ? sourceNamed(after, s, resolve) : null;
    // "…, the ministry said, citing its envoy": a source described, not named, is no one to credit;
    // "citing local authorities" names a group by what it is, as a gold names it (CONVENTIONS 5).
    const named =
      source &&
      (!source.id.startsWith('text:') ||
        (source.kind === 'person' && /^\p{Lu}\S*\s+\p{Lu}/u.test(source.name)) ||
        (after !== null &&
          /^(?!(?:its|his|her|their)\s)(?:the\s+)?(?:\p{L}+\s+){0,2}(?:authorities|officials)$/iu.test(
            after,
          )));
    return after && source && named ? relayedBy(s, source, after) : [s];
  });
}

export function sourceNamed(
  cited: string,
  s: Statement,
  resolve: (phrase: string) => Entity | null,
): Entity | null {
  const source = SPEAKER_NOUN.test(cited) || CAPITAL_START.test(cited) ? resolve(cited) : null;
  return !source || source.id === s.speaker.id || source.kind === 'place' ? null : source;
}

export function relayedBy(s: Statement, source: Entity, mention: string): Statement[] {
  const relayed = { ...s, speaker: source, via: s.speaker, mention };
  return isPress(s) ? [relayed] : [s, relayed];
}

/**
 * `“…,” said Dujarric, the spokesman, quoting the head of the mission, Karim Haddad.`, `…, she
 * noted, citing the ministry's figures.`: the statement's own attribution, then whom it cites, ending
 * the sentence. The source as named: a name set after its description is the name.
 */
const ATTRIBUTION_THEN_CITED =
  /^[”"’'»]?,?[”"’'»]?\s+([^;:"“”\u2591]{2,120}?),\s+(?:citing|quoting)\s+([^;:.!?"“”()]{3,80}?)[\s.]*$/u;

function citedAfterAttribution(text: string, s: Statement): string | null {
  const end = (s.continuation?.at(-1) ?? s.quote).end;
  if (end >= s.context.end || s.context.end - end > 240) return null;
  const m = ATTRIBUTION_THEN_CITED.exec(text.slice(end, s.context.end));
  if (!m || !m[1]!.includes(s.mention)) return null;
  const parts = m[2]!.trim().replace(RECORD_OF, '').split(/,\s+/);
  // "the head of the mission, Karim Haddad": the name; one more comma is some other clause.
  if (parts.length > 2) return null;
  const name = parts.at(-1)!;
  return parts.length === 2 && !/^\p{Lu}/u.test(name) ? null : name;
}

/** "the agency said, citing …" of a news agency, "Interfax reported, citing …": the press passing words on. */
function isPress(s: Statement): boolean {
  return (
    // "…,” the agency said, quoting …": an agency the text never names is most often the wire.
    (s.speaker.id === 'text:agency' && /^the agency$/i.test(s.mention)) ||
    (s.speaker.kind !== 'person' && affiliationOf(s.speaker, s.mention) === 'media') ||
    /\b(?:news(?:\s+agenc(?:y|ies))?|media|press|newspapers?|dail(?:y|ies)|TV|television|radio)$/i.test(
      s.mention,
    )
  );
}
