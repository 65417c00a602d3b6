import { affiliationOf } from '../entities/affiliations.ts';
import type { Entity, Statement } from '../types.ts';
import { SPEAKER_NOUN } from './lexicon.ts';

/** What is cited: a noun phrase, a possessive ("Mustafayev's office") but no quotation mark in it. */
const CITED = String.raw`((?:[^,;:.!?"“”'‘’()]|(?<=\p{L})['’]s(?=\s)){3,80})`;

/** ", citing a source in the Russian Defence Ministry," right after the speaker's name. */
const CITING_AFTER = new RegExp(String.raw`^,\s+citing\s+${CITED},\s`, 'u');

const OWN_POSSESSIVE = /^(?:its|their)\s+(?:own\s+)?(?=\p{L})/iu;

/** Words naming the press as a whole or an outlet of it: "Azerbaijani media", "a pro-government daily". */
const MEDIA =
  /\b(?:media|press|newspapers?|dail(?:y|ies)|outlets?|news (?:agency|agencies|sites?|websites?)|channels?|websites?|TV|television|radio|broadcasters?)$/i;

/** An outlet named after its kind: "the state news agency Azertac", "the Azerbaijani news agency APA". */
const MEDIA_NAMED =
  /\b(?:news (?:agency|site|website|portal)|newspaper|daily|broadcaster|TV channel)\s+\p{Lu}[\p{L}\p{N}.-]*$/u;

/** A news site named by its address: "Sonxeber.az", "News.am", "Caliber.Az", "Pravda.ru". */
const SITE_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:az|am|ru|ge|kz|uz|ir|tr|ua|by|com|net|org|info|news)$/iu;

/**
 * "Azerbaijani media reported on Monday, citing sources in Baku, that …", "Sonxeber.az reports,
 * citing the ministry, that …": the verb between the press (or a site) and what it cites; the
 * press is the medium, the source the speaker (CONVENTIONS 15).
 */
// A relative clause may set the outlet off from its verb: "Azertac, which employed one of the dead, reports, citing …".
const MEDIA_CITING_AFTER_VERB = new RegExp(
  String.raw`^(?:,\s+(?:which|that)\s[^,;:.!?"“”()]{3,80},)?\s+(?:reported|reports|report|wrote|writes|said|says)(?:\s+(?:on|last|this|earlier|late|early)(?:\s+\p{L}+)?)?,\s+citing\s+${CITED},\s+that\s`,
  'u',
);

/**
 * The source a speaker's name cites right after it ("Trend reports, citing the ministry, that …"
 * gives "the ministry"), or undefined.
 */
export function citedSourceAfter(
  text: string,
  at: number,
  mention: string,
  speaker?: Entity,
): string | undefined {
  if (text.slice(at, at + mention.length) !== mention) return undefined;
  const after = text.slice(at + mention.length, at + mention.length + 140);
  if (!after.includes(', citing ')) return undefined;
  return (CITING_AFTER.exec(after) ??
    (MEDIA.test(mention) ||
    MEDIA_NAMED.test(mention) ||
    SITE_NAME.test(mention) ||
    (speaker && namedOutlet(speaker, mention))
      ? MEDIA_CITING_AFTER_VERB.exec(after)
      : null))?.[1]?.trim();
}

/** "Reuters reports, citing …": an outlet the gazetteer knows by name, not a person. */
function namedOutlet(speaker: Entity, mention: string): boolean {
  return speaker.kind !== 'person' && affiliationOf(speaker, mention) === 'media';
}

/**
 * "Interfax, citing a source in the Russian Defence Ministry, reported that …", "Reuters, citing
 * two officials, said …": the source the outlet cites said it, and the outlet relays it (via).
 * A cited thing that is no speaker ("citing internal documents", "citing polls") or a source the
 * discourse cannot name leaves the outlet as the speaker.
 */
export function withCitedSources(
  text: string,
  statements: Statement[],
  resolve: (phrase: string, at: number) => Entity | null,
): Statement[] {
  if (!text.includes(', citing ')) return statements;
  return statements.map((s) => {
    const at = text.indexOf(s.mention, s.context.start);
    if (at < 0 || at >= s.context.end || s.via) return s;
    // "Turan, citing its own sources, reported": the outlet's own sources are sources, not the outlet.
    const cited = citedSourceAfter(text, at, s.mention, s.speaker)?.replace(OWN_POSSESSIVE, '');
    const source = cited ? resolve(cited, at) : null;
    if (!source || source.id === s.speaker.id || source.kind === 'place') return s;
    if (source.id.startsWith('text:') && !SPEAKER_NOUN.test(cited!)) return s;
    return { ...s, speaker: source, via: s.speaker, mention: cited! };
  });
}
