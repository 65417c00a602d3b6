import { resolveEntityAt } from '../../entities/resolve.ts';
import type { Entity, Statement } from '../../types.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import { type Discourse } from '../discourse/state.ts';
import { citedAfter, type DocumentOutlet, isOwnLineOutlet, isOwnOutlet } from '../ownOutlet.ts';
import type { Unit } from '../units.ts';
import type { Draft } from './draft.ts';
import { readUnit } from './unit.ts';

/**
 * The entity a phrase names as a speaker in the discourse, or null. Returned from here: a named
 * closure made per document costs the dev loader a naming call each time.
 */
export function speakerEntityIn(d: Discourse): (phrase: string) => Entity | null {
  return (phrase) => resolveSpeaker(phrase, d)?.entity ?? null;
}

/**
 * The outlet's own voice ("…, Azernews reports", "Earlier, Sputnik Armenia reported that …") is the
 * writer's, no statement; when it cites a source ("As Caliber.Az reports with reference to the
 * ministry, …") the source said it.
 */
export function withoutOwnVoice(
  text: string,
  statements: Statement[],
  outlet: DocumentOutlet,
  d: Discourse,
): Statement[] {
  const kept: Statement[] = [];
  let changed = false;
  for (const s of statements) {
    const at = text.indexOf(s.mention, s.context.start);
    const inContext = at >= 0 && at < s.context.end ? at : -1;
    if (
      !isOwnOutlet(s.speaker, s.mention, outlet) &&
      !isOwnLineOutlet(s.speaker, s.mention, text, inContext, outlet)
    ) {
      kept.push(s);
      continue;
    }
    changed = true;
    const cited = at >= 0 && at < s.context.end ? citedAfter(text, at + s.mention.length) : null;
    const source = cited ? resolveEntityAt(cited, d.at) : null;
    if (source && source.kind !== 'place') kept.push({ ...s, speaker: source, mention: cited! });
  }
  return !changed ? statements : kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/** A headline or post title that attributes with "says": "Blinken “deeply concerned,” State Department says". */
const HEADLINE_SAYS = /\b(?:says|said)\b/;

/**
 * A headline, deck or live post's title that says who says what ("Armenia's prime minister says
 * …", "…, State Department says") is that speaker's statement, when the speaker is one the
 * gazetteer knows by those words: "rights official says" names no one. Other verbs
 * ("Kremlin urges …", "Blinken tells Baku …") stay headline copy. Reading it moves no focus.
 */
export function headlineSays(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  unitIndex: number,
): Draft[] {
  if (!HEADLINE_SAYS.test(masked.slice(unit.start, unit.end))) return [];
  const { lastPerson, lastBody, activeStatement } = d;
  // A headline stands apart from the text: its speaker must be known by its own words, not by
  // the discourse ("rights official" is not the last official who spoke).
  const drafts = readUnit(text, masked, unit, d, null, unitIndex).filter(
    (draft) => !draft.via && resolveEntityAt(draft.mention, d.at)?.id === draft.speaker.id,
  );
  Object.assign(d, { lastPerson, lastBody, activeStatement });
  return drafts;
}

/** Someone an answer may relay: a known person or body, or a person the text names in full ("Even my own folks" is not). */
function namedOther(e: Entity): boolean {
  return !e.id.startsWith('text:') || (e.kind === 'person' && e.name.includes(' '));
}

/** A body ("the Migration and Citizenship Service", "the health ministry"): someone else, whom an answer relays. */
function namedBody(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'government';
}

const OWN_PEOPLE = /^(?:my|our|your)\s/i;

/** "A woman told me …", "a doctor said": one person the speaker met, never the speaker. */
const INDEFINITE_ONE = /^(?:an?|one)\s+\p{Ll}+$/iu;

/** A pronoun inside an answer points back into the answer's own talk: no one else's saying. */
const RELAYED_PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;

/**
 * Someone else's saying inside an answer. A recorded conversation's turn (time-coded) tells of
 * others as a reporter does ("People told me …", "A source … told me"), and "he" there may be
 * the official the question named, when he resolves to one the gazetteer knows.
 */
export function relayedInTurn(draft: Draft, timed: boolean): boolean {
  // "My son asked me …": the speaker's own people, told of in passing.
  if (OWN_PEOPLE.test(draft.mention)) return false;
  if (!RELAYED_PRONOUN.test(draft.mention))
    return (
      timed || namedOther(draft.speaker) || namedBody(draft.speaker) || INDEFINITE_ONE.test(draft.mention)
    );
  return timed && !draft.speaker.id.startsWith('text:');
}
