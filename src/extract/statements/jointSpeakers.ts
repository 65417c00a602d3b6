import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { LIST_SEPARATOR } from './lexicon.ts';
import { listedState } from './otherStates.ts';

/** A conjunct with a name or a named body in it: a capitalised word after its first. */
const NAMED = /^(?:the\s+)?\p{Lu}|\s\p{Lu}/u;

const OF_NAME_AT_END = /\bof\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;

/**
 * Two speakers joined by "and" who said one thing together: "Aliyev and Georgian Prime Minister
 * Irakli Garibashvili said in a joint statement", "the Office of the Prime Minister of Armenia and
 * the Administration of the President of Azerbaijan announced". Each is a speaker of it, as each
 * is read alone, so the words are never credited to one author alone (the last conjunct used to be
 * read as the whole subject). Null when the words are no such pair: "and" inside an "of" complement
 * ("the foreign ministers of Armenia and Azerbaijan") or inside one name ("the State Committee for
 * Refugees and IDPs") joins no speakers.
 */
export function jointSpeakers(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  if (!phrase.includes(' and ')) return null;
  // "the joint statement of A, B and C", "the protocol signed by A and B": the bodies the text is of.
  let subject = phrase
    .replace(/\s+(?:both|together|jointly)$/i, '')
    .replace(
      /^(?:the|a)\s+(?:joint\s+)?(?:(?:statement|communiqu[eé]|release)\s+(?:of|by|from)|(?:statement|communiqu[eé]|release|protocol|declaration|memorandum|document)\s+(?:issued|released|published|signed|adopted)\s+(?:[\p{L}\d]+\s+){0,3}by)\s+/iu,
      '',
    );
  // "Grigoryan and his Azerbaijani counterpart Shahin Mustafayev": the counterpart is the person named
  // right after the noun, a conjunct of his own.
  const inline = INLINE_COUNTERPART.exec(subject);
  if (inline) subject = `${inline[1]} and ${inline[2]}`;
  const counterpartName = inline?.[2];
  // "Landsbergis and his Latvian and Estonian counterparts, Edgars Rinkevics and Eva-Maria Liimets,":
  // the counterparts are the people the apposition names, one name for each.
  const counterparts = COUNTERPARTS.exec(subject);
  if (counterparts) return counterpartSpeakers(phrase, counterparts, d);
  const shared = sharedHead(subject);
  const written = shared ?? subject.split(LIST_SEPARATOR).map((p) => p.trim());
  // "his Azerbaijani counterpart Shahin Mustafayev": a person by the name, the title "counterpart" gives.
  const counterpartNames = new Set(written.flatMap((p) => COUNTERPART_NAMED.exec(p)?.[1] ?? []));
  const parts = written.map((p) => COUNTERPART_NAMED.exec(p)?.[1] ?? p);
  const relative = apposedRelative(phrase, parts[parts.length - 1]!, d);
  if (relative) parts[parts.length - 1] = relative;
  // "Hayk Sargsyan and his wife said": the wife, unnamed, is a speaker no lookup finds; with one
  // party unclear the words are no one's rather than the named one's alone.
  else if (!shared && KIN.test(parts[parts.length - 1]!)) return [];
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => p && NAMED.test(p))) return null;
  // "Deputy Prime Minister and Foreign Minister Antonio Tajani", "a Department of Foreign Affairs
  // and Trade spokesperson": a singular title with no determiner and no name is no subject of its
  // own; it is one of the titles of the person named at the end, or part of a body's name.
  if (!shared && parts.some(isBareTitle)) return null;
  // "ministers of Armenia and Azerbaijan": a bare name after "of …" is a second complement.
  for (let i = 1; i < parts.length; i++)
    if (OF_NAME_AT_END.test(parts[i - 1]!) && !/\s/.test(parts[i]!)) return null;
  const at = d.speakerAt;
  const introduced = new Set(d.textPeople.map((p) => p.id));
  // "the commissions headed by Shahin Mustafayev and Mher Grigoryan … Mustafayev and Grigoryan said":
  // people whose full names the text wrote before the pair, though neither spoke yet.
  const before = at > 0 ? d.text.slice(Math.max(0, at - 2000), at) : '';
  const read = { people: d.textPeople.length, unnamed: d.unnamedSpeakers.length };
  // "Davit and Lusine said": people the text names by given name alone, each a person of their own.
  // A firm's name may join two words so ("Procter and Gamble"): the words name people when the text
  // says so ("Davit and Lusine, a couple from Martakert,") or names one of them alone elsewhere.
  const givenNames = !shared && parts.every((p) => GIVEN_NAME.test(p)) && namedAsPeople(phrase, parts, d);
  const speakers: ResolvedSpeaker[] = [];
  for (const part of parts) {
    d.speakerAt = -1;
    const one = resolveSpeaker(part, d);
    d.speakerAt = at;
    // "the State Committee for Refugees and IDPs": a part that is no known body or titled person
    // may be half of one name; the phrase is left to be read whole, as if never split.
    // The relative's name in apposition introduces them: "his wife, Ani Gasparian,". A body the
    // shared head names ("the Armenian commission") is one by its noun.
    const named =
      part === relative
        ? one?.entity.kind === 'person' || (one?.entity.kind === 'unknown' && GIVEN_NAME.test(part))
        : one &&
          (standsAlone(one, part, introduced) ||
            (counterpartNames.has(part) && one.entity.kind === 'person') ||
            writtenInFullBefore(one, part, before) ||
            // "Hayk Sargsyan and his wife, Ani,": one with a wife or a son is a person by the name given.
            (!!relative && isPersonNamed(one, part)) ||
            // "his Azerbaijani counterpart Shahin Mustafayev": the noun before the name introduces him.
            (part === counterpartName && isPersonNamed(one, part)) ||
            (givenNames &&
              (one.entity.kind === 'person' || one.entity.kind === 'unknown') &&
              one.entity.name === part) ||
            (!!shared && one.entity.kind !== 'person' && BODY_HEAD.test(part)));
    if (!one || !named) {
      d.textPeople.length = read.people;
      d.unnamedSpeakers.length = read.unnamed;
      return null;
    }
    if (!speakers.some((s) => s.entity.id === one.entity.id))
      speakers.push({ ...one, mention: shared ? phrase : part });
  }
  return speakers.length > 1 ? speakers : null;
}

