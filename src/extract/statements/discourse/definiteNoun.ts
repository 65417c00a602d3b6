import { findEntityMentions } from '../../entities/mentions.ts';
import { countryOf, resolveEntityAt, roleAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { bodyInPlace } from '../bodyInPlace.ts';
import { demonymCountry, ownedByCountry } from '../demonymBack.ts';
import { SPEAKER_NOUN } from '../lexicon.ts';
import { namedBodiesIn, namedBodyBefore } from '../namedBodyBack.ts';
import { nationalBody, personsCountryBody } from '../nationalBody.ts';
import { genderOf, knownGender } from '../people.ts';
import { SAYING_IN_SENTENCE, sentenceBeforeStart } from './bodyBack.ts';
import { genderOfEntity, hasWord, ownRole } from './personBack.ts';
import {
  bodyOfHead,
  byRoleRecency,
  CLAUSE_WORD,
  isBody,
  lastSeen,
  lastSpokenBody,
  previousParagraphStart,
  subjectAmongLatest,
} from './roleBack.ts';
import { BACK_REFERENCE, BODY_NOUN, MILITARY_DEPARTMENT, PORTFOLIO } from './speakerWords.ts';
import type { BodySpeeches, Discourse } from './state.ts';

/**
 * "According to the Russian Defence Ministry, … [another paragraph] … according to the Defence
 * Ministry": a portfolio name without its country reads back to a country's body only while that
 * body is in view (named or heard in this paragraph or the one before); further back, a writer's
 * bare name is as often its own country's body, so it is left as written (precision over recall).
 */
function farCountrysBody(found: Entity, d: Discourse): boolean {
  // Karabakh's authorities are one body (CONVENTIONS 4): a service of the region named once is it still.
  const country = countryOf(found);
  if (!country || country === 'NK') return false;
  d.readMentionsBefore(d.unit);
  return lastSeen(d, found, d.unitStart) < previousParagraphStart(d.text, d.unitStart);
}

/** Does a body's name (or a name the document gives it) hold that portfolio word, in either spelling? */
function holdsPortfolio(e: Entity, portfolio: string): boolean {
  const word = portfolio.replace(/^defen[cs]e$/, 'defen');
  const spellings = word === 'defen' ? ['defence', 'defense'] : [word];
  return [e.name, ...(e.aliases ?? [])].some((n) => spellings.some((w) => hasWord(n, w)));
}
/**
 * A capitalised body noun and "of", and nothing before them, ahead of an owner's name: "the Council
 * of the", "Commission of" ("the International Committee of the" Red Cross is the body's own name).
 */
export const OWN_BODY_OF =
  /^(?:the\s+)?(?:Council|Commission|Parliament|Court|Assembly|Committee)\s+of(?:\s+the)?$/u;

/**
 * Nouns that name one kind of role in other words: "the MP" after "Member of the National Assembly X",
 * "the deputy" after "Member of the Milli Majlis X", "the expert" after "Political scientist X".
 */
const ROLE_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:mp|deputy|lawmaker|legislator|parliamentarian)$/,
    /\b(?:mp|lawmaker|legislator|parliamentarian|member of (?:the )?(?:parliament|national assembly|milli majlis|majlis|state duma|duma|european parliament))\b/i,
  ],
  [
    /^(?:expert|analyst|scholar|commentator)$/,
    /\b(?:expert|analyst|political scientist|scholar|researcher|commentator|economist|professor)\b/i,
  ],
  [/^(?:ombuds(?:man|person|woman)|defender)$/, /\b(?:ombuds(?:man|person|woman)|human rights defender)\b/i],
];

function sameKindOfRole(noun: string, role: string | undefined): boolean {
  return !!role && ROLE_KINDS.some(([nouns, roles]) => nouns.test(noun) && roles.test(role));
}

/** "In Yerevan, the": a sentence opening with the place a body sits in. */
const PLACE_OPENING = /^In\s+(\p{Lu}[\p{L}-]+),\s*(?:the)?$/u;

/**
 * "The Uzbek Ministry of Foreign Affairs welcomed the meeting. …, the ministry said": a body of the
 * noun that opens the sentence before in this paragraph ("In Yerevan, the Foreign Ministry …" as
 * well), named after the one found was last seen, is the nearer one. With none found, the one
 * body named with the noun in the sentence before and this paragraph, when it spoke there ("This
 * was reported by the Ministry of Defence of the Russian Federation. According to the ministry,
 * …"); two there, or one that did not speak ("has not commented"), none.
 */
