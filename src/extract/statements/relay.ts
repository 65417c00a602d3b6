import type { Entity, Span } from '../types.ts';
import { type Discourse, type ResolvedSpeaker, resolveSpeaker } from './discourse.ts';
import { COMMUNICATION_VERB, LEADING_CONNECTIVE, passiveBefore } from './lexicon.ts';

/**
 * A relay is a statement whose speaker reports what someone else said or did: "Miller said
 * that Blinken spoke to Pashinyan to express …", "'The Secretary urged …,' the statement
 * read". The modelling: speaker = the one whose words or acts the content reports (Blinken),
 * via = the one relaying them (Miller, or the author of the statement being quoted).
 * Only bodies, documents and spokespeople relay; a person speaking for themselves who
 * mentions someone else ("Pashinyan said that Aliyev told him …") stays the speaker.
 */

const RELAYER_ROLE =
  /spokes|press|representative|adviser|advisor|aide|office|service|secretary(?! of state)|ministry/i;

export function canRelay(outer: ResolvedSpeaker): boolean {
  const e = outer.entity;
  return (
    outer.viaDocument ||
    e.kind === 'organisation' ||
    e.kind === 'government' ||
    RELAYER_ROLE.test(e.role ?? '') ||
    (e.kind !== 'person' && RELAYER_ROLE.test(e.name))
  );
}

/**
 * The noun phrase a clause opens with: a pronoun, a role after a nationality ("the French
 * president"), or a run of capitalised words with "of"/"the" ("The US Secretary of State").
 */
const LEADING_NP =
  /^(?:He|She|They|[Tt]he\s+\p{Lu}[\p{L}-]*\s+(?:president|prime minister|foreign minister|minister|leader)(?![\p{L}-])|(?:The\s+|the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*\p{Lu}[\p{L}.’'-]*)/u;

/**
 * The principal of a relayed clause: the entity the clause opens with, when a speech or
 * communication verb follows it in the same comma-free stretch ("Blinken held a phone
 * conversation with Aliyev and urged him …"). Quote marks in the clause are read through.
 */
export function findPrincipal(
  text: string,
  content: Span,
  d: Discourse,
  outer: Entity,
): ResolvedSpeaker | null {
  const clause = text.slice(content.start, content.end).replace(/["“”‘’«»]/g, ' ');
  const opened = clause.replace(LEADING_CONNECTIVE, '');
  const lead = opened.length - opened.trimStart().length + (clause.length - opened.length);
  const body = clause.slice(lead);
  const np = LEADING_NP.exec(body)?.[0];
  if (!np) return null;
  // The words up to the first punctuation, found without splitting the rest of the content.
  const rest = body.slice(np.length);
  const stop = rest.search(/[,.;:!?]/);
  const stretch = stop < 0 ? rest : rest.slice(0, stop);
  const verb = COMMUNICATION_VERB.exec(stretch);
  if (!verb || passiveBefore(stretch.slice(0, verb.index))) return null;
  if (NOUN_BEFORE.test(stretch.slice(0, verb.index))) return null;
  // "Kremlin spokesman Dmitry Peskov confirmed …": the leading words modify the relayer's own name.
  if (namesOuter(stretch.slice(0, verb.index), outer)) return null;
  const principal = resolveSpeaker(np, d);
  if (!principal || principal.entity.id === outer.id) return null;
  // A person the gazetteer lacks may be relayed when named ("Deputy Minister Anna Gyuyanova"); a description may not.
  const named = principal.entity.kind === 'person' && principal.entity.name.includes(' ');
  return principal.entity.id.startsWith('text:') && !named ? null : principal;
}

/**
 * A speech word after a preposition or a determiner is a noun: "the United States was deeply
 * concerned about reports of violence" relays no one's reports.
 */
const NOUN_BEFORE =
  /(?<![\p{L}\p{N}])(?:about|of|on|for|with|to|in|over|amid|despite|after|before|by|from|against|the|a|an|his|her|its|their|these|those|such|new|recent)\s+$/iu;

/** Where the principal's own words start in the clause: after its verb ("Blinken emphasized| “the need …”"). */
export function principalContentStart(text: string, content: Span, pastThat = false): number {
  const clause = text.slice(content.start, content.end);
  const verb = COMMUNICATION_VERB.exec(clause);
  if (!verb) return content.start;
  const after = verb.index + verb[0].length;
  // "told Aliyev in a phone call that there was …": whom and how are no part of the words (a
  // clause right after the verb, "stressed that …", is left whole: see index.ts).
  const toThat =
    /^\s+(?:him|her|them|\p{Lu}[\p{L}.’'-]*|the|his|their)[^,.;:"“”]{0,70}?\sthat\s+(?=\S)/u.exec(
      clause.slice(after),
    );
  if (toThat || !pastThat) return content.start + after + (toThat?.[0].length ?? 0);
  // "She added that …, according to the ministry": the one who cites a source says the that-clause.
  return content.start + after + (/^\s+that\s+(?=\S)/.exec(clause.slice(after))?.[0].length ?? 0);
}

function namesOuter(words: string, outer: Entity): boolean {
  if (outer.kind !== 'person') return false;
  const surname = outer.name.split(/\s+/).at(-1);
  return !!surname && words.split(/[^\p{L}’'-]+/u).includes(surname);
}