/** A surname alone ("Mustafayev") read as the person whose full name the text wrote shortly before it. */
function writtenInFullBefore(one: ResolvedSpeaker, part: string, before: string): boolean {
  const e = one.entity;
  return (
    e.kind === 'person' &&
    !part.includes(' ') &&
    e.name.includes(' ') &&
    e.name.endsWith(` ${part}`) &&
    before.includes(e.name)
  );
}

/** A determiner or possessive that lets a title stand as a subject: "the minister", "Armenia's president". */
const DETERMINED = /^(?:the|a|an|his|her|its|their|our|this|that)\s|['’]s?\s/iu;

/** A title alone, with neither a determiner nor a name after it: "Deputy Prime Minister", "Trade spokesperson". */
function isBareTitle(part: string): boolean {
  return TITLE_END.test(part) && !DETERMINED.test(part);
}

/** One capitalised word, as a given name is written: "Lusine", "Anne-Marie". */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** An apposition that calls those named before it people: "|, a couple from Martakert|". */
const PEOPLE_APPOSITION =
  /^,\s+(?:a|an|the|both|two)\s+(?:[\p{L}-]+\s+){0,2}?(?:couple|pair|family|brothers|sisters|siblings|friends|neighbou?rs|spouses|parents|twins|residents|refugees|villagers|farmers|teachers|students|pensioners)\b/u;

/** Whether given names joined by "and" are people: so described right after, or one named alone elsewhere. */
function namedAsPeople(phrase: string, parts: readonly string[], d: Discourse): boolean {
  if (d.speakerAt < 0 || !d.text.startsWith(phrase, d.speakerAt)) return false;
  const end = d.speakerAt + phrase.length;
  if (PEOPLE_APPOSITION.test(d.text.slice(end, end + 80))) return true;
  const rest = `${d.text.slice(0, d.speakerAt)}\n${d.text.slice(end)}`;
  return parts.some((p) => new RegExp(`(?<!\\band\\s)\\b${p}\\b(?!\\s+and\\b)`, 'u').test(rest));
}

/** A relative named by kinship to the one before: "Hovsep and |his wife|". */
const KIN = /^(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|partner)$/i;

/** A name in apposition right after the speaker phrase: "his wife|, Ani Gasparian,| said", "her husband|, Karen,|". */
const APPOSED_FULL_NAME = /^,\s+(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)?),/u;

/** A full name as written, "Hayk Sargsyan": two or three capitalised words. */
const FULL_NAME = /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u;

/** A part read as the person its full name names, known or not. */
function isPersonNamed(one: ResolvedSpeaker, part: string): boolean {
  const e = one.entity;
  return (e.kind === 'person' || e.kind === 'unknown') && FULL_NAME.test(part) && e.name === part;
}

/** The name the text sets after "his wife" when the phrase ends in such a relative, else null. */
function apposedRelative(phrase: string, last: string, d: Discourse): string | null {
  if (!KIN.test(last) || d.speakerAt < 0 || !d.text.startsWith(phrase, d.speakerAt)) return null;
  return (
    APPOSED_FULL_NAME.exec(
      d.text.slice(d.speakerAt + phrase.length, d.speakerAt + phrase.length + 60),
    )?.[1] ?? null
  );
}