function nearerNamedBody(found: Entity | null, head: string, d: Discourse): Entity | null {
  const from = sentenceBeforeStart(d);
  const paragraph = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const scope = Math.min(from, paragraph);
  const there = namedBodiesIn(d.text.slice(scope, d.unitStart), head, d.at);
  const latest = there.at(-1);
  if (!latest || scope + latest.start < from || latest.entity.id === found?.id || !isBody(latest.entity))
    return found;
  if (!found) {
    const words = d.text.slice(from, d.unitStart);
    const silent = /\b(?:not|never|declined|refused)\b|n['’]t\b/i.test(words);
    const spoke =
      (d.bodySpeeches.get(latest.entity.id)?.last ?? -1) >= from ||
      (SAYING_IN_SENTENCE.test(words) && !silent);
    // "Azerbaijan's Ministry of Defense welcomed the opening. The ministry stated …": the body
    // that is the subject of the sentence before is the one meant, though it said nothing there
    // (never one that "has not commented").
    const opens = !silent && /^["“]?(?:The)?$/.test(d.text.slice(from, scope + latest.start).trim());
    return (spoke || opens) && there.every((n) => n.entity.id === latest.entity.id) ? latest.entity : null;
  }
  if (scope + latest.start < paragraph) return found;
  const lead = d.text.slice(from, scope + latest.start).trim();
  // "In Yerevan, the Foreign Ministry welcomed the vote": the body of the place the sentence opens with.
  const place = PLACE_OPENING.exec(lead)?.[1];
  const opening = place
    ? bodyInPlace(`the ${latest.name} in ${place}`, d.at)
    : /^["“]?(?:The)?$/.test(lead)
      ? latest.entity
      : null;
  return opening && lastSeen(d, found, d.unitStart) < scope + latest.start ? opening : found;
}

/** Plural nouns of a force a writer repeats bare once named with its owner: "the Russian peacekeepers". */
const FORCE_NOUN = /^(?:peacekeepers|separatists|rebels|troops|forces|monitors|observers)$/;

/**
 * "… a ceasefire proposed by the Russian peacekeepers. … The peacekeepers said": a definite plural
 * repeats the one body the text named before with that noun as its head. Two such bodies
 * ("Russian troops … Azerbaijani troops"): neither.
 */
function bodyNamedWithNoun(noun: string, d: Discourse): Entity | null {
  const ends = new RegExp(`\\s${noun}$`, 'i');
  let found: Entity | null = null;
  for (const m of findEntityMentions(d.text, 0, d.unitStart)) {
    if (!isBody(m.entity) || !ends.test(d.text.slice(m.start, m.end))) continue;
    if (found && found.id !== m.entity.id) return null;
    found = m.entity;
  }
  return found;
}

/**
 * "The ministry", "the department": the latest body that spoke or was named with that noun in
 * its name. "The MP", "the governor", "the minister": the last person who spoke, when their
 * role has the noun; else whoever the gazetteer's roles point to (byRoleRecency); else a
 * person the text introduced with that role. Null when nothing fits.
 */
/** A body's press service or spokesperson, named with the body: "the press service of the State Commission". */
const PRESS_UNIT =
  /^(?:the\s+)?(?:press\s+(?:service|office|cent(?:er|re))|spokes(?:person|man|woman))\s+of\b|\bpress\s+(?:service|office|cent(?:er|re))$|\bspokes(?:person|man|woman)$/i;

/**
 * "The commission noted" after "the press service of the State Commission" spoke: the body is the
 * commission, not its press service, whose name holds the noun only as its owner.
 */
function pressUnitOfOther(words: string | undefined, head: string): boolean {
  return !!words && PRESS_UNIT.test(words) && !/^(?:service|office|cent(?:er|re))$/.test(head);
}

export function byDefiniteNoun(p: string, d: Discourse): Entity | null {
  const military = MILITARY_DEPARTMENT.exec(p);
  if (military?.[1]) {
    const ministry = resolveEntityAt(`${military[1]} Defence Ministry`, d.at);
    return ministry && isBody(ministry) ? ministry : null;
  }
  const noun = (military ? 'defence department' : BACK_REFERENCE.exec(p)?.[1])?.toLowerCase();
  if (!noun || !SPEAKER_NOUN.test(noun)) return null;
  const head = noun.split(' ').pop()!;
  const repeated = FORCE_NOUN.test(noun) ? bodyNamedWithNoun(noun, d) : null;
  if (repeated) return repeated;
  if (BODY_NOUN.test(head)) {
    // "the respondent Government" after "the Armenian Government": a word that sets it apart
    // from the governments named before; it is not one of them.
    if (head === 'government' && noun !== head && !resolveEntityAt(p, d.at)) return null;
    // "the Foreign Ministry" after the Ministry of Defense: a portfolio word must be the body's own.
    const portfolio = PORTFOLIO.exec(noun)?.[1];
    // A body that spoke under words with the noun ("the Interior Ministry of the unrecognized
    // republic" as Karabakh's authorities) is named so too.
    const named = (e: Entity, words: string | undefined) =>
      hasWord(words, head) &&
      !pressUnitOfOther(words, head) &&
      (!portfolio || holdsPortfolio(e, portfolio) || hasWord(words, portfolio)) &&
      (!!portfolio || modifierHeld(noun, e, words));
    // "The Azerbaijani ministry": only a body of that country.
    const country = demonymCountry(noun);
    if (country) {
      const owned = (e: Entity, noun: string) =>
        isBody(e) && ownedByCountry(e, country) && hasWord(e.name, noun);
      const own =
        bodyOfHead(d, head, (e) => owned(e, head) && named(e, e.name)) ??
        lastSpokenBody(d, (e) => owned(e, head) && named(e, e.name));
      // "The Azerbaijani department" in translated copy: that country's ministry.
      if (own) return own;
      if (head === 'department') return bodyOfHead(d, 'ministry', (e) => owned(e, 'ministry'));
      // "The Azerbaijani Ministry of Foreign Affairs said … The Armenian ministry replied": the
      // counterpart of the ministry in view, as a portfolio word would name it.
      const portfolio = head === 'ministry' ? ministryPortfolioInView(d) : null;
      const counterpart = portfolio
        ? resolveEntityAt(`${noun.split(' ')[0]} ${portfolio} Ministry`, d.at)
        : null;
      return counterpart && owned(counterpart, 'ministry') ? counterpart : null;
    }
    const found = nearerNamedBody(
      bodyOfHead(d, head, (e) => isBody(e) && (named(e, e.name) || named(e, d.spokenAs.get(e)))) ??
        // "… the Armenian Ministry of Defence had raised the toll: according to the ministry, …": a
        // body named earlier in the speaker's own sentence is before it too.
        namedBodyBefore(d.text.slice(0, Math.max(d.unitStart, d.speakerAt)), noun, d.at),
      head,
      d,
    );
    if (found?.id.startsWith('text:')) return homeBodyOf(found, d);
    if (found && portfolio && farCountrysBody(found, d)) return null;
    if (!found && noun === 'agency') return stateAgencyBack(d);
    if (found || head !== 'department') return found;
    // Translated Russian copy calls a ministry "the department" (ведомство) once it has named it:
    // read back as "the ministry" is, the one that spoke in the sentence before the nearer.
    const asMinistry = (e: Entity, words: string | undefined) =>
      hasWord(words, 'ministry') && (!portfolio || holdsPortfolio(e, portfolio) || hasWord(words, portfolio));
    return nearerNamedBody(
      bodyOfHead(
        d,
        'ministry',
        (e) => isBody(e) && (asMinistry(e, e.name) || asMinistry(e, d.spokenAs.get(e))),
      ),
      'ministry',
      d,
    );
  }
  // A role is read at the story's date: a holder named in it outside their term holds it no more.
  const lastRole = d.lastPerson ? ownRole(roleAt(d.lastPerson, d.at)) : undefined;
  if (d.lastPerson && (hasWord(lastRole, noun) || sameKindOfRole(noun, lastRole))) return d.lastPerson;
  // "Prime Minister Irakli Garibashvili said …. According to Garibashvili, … The Prime Minister also
  // said": the last speaker, whom the text itself titled with the role, before any holder the
  // gazetteer knows who was named since only inside the clause ("spoke with Armenian Prime Minister …").
  if (d.lastPerson && titledInText(d.lastPerson, noun, d)) return d.lastPerson;
  const byRole = byRoleRecency(p, d);
  if (byRole) return byRole;
  // "the deputy" after "Member of the Milli Majlis X", "the Ombudsman" after "Human Rights
  // Defender X": the role in other words, by whoever last held it in the text.
  for (let i = d.textPeople.length - 1; i >= 0; i--) {
    const role = ownRole(d.textPeople[i]!.role);
    if (hasWord(role, noun) || sameKindOfRole(noun, role)) return d.textPeople[i]!;
  }
  return subjectAmongLatest(d, (e) => e.kind === 'person' && sameKindOfRole(noun, ownRole(e.role)));
}

/** Words before a body noun that point back without telling which body: "the same ministry". */
const POINTING_MODIFIER = /^(?:same|said|above|aforementioned|latter|relevant|respective)$/;

/**
 * "the regional administration" after "the Administration of the President": a word before the
 * noun that says which body it is must be in the body's name ("the presidential administration",
 * "the border service" hold one), else it is another body.
 */
function modifierHeld(noun: string, e: Entity, words: string | undefined): boolean {
  const modifier = noun.split(' ').slice(0, -1).join(' ');
  if (!modifier || POINTING_MODIFIER.test(modifier)) return true;
  const stem = modifier.slice(0, 6);
  return [words, e.name, ...(e.aliases ?? [])].some((n) => !!n && n.toLowerCase().includes(stem));
}

/** Heads of a country's body that a writer goes on to call "the agency": a service, committee or bureau. */
const STATE_AGENCY_HEAD = /\b(?:service|committee|agency|bureau|inspectorate)\b/i;

/**
 * "Azerbaijan's State Border Service claimed …. The agency said": "the agency" is the country's
 * service, committee or bureau that spoke last, in this paragraph or the one before, when no other
 * body or agency has been named since it spoke (a news agency, an aid group): two that fit, no one.
 */
function stateAgencyBack(d: Discourse): Entity | null {
  const body = d.lastBody;
  if (!body || !isBody(body) || !countryOf(body) || !STATE_AGENCY_HEAD.test(body.name)) return null;
  const spoke = d.bodySpeeches.get(body.id)?.last ?? -1;
  if (spoke < 0 || spoke < previousParagraphStart(d.text, d.unitStart)) return null;
  if (/\bagenc(?:y|ies)\b/i.test(d.text.slice(spoke, d.unitStart))) return null;
  const rival = findEntityMentions(d.text, spoke, d.unitStart).some(
    (m) => m.entity.id !== body.id && (isBody(m.entity) || m.entity.kind === 'unknown'),
  );
  return rival ? null : body;
}

/**
 * "Foreign Ministry spokesperson Leyla Abdullayeva said … The ministry also said": the body named
 * without its country, read back, is the home country's as its name would be when it spoke.
 */
function homeBodyOf(body: Entity, d: Discourse): Entity {
  const person =
    d.lastPerson && !d.lastPerson.id.startsWith('text:') && !bodySpokeSince(body, d.lastPerson, d)
      ? d.lastPerson
      : null;
  return (
    nationalBody(body.name, { text: d.text, before: d.unitStart, outlet: d.outlet, at: d.at }) ??
    (person ? personsCountryBody(body.name, person, d.at) : null) ??
    body
  );
}

/**
 * "Zakharova, the ministry's spokeswoman, said …. In Ankara, the foreign ministry said …. The
 * ministry added …": a body that spoke after the person was last named is not the person's own.
 */
function bodySpokeSince(body: Entity, person: Entity, d: Discourse): boolean {
  const bodyAt = d.bodySpeeches.get(body.id)?.last ?? -1;
  if (bodyAt < 0) return false;
  d.readPeopleBefore(d.unit + 1);
  let personAt = -1;
  for (const p of d.people)
    if (p.entity.id === person.id && p.start < d.unitStart) personAt = Math.max(personAt, p.start);
  return personAt >= 0 && personAt < bodyAt;
}

/** The portfolio of the ministry last named in this paragraph or the one before: "Foreign" after "the Armenian Foreign Ministry". */
/** The ministry of the seat's country that spoke last in the text, if one did. */
export function ministrySpokenFor(seat: Entity, d: Discourse): Entity | null {
  const country = countryOf(seat);
  let latest: BodySpeeches | null = null;
  for (const spoke of d.bodySpeeches.values())
    if (
      /^(?:mfa|mod)-/.test(spoke.entity.id) &&
      countryOf(spoke.entity) === country &&
      (!latest || spoke.last > latest.last)
    )
      latest = spoke;
  return latest?.entity ?? null;
}

export function ministryPortfolioInView(d: Discourse): string | null {
  // "Defense Minister Shoigu held talks, the ministry in Moscow said": the minister the sentence
  // names is nearer than a ministry the paragraph before named.
  const ownSentence = portfolioOfMinistersInSentence(d);
  if (ownSentence) return ownSentence;
  d.readMentionsBefore(d.unit);
  const from = previousParagraphStart(d.text, d.unitStart);
  for (let i = d.mentions.length - 1; i >= 0 && d.mentions[i]!.start >= from; i--) {
    const kind = /^(mfa|mod)-/.exec(d.mentions[i]!.entity.id)?.[1];
    if (kind) return kind === 'mfa' ? 'Foreign' : 'Defence';
  }
  return null;
}

/**
 * "Foreign Minister Sergey Lavrov spoke with his Armenian counterpart, the ministry in Moscow
 * said": the portfolio every minister this sentence names holds, when they hold just one.
 */
function portfolioOfMinistersInSentence(d: Discourse): string | null {
  d.readPeopleBefore(d.unit + 1);
  const portfolios = new Set<string>();
  for (const p of d.people) {
    if (p.unit !== d.unit) continue;
    const role = p.entity.role?.toLowerCase() ?? '';
    if (/\bforeign minister\b|\bminister of foreign affairs\b/.test(role)) portfolios.add('Foreign');
    else if (/\bdefen[cs]e minister\b|\bminister of defen[cs]e\b/.test(role)) portfolios.add('Defence');
    else if (/\bminister\b/.test(role)) return null;
  }
  return portfolios.size === 1 ? [...portfolios][0]! : null;
}

/** "The Committee", "the Emergency Service", "the Defender": "the" and one or two capitalised words. */
export const CAPITALISED_CLASS_NOUN = /^[Tt]he\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;

/**
 * "Human Rights Defender Arman Tatoyan said … According to the Defender, …": the last person who
 * spoke, when their role holds the noun; else the last person the text introduced with it.
 */
export function holderOfRoleNoun(p: string, d: Discourse): Entity | null {
  const noun = p.split(/\s+/).pop()!.toLowerCase();
  if (d.lastPerson && titledSo(d.lastPerson.role, noun)) return d.lastPerson;
  for (let i = d.textPeople.length - 1; i >= 0; i--)
    if (titledSo(d.textPeople[i]!.role, noun)) return d.textPeople[i]!;
  return null;
}

/** Words before a role's noun that make it another role: a "prime minister" is no "minister". */
const OTHER_ROLE_BEFORE = /(?:^|\s)(?:prime|vice|deputy|former|acting|ex|first|assistant|interim|then)$/;

/**
 * Did the text, before this unit, title a person it names (one the gazetteer lacks, so with no
 * recorded role) with the noun: "Prime Minister Irakli Garibashvili" for "the prime minister",
 * never for "the minister"?
 */
function titledInText(person: Entity, noun: string, d: Discourse): boolean {
  if (person.role || !person.id.startsWith('text:') || !person.name.includes(' ')) return false;
  const title = roleWrittenBefore(person.name, d.text.slice(0, d.unitStart))?.toLowerCase();
  if (!title || !(title === noun || title.endsWith(` ${noun}`))) return false;
  return !OTHER_ROLE_BEFORE.test(title.slice(0, title.length - noun.length).trimEnd());
}

/** Does the title end with the noun ("Human Rights Defender of Armenia")? A body the holder speaks for ("spokesperson for the Department") does not. */
function titledSo(role: string | undefined, noun: string): boolean {
  const title = role?.split(/\s+(?:of|for|at|in|to|with)\s+/)[0]?.toLowerCase();
  return !!title && (title === noun || title.endsWith(` ${noun}`));
}

/** The title written right before a name's first mention ("Foreign Ministry Spokesperson| Dana Kerimova"), if any. */
export function roleWrittenBefore(full: string, text: string): string | null {
  const at = text.indexOf(full);
  if (at < 0) return null;
  const phrase =
    text
      .slice(Math.max(0, at - 80), at + full.length)
      .split(/[.,;:!?()\n"“”]/)
      .pop() ?? '';
  const found = trailingProperName(phrase.trim());
  const role = found?.name === full ? found.role.trim() : '';
  return role && !CLAUSE_WORD.test(role) && role.split(' ').length <= 6 ? role : null;
}

const CAPITALISED_WORDS_ONLY = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;

/**
 * "According to the newspaper", "the agency said": the outlet or body that spoke last ("…,
 * writes Kommersant"), never a government; null when none has, and the words are left to the rules after.
 */
export function outletBack(p: string, d: Discourse): Entity | null {
  if (
    !/^the\s+(?:newspaper|paper|daily|weekly|agency|news agency|outlet|broadcaster|channel|website|portal|publication|magazine)$/i.test(
      p,
    )
  )
    return null;
  const body = d.lastBody;
  // An organisation, or a name the text gave alone ("writes Hraparak"): a description ("A Pashinyan
  // ally said …") is no outlet for "the newspaper" to point back to.
  const named = body?.kind === 'unknown' && CAPITALISED_WORDS_ONLY.test(body.name);
  if (!body || (body.kind !== 'organisation' && !named)) return null;
  // "the agency" after "the Defence Ministry": a body named for another kind of institution is not it.
  const noun = p.split(/\s+/).pop()!.toLowerCase();
  const other = body.name.split(/\s+/).some((w) => BODY_NOUN.test(w) && w.toLowerCase() !== noun);
  return other ? null : body;
}

/** An office held for the time being, written without a name: "Armenia's acting prime minister". */
const ACTING_ROLE =
  /^(?:[Tt]he\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:acting|interim|caretaker)\s+(\p{Ll}[\p{Ll}\s-]*)$/u;

/**
 * "Armenia's acting prime minister asked …; Nikol Pashinyan told …": an acting office is the
 * office, held by whoever the gazetteer records in it at the piece's date; taken only when the
 * text names that person itself, so an acting stand-in the gazetteer never knew is no one's.
 */
export function actingHolder(p: string, d: Discourse): Entity | null {
  if (!ACTING_ROLE.test(p)) return null;
  const office = p.replace(/\b(?:acting|interim|caretaker)\s+/, '');
  const holder = resolveEntityAt(office, d.at);
  if (holder?.kind !== 'person') return null;
  const surname = holder.name.split(/\s+/).pop()!;
  return new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(d.text) ? holder : null;
}

/** "Ms. Price" is not the Ned Price the gazetteer knows: the title and the recorded gender disagree. */
/** As titleOfOtherGender, with the gender the document has told of the person so far. */
export function titleAgainstText(mention: string, entity: Entity, d: Discourse): boolean {
  const titled = genderOf(mention.split(/\s+/).filter((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/i.test(w)));
  if (!titled) return false;
  d.readPeopleBefore(d.unit);
  const gender = genderOfEntity(entity, d);
  return gender !== null && gender !== titled;
}

export function titleOfOtherGender(mention: string, entity: Entity): boolean {
  const known = knownGender(entity);
  if (known === null) return false;
  const titled = genderOf(mention.split(/\s+/).filter((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/i.test(w)));
  return titled !== null && known !== titled;
}

/**
 * "The spokesperson stressed" after "Spokesperson of the Ministry Aykhan Hajizada said …": the one
 * person the text introduced with that role (or the last speaker, if they hold it), of a gender that fits
 * "spokeswoman"/"spokesman". Null when none, or when two people hold the role.
 */
/** The verb right before whom a speaker told: "told |", "tells |". */
export const TOLD_BEFORE = /\b(?:told|tells|telling)\s+$/;

/** How many units back an epithet's person may have been named: the sentence before, or the one before that. */
export const EPITHET_REACH = 2;

/** How far either side of a name the words telling a person's kind of work are read. */
export const KIND_WINDOW = 120;