/**
 * "The Russian and Turkish defence ministries", "the Armenian and Azerbaijani commissions": two
 * nationalities before one plural head, each with the head in the singular ("the Russian defence
 * ministry", "the Turkish defence ministry"). Null for any other phrase.
 */
const SHARED_HEAD =
  /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ss|i|k))\s+and\s+(\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ss|i|k))\s+((?:[\p{Ll}-]+\s+){0,2})(ministries|ministers|governments|commissions|delegations|services|committees|agencies|presidents|leaders|militaries|armies|officials|authorities)$/u;

/**
 * One plural head "of" states joined by "and", or a comma list ending in "and": "the foreign
 * ministers of Armenia and Azerbaijan", "the governments of the United States, Armenia and Azerbaijan".
 */
const OF_STATES =
  /^(?:[Tt]he\s+)?((?:[\p{Ll}-]+\s+){0,2})(ministries|ministers|governments|presidents|leaders|delegations)\s+of\s+(.+\sand\s.+)$/u;

/** A state's name as one item of such a list: "Armenia", "the United States", "South Korea". */
const STATE_NAME = /^(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})$/u;

const singular = (plural: string) => plural.replace(/ies$/, 'y').replace(/s$/, '');

/** A body's head noun, for a member read from a shared head. */
const BODY_HEAD =
  /\s(?:ministry|government|commission|delegation|service|committee|agency|military|army|officials|authorities)$/;

/** Heads that name a side's people as a group, kept plural. */
const GROUP_HEAD = /^(?:officials|authorities)$/;

function sharedHead(phrase: string): string[] | null {
  const of = OF_STATES.exec(phrase);
  // "the foreign ministers of Armenia and Azerbaijan": each state's own ("Armenia's foreign minister").
  const states = of ? of[3]!.split(LIST_SEPARATOR).map((item) => STATE_NAME.exec(item.trim())?.[1]) : [];
  if (of && states.length <= 4 && states.every(Boolean))
    return states.map((state) => `${state}'s ${of[1]!}${singular(of[2]!)}`);
  const m = SHARED_HEAD.exec(phrase);
  if (!m) return null;
  // "Armenian and Azerbaijani officials": officials or authorities of a side are read in the plural,
  // as "Armenian officials said" is (the side's government).
  const head = GROUP_HEAD.test(m[4]!) ? m[4]! : singular(m[4]!);
  return [m[1]!, m[2]!].map((nationality) => `the ${nationality} ${m[3]!}${head}`);
}

/** Words a title ends with, before a name: "Georgian Prime Minister| Irakli Garibashvili". */
const TITLE_END =
  /(?:^|\s)(?:minister|president|premier|chancellor|spokes(?:person|man|woman)|secretary|ambassador|envoy|adviser|advisor|aide|deputy|chair(?:man|woman)?|leader|head|governor|mayor|senator|general|commissioner|ombudsman|representative)$/i;

/** The state or body a title is of, after it: "Prime Minister| of Armenia", "President| of the European Council". */
const OF_STATE = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;

/**
 * A body's proper name ending in a body's noun ("the Prosecutor General's Office"), or opening
 * with one before "of" ("the Ministry of Internal Affairs"), maybe with its letters after it
 * ("the Mine Action Agency (ANAMA)"), or an abbreviation.
 */
const NAMED_BODY =
  /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:Ministry|Office|Agency|Service|Committee|Council|Commission|Department|Administration|Bureau|Inspectorate|Prosecutor['’]s\s+Office)(?:\s+\(\p{Lu}{2,}\))?|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Ministry|Office|Agency|Service|Committee|Council|Commission|Department|Administration|Bureau|Inspectorate)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,4}(?:\s+\(\p{Lu}{2,}\))?|\p{Lu}{3,})$/u;

/** A body's noun or an abbreviation alone: every NAMED_BODY match holds one, a cheap test before it runs. */
const BODY_NOUN_OR_LETTERS =
  /Ministry|Office|Agency|Service|Committee|Council|Commission|Department|Administration|Bureau|Inspectorate|^\p{Lu}{3,}$/u;

/** Whether a phrase is a named body (NAMED_BODY), the pattern run only on a phrase that may hold one. */
export function isNamedBody(phrase: string): boolean {
  return BODY_NOUN_OR_LETTERS.test(phrase) && NAMED_BODY.test(phrase);
}

/**
 * A speaker by its own words: a body or person the gazetteer knows, a full name after a title, or
 * a full name the text introduced before. "United States Citizenship" alone is no one.
 */
function standsAlone(one: ResolvedSpeaker, part: string, introduced: ReadonlySet<string>): boolean {
  const e = one.entity;
  if (e.kind === 'place' || one.viaDocument) return false;
  if (!e.id.startsWith('text:')) return true;
  // "Greece", "Tehran": a state named bare, as a government the gazetteer lacks (CONVENTIONS 3).
  if (e.kind === 'government' && listedState(part)?.id === e.id) return true;
  // "the Interior Ministry", "ANAMA": a body the text names in capitals, or by its letters.
  if (isNamedBody(part)) return true;
  // "Hovsep" in a text that writes "Hovsep Gasparian": the one person it names so.
  if (e.kind === 'person' && !part.includes(' ') && e.name.startsWith(`${part} `)) return true;
  // "Garibashvili" in a text that introduced "Irakli Garibashvili" before: that person by surname.
  if (e.kind === 'person' && !part.includes(' ') && introduced.has(e.id) && e.name.endsWith(` ${part}`))
    return true;
  if (e.kind !== 'person' || !e.name.includes(' ') || !part.endsWith(e.name)) return false;
  const role = part.slice(0, part.length - e.name.length).trim();
  // "Deputy Prime Minister of Armenia| Mher Grigoryan": a title with the state it serves.
  return role === '' ? introduced.has(e.id) : TITLE_END.test(role.replace(OF_STATE, ''));
}

/** "A and his Azerbaijani counterpart B C": the first conjunct and the counterpart's name, written without commas. */
const INLINE_COUNTERPART =
  /^(.+?)\s+and\s+(?:his|her|their)\s+(?:\p{Lu}\p{Ll}+\s+)*counterpart\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$/u;

/** A counterpart the text names at once: "his Azerbaijani counterpart Shahin Mustafayev". */
const COUNTERPART_NAMED =
  /^(?:his|her|their)\s+(?:\p{Lu}\p{Ll}+\s+)?counterpart,?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$/u;

/** One named before "and" their counterpart or counterparts: "Mirzoyan and |his Azerbaijani counterpart|". */
const COUNTERPARTS =
  /^(.+?)\s+and\s+(?:his|her|their)\s+((?:\p{Lu}\p{Ll}+(?:,\s*|\s+and\s+|\s+))*)(counterparts?)$/u;

/** A person's name as written: two or three capitalised words, hyphens and marks allowed ("Eva-Maria Liimets"). */
const APPOSED_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}`;

/** The names set off right after the phrase: "|, Edgars Rinkevics and Eva-Maria Liimets,| said". */
const APPOSED_NAMES = new RegExp(
  String.raw`^,\s+(${APPOSED_NAME}(?:(?:,\s+|,?\s+and\s+)${APPOSED_NAME})*),`,
  'u',
);

/**
 * "X and his Latvian and Estonian counterparts, N1 and N2, said": X and each counterpart by the
 * name the apposition gives, when it gives one name for each ("counterpart" one, "counterparts"
 * as many as the nationalities coordinated before it, or any two or more when none are). With no
 * such names the counterparts are unnamed: the words are no one's, never X's alone (as with "X and
 * his wife"), and never one speaker made of the whole phrase.
 */
function counterpartSpeakers(phrase: string, m: RegExpExecArray, d: Discourse): ResolvedSpeaker[] {
  const first = m[1]!;
  const nationalities = (m[2] ?? '').split(LIST_SEPARATOR).filter((w) => w.trim());
  const plural = m[3] === 'counterparts';
  const at = d.speakerAt >= 0 && d.text.startsWith(phrase, d.speakerAt) ? d.speakerAt + phrase.length : -1;
  const listed = at < 0 ? null : APPOSED_NAMES.exec(d.text.slice(at, at + 200))?.[1];
  const names = listed ? listed.split(/,\s+(?:and\s+)?|\s+and\s+/).map((n) => n.trim()) : [];
  const wanted = plural ? (nationalities.length >= 2 ? nationalities.length : null) : 1;
  if (!names.length || (wanted !== null ? names.length !== wanted : names.length < 2)) return [];
  const held = d.speakerAt;
  const read = { people: d.textPeople.length, unnamed: d.unnamedSpeakers.length };
  const speakers: ResolvedSpeaker[] = [];
  for (const [i, part] of [first, ...names].entries()) {
    d.speakerAt = -1;
    const one = resolveSpeaker(part, d);
    d.speakerAt = held;
    const person =
      !!one &&
      (one.entity.kind === 'person' || (i > 0 && one.entity.kind === 'unknown' && one.entity.name === part));
    if (!one || !person) {
      d.textPeople.length = read.people;
      d.unnamedSpeakers.length = read.unnamed;
      return [];
    }
    if (!speakers.some((s) => s.entity.id === one.entity.id)) speakers.push({ ...one, mention: part });
  }
  return speakers;
}
