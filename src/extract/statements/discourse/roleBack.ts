import { definedAbbreviations } from '../../entities/abbreviations.ts';
import { findEntityMentions } from '../../entities/mentions.ts';
import { countryOf, resolveEntityAt, roleAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { keptPerText } from '../keptPerText.ts';
import { BETWEEN_SUBJECT_AND_VERB, LEADING_CONNECTIVE, PUT_OUT_BY } from '../lexicon.ts';
import { isNounPhrase } from '../nounPhrase.ts';
import { ownerWords, sameOwner } from '../roleOwner.ts';
import { hasWord, lastMentioned, ownRole, rolesWrittenBefore } from './personBack.ts';
import type { Discourse } from './state.ts';

/** The bodies that spoke so far, each with the names the text gives it ("ANAMA" and the name it abbreviates). */
export function bodiesSpoken(d: Discourse): { entity: Entity; names: string[] }[] {
  const spoken = [...d.bodySpeeches.values()];
  if (spoken.length === 0) return [];
  const abbreviations = definedAbbreviations(d.text);
  return spoken.map((b) => ({
    entity: b.entity,
    names: [
      b.entity.name,
      ...(b.entity.aliases ?? []),
      ...abbreviations.filter((a) => a.short === b.entity.name).map((a) => a.long),
    ],
  }));
}

/** An aide named by whose aide they are: "the assistant to the President", "the President's adviser". */
const AIDE_OF_OWNER =
  /\b(assistant|aide|adviser|advisor|secretary|spokes(?:man|woman|person)|deputy)\s+(?:to|of|for)\s|['’]s?\s+(?:\p{Ll}+\s+)?(assistant|aide|adviser|advisor|secretary|spokes(?:man|woman|person)|deputy)$/iu;

/**
 * "The assistant to the President" is never the President: a person found for an aide's phrase
 * whose own role lacks the aide's noun is the owner its words name (team rule 4).
 */
export function aideTakenForOwner(p: string, found: Entity): boolean {
  const aide = AIDE_OF_OWNER.exec(p);
  if (!aide || found.kind !== 'person') return false;
  const noun = (aide[1] ?? aide[2]!).toLowerCase().replace(/^spokes\p{L}+$/u, 'spokes');
  return !(found.role ?? '').toLowerCase().includes(noun);
}

/** The titles written right before a name's mentions ("Government spokesman"): a few words, set off by no comma. */
export function titlesBefore(name: string, text: string, end: number): string[] {
  return rolesWrittenBefore(name, text, end)
    .map((words) => (words.split(',').pop() ?? '').trim())
    .filter((words) => words && words.split(/\s+/).length <= 8);
}

const QUALIFIER_COUNTRY: [RegExp, string][] = [
  [/\bazerbaijan(?:i|'s|’s)?\b/i, 'AZ'],
  [/\barmenia(?:n|'s|’s)?\b/i, 'AM'],
  [/\b(?:us|u\.s\.|american|united states)\b/i, 'US'],
  [/\brussia(?:n|'s|’s)?\b/i, 'RU'],
  [/\bturk(?:ish|ey)\b/i, 'TR'],
  [/\bfrench|france\b/i, 'FR'],
  [/\biran(?:ian|'s|’s)?\b/i, 'IR'],
  [/\bgerman(?:y|y's|y’s)?\b/i, 'DE'],
];

/**
 * A nationality the list above lacks ("the top Iranian diplomat", "the Georgian minister"): the
 * description names someone of a state no listed holder serves, so no listed holder fits it.
 */
const OTHER_NATIONALITY = /\b\p{Lu}\p{Ll}+(?:ian|ese|ish|i)\b/u;

function qualifierCountry(phrase: string): string | undefined {
  const listed = QUALIFIER_COUNTRY.find(([words]) => words.test(phrase))?.[1];
  if (listed) return listed;
  return OTHER_NATIONALITY.exec(phrase)?.[0].toLowerCase();
}

/**
 * A person's state: the gazetteer's, else the one the words of their role name ("Iranian Foreign
 * Minister"); unknown for a role without one ("Foreign Minister Hossein Amir-Abdollahian").
 */
function countryOfPerson(e: Entity): string | undefined {
  return countryOf(e) ?? (e.role ? qualifierCountry(e.role) : undefined);
}

/** Role words a description may use, and which role texts they fit. */
const ROLE_HEADS: [RegExp, RegExp][] = [
  [/\bprime minister|premier\b/i, /prime minister/i],
  [/\bforeign minister|top diplomat\b/i, /foreign minister/i],
  [/\bsecretary of state|the secretary\b/i, /secretary of state/i],
  [/\bsecretary[- ]general\b/i, /secretary[- ]general/i],
  [/\bpresident\b/i, /\bpresident\b/i],
  [/\bspokes(?:person|man|woman)\b/i, /spokes/i],
  [/\bminister\b/i, /minister/i],
  [/\bdiplomat\b/i, /minister|secretary|spokes|ambassador|diplomat/i],
  [/\bleader\b/i, /president|prime minister|leader/i],
  [/\b(?:official|adviser|advisor|aide)\b/i, /./],
];

export function cleanPhrase(phrase: string): string {
  let p = phrase
    .replace(/[\s,:;"“”‘’'—–-]+$/u, '')
    .replace(/^[\s,:;"“”‘’'—–-]+/u, '')
    .replace(/\s+/g, ' ');
  for (let before = ''; before !== p; ) {
    before = p;
    p = p.replace(LEADING_CONNECTIVE, '').replace(BETWEEN_SUBJECT_AND_VERB, '').trim();
  }
  return p;
}

/** How far back "the ministry" looks for rival bodies of its noun: about three sentences of news copy. */
const BODY_SCOPE = 600;

/**
 * The body "the ministry" stands for: the one body named with that noun in the last few
 * sentences; none when two different ones are ("Armenia's Defence Ministry …. Azerbaijan's
 * Foreign Ministry …. The ministry said": either could be meant, so the words stay as written).
 * A country's name ("Baku's plan") stands for its government but names no body by the noun.
 * With none named so, the last body of that noun that spoke, else the last one named.
 */
export function bodyOfHead(d: Discourse, head: string, fits: (e: Entity) => boolean): Entity | null {
  const recent = recentBodyOfHead(d, head, fits);
  return recent ? mostSpokenIfFar(d, recent, fits) : null;
}

/**
 * A body last named or heard paragraphs back is no nearer than the others of its noun: "the
 * ministry" there is the one of that noun the text let speak most ("The Russian Defence Ministry
 * said … [Baku's] Defence Ministry said earlier … [paragraphs on] …, the ministry said"); none
 * when two spoke as often. Named or heard in this paragraph or the one before, it stands.
 */
function mostSpokenIfFar(d: Discourse, recent: Entity, fits: (e: Entity) => boolean): Entity | null {
  if (d.bodySpeeches.size === 0) return recent;
  const at = Math.max(d.speakerAt, d.unitStart);
  if (lastSeen(d, recent, at) >= previousParagraphStart(d.text, at)) return recent;
  let best = recent;
  let most = d.bodySpeeches.get(recent.id)?.count ?? 0;
  let tied = false;
  for (const { entity, count } of d.bodySpeeches.values()) {
    if (entity.id === recent.id || count < most || !fits(entity)) continue;
    tied = count === most;
    if (count > most) [best, most] = [entity, count];
  }
  return tied ? null : best;
}

/**
 * "The International Committee of the Red Cross, the only group allowed in, has moved 600
 * patients, the organization said": the organisation the sentence opens with is the one its
 * trailing "the organization" names, whoever spoke before.
 */
export function organisationOpeningSentence(d: Discourse): Entity | null {
  if (d.speakerAt <= d.unitStart) return null;
  const first = findEntityMentions(d.text, d.unitStart, d.speakerAt)[0];
  if (first?.entity.kind !== 'organisation') return null;
  return /^\s*(?:the\s+)?$/i.test(d.text.slice(d.unitStart, first.start)) ? first.entity : null;
}

/** An abbreviation ("the CSTO") or a proper name of an organisation ("the Collective Security Treaty Organization"). */
const BODY_NAME =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{3,}|(?:\p{Lu}[\p{L}-]+\s+){1,5}Organi[sz]ation)(?![\p{L}\p{N}])/gu;

/**
 * "Armenia asked the CSTO for help … The organization said …": an organisation the gazetteer does
 * not know, named after `body` last spoke or was named, may be the one "the organization" points
 * back to; with two candidates the words are not given to the known one (precision over recall).
 */
export function unknownBodyNamedSince(d: Discourse, body: Entity): boolean {
  const at = Math.max(d.speakerAt, d.unitStart);
  const since = lastSeen(d, body, at);
  if (since < 0) return false;
  const own = [body.name, ...(body.aliases ?? [])];
  for (const m of d.text.slice(since, at).matchAll(BODY_NAME)) {
    if (own.some((name) => name.includes(m[0]) || initials(name) === m[0])) continue;
    const known = resolveEntityAt(m[0], d.at);
    if (!known || (known.id !== body.id && known.kind === 'organisation')) return true;
  }
  return false;
}

/** "International Committee of the Red Cross" → "ICRC": the capitals of a name's words. */
function initials(name: string): string {
  return name
    .replace(/\b(?:of|the|and|for|on|in)\b/g, '')
    .replace(/[^\p{Lu}\s]|\B\p{Lu}/gu, '')
    .replace(/\s+/g, '');
}

/** Where the text last named the entity or let it speak before `at`. */
export function lastSeen(d: Discourse, e: Entity, at: number): number {
  const here = at > d.unitStart ? findEntityMentions(d.text, d.unitStart, at) : [];
  for (let i = here.length - 1; i >= 0; i--) if (here[i]!.entity.id === e.id) return here[i]!.start;
  const spoke = d.bodySpeeches.get(e.id);
  let last = spoke?.last ?? -1;
  // Names the gazetteer does not list ("The Azerbaijani Defence Ministry later published …").
  for (const name of spoke?.names ?? []) last = Math.max(last, d.text.lastIndexOf(name, at - name.length));
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start >= d.unitStart || m.start <= last) continue;
    if (m.entity.id === e.id) {
      last = m.start;
      break;
    }
  }
  return last;
}

/** The start of the paragraph before the one `at` stands in. */
export function previousParagraphStart(text: string, at: number): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

function recentBodyOfHead(d: Discourse, head: string, fits: (e: Entity) => boolean): Entity | null {
  d.readMentionsBefore(d.unit);
  // "The Azerbaijani Defense Ministry said …, and the ministry later added that …": a body named
  // earlier in the same sentence is the nearest one.
  if (d.speakerAt > d.unitStart) {
    const here = findEntityMentions(d.text, d.unitStart, d.speakerAt).filter(
      (m) => fits(m.entity) && hasWord(d.text.slice(m.start, m.end), head),
    );
    if (here.length && here.every((m) => m.entity.id === here[0]!.entity.id)) return here[0]!.entity;
  }
  let recent: Entity | null = null;
  let latest = -1;
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start < d.unitStart - BODY_SCOPE) break;
    if (m.start >= d.unitStart || !fits(m.entity) || !hasWord(d.text.slice(m.start, m.end), head)) continue;
    latest = Math.max(latest, m.start);
    if (recent && recent.id !== m.entity.id) recent = null;
    else recent = m.entity;
    if (!recent) break;
  }
  // "The Foreign Ministry in Baku insisted … The ministry also noted …": a body that spoke after
  // every other of that noun was named (under words the gazetteer does not list) is the nearest.
  const spoke = d.lastBody ? d.bodySpeeches.get(d.lastBody.id)?.last : undefined;
  if (d.lastBody && spoke !== undefined && latest >= 0 && spoke > latest && fits(d.lastBody))
    return d.lastBody;
  if (latest >= 0) return recent;
  if (d.lastBody && fits(d.lastBody)) return d.lastBody;
  return lastMentioned(d, fits);
}

/** The body of those that fit that spoke last: "The Armenian ministry" after Armenia's Defence Ministry spoke. */
export function lastSpokenBody(d: Discourse, fits: (e: Entity) => boolean): Entity | null {
  let found: Entity | null = null;
  let latest = -1;
  for (const { entity, last } of d.bodySpeeches.values())
    if (last > latest && fits(entity)) [found, latest] = [entity, last];
  return found;
}

/** The word right before a place named as where something is: "the embassy in |Washington". */
export const PLACE_IN_BEFORE = /\bin\s+$/;

/** The words right before an addressee: "called on |Azerbaijan", "urged |Baku", "accused |Yerevan". */
export const ADDRESSED_BEFORE =
  /\b(?:called\s+on|calls\s+on|called\s+upon|urged|urges|accused|accuses|asked|asks|appealed\s+to|between|against|towards?)\s+$/;

/** "the president", "the Azerbaijani foreign minister", "the diplomat": the latest named person who fits. */
/** A rank right before a role's head word: "Deputy| Prime Minister", "the vice |president", "Former |Foreign Minister". */
const RANK_BEFORE_HEAD =
  /(?:^|\s)(deputy|vice|assistant|under|former|ex|junior|shadow|interim)[\s-]+(?:\p{L}+\s+)?$/iu;

export function byRoleRecency(phrase: string, d: Discourse): Entity | null {
  // "One local official" or "a diplomat" introduces someone new; only "the …" points back.
  if (/^(?:an?|one|some|two|three|several|many|another|other)\s/i.test(phrase)) return null;
  const head = ROLE_HEADS.find(([words]) => words.test(phrase));
  if (!head) return null;
  // "the Deputy Prime Minister" after "Prime Minister Nikol Pashinyan": a rank before the head
  // names another office, held only by one whose own role carries the same rank.
  const rankWord = RANK_BEFORE_HEAD.exec(phrase.slice(0, head[0].exec(phrase)!.index))?.[1];
  const rank = rankWord ? new RegExp(`\\b${rankWord}\\b`, 'i') : null;
  const country = qualifierCountry(phrase);
  // "The mission's spokesperson" is not the State Department's: an owner both name must agree.
  const owner = /['’]s\s|\s(?:for|of)\s/.test(phrase) ? ownerWords(phrase) : null;
  const institution = institutionBeforeHead(phrase.slice(0, head[0].exec(phrase)!.index));
  const fits = (e: Entity) =>
    e.kind === 'person' &&
    head[1].test(ownRole(roleAt(e, d.at))) &&
    (!rank || rank.test(roleAt(e, d.at) ?? '')) &&
    institution.every((w) => (roleAt(e, d.at) ?? '').toLowerCase().includes(w)) &&
    (!country || (countryOfPerson(e) ?? country) === country) &&
    (!owner || sameOwner(owner, ownerWords(e.role ?? '')));
  if (d.lastPerson && fits(d.lastPerson) && /\b(?:diplomat|official)\b/i.test(phrase)) return d.lastPerson;
  return subjectAmongLatest(d, fits);
}

/**
 * "The European Council President": the capitalised words before a role's head that name the
 * institution it is held in (no nationality, no rank), lower-cased. A holder's role must name them
 * too, so "President Ilham Aliyev" named before is not who it is.
 */
function institutionBeforeHead(before: string): string[] {
  return (before.match(/(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?![\p{L}'’])/gu) ?? [])
    .filter((w) => !/^the$/i.test(w) && !qualifierCountry(w) && !OTHER_NATIONALITY.test(w))
    .filter((w) => !RANK_BEFORE_HEAD.test(` ${w} `))
    .map((w) => w.toLowerCase());
}

/**
 * The latest person who fits, unless the sentence naming them names another who fits ("Colonna
 * met her counterpart Mirzoyan. "…," the minister said"): then, as for "he", the last speaker if
 * among them, else the first named (the subject, mostly), not the object named last.
 */
export function subjectAmongLatest(d: Discourse, fits: (e: Entity) => boolean): Entity | null {
  d.readMentionsBefore(d.unit);
  let i = d.mentions.length - 1;
  while (i >= 0 && !fits(d.mentions[i]!.entity)) i--;
  if (i < 0) return null;
  const latest = d.mentions[i]!.entity;
  let first = latest;
  const inSentence = new Set([latest.id]);
  for (let j = i - 1; j >= 0; j--) {
    const m = d.mentions[j]!;
    if (/[.!?]["”’]?\s|\n/.test(d.text.slice(m.end, d.mentions[i]!.start))) break;
    i = j;
    if (!fits(m.entity)) continue;
    inSentence.add(m.entity.id);
    first = m.entity;
  }
  if (inSentence.size === 1) return latest;
  return d.lastPerson && inSentence.has(d.lastPerson.id) ? d.lastPerson : first;
}

/** "the prime minister", "the chancellor": a role in lower case with no country or owner. */
export const BARE_DEFINITE_ROLE = /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;

/**
 * "Giorgia Meloni, who arrived …, spoke with the Armenian premier. “…,” the prime minister said":
 * the sentence that last named people opens with another person the gazetteer lacks, whose role
 * the text does not tell; a bare role may be theirs as well as the holder's (team rule 4: unsure,
 * no one). True when such a subject, not `holder`, opens the latest sentence naming people.
 */
export function untitledSubjectBefore(holder: Entity, d: Discourse): boolean {
  d.readPeopleBefore(d.unit);
  const at = Math.max(d.unitStart, d.speakerAt);
  let latest = -1;
  for (let i = 0; i < d.people.length; i++)
    if (d.people[i]!.start < at && (latest < 0 || d.people[i]!.start > d.people[latest]!.start)) latest = i;
  if (latest < 0) return false;
  let first = d.people[latest]!;
  for (const p of d.people) {
    if (p.start >= first.start || p.start < 0) continue;
    if (/[.!?]["”’]?\s|\n/.test(d.text.slice(p.start, first.start))) continue;
    first = p;
  }
  const e = first.entity;
  return e.kind === 'person' && e.id !== holder.id && e.id.startsWith('text:') && !e.role;
}

export function isBody(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'government';
}

/** Words that make the words before a name a clause, not a role: "tensions flared up in Nagorno Karabakh". */
export const CLAUSE_WORD =
  /\b(?:in|on|at|with|from|by|near|into|and|or|but|was|were|is|are|has|had|have|will|would)\b/i;

const ACRONYM_FIRST = /^\p{Lu}{2,}(?![\p{L}])/u;

/** A post-modifier that is a body's name: "of the International Centre for Defence and Security". */
const NAMED_POST_MODIFIER =
  /\s(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|on))*$/u;

/** A description that can be a speaker although the gazetteer lacks it (kept per phrase: it reads the phrase alone). */
export const plausibleSpeaker = keptPerText(readPlausibleSpeaker);

function readPlausibleSpeaker(phrase: string): boolean {
  // "a person briefed on the plans who was not authorized to discuss them": a relative clause says
  // more about the speaker without making the phrase any less one; only the words before it count.
  const words = phrase.replace(/\s+(?:who|whom)\s.*$/su, '').split(' ');
  // "… Tiit Rannu of the International Centre for Defence and Security": a body's name after "of"
  // is one noun however many words it is written in; the cap on length is a cap on grammar.
  // Not across a coordination ("the Committee of Canada and the Centre of Toronto" is two speakers).
  const bare = phrase.replace(/\s+(?:who|whom)\s.*$/su, '');
  const named = NAMED_POST_MODIFIER.exec(bare);
  const single = named && !/\s(?:and|or)\s/.test(bare.slice(0, named.index));
  const counted = single ? words.length - named[0].trim().split(' ').length + 1 : words.length;
  if (counted > 12 || words.length === 0) return false;
  // An all-caps acronym ("WHO", "IF") is a name, not the pronoun or conjunction it spells.
  if (
    !ACRONYM_FIRST.test(phrase) &&
    /^(?:it|there|this|that|these|those|what|which|who|whom|we|i|you|as|if|when|while|here|such|its|his|her|their|how|why|where|whether|just|only)\b/i.test(
      phrase,
    )
  )
    return false;
  // A clause fragment is no speaker: the words up to an appositive or a relative clause must be a noun phrase.
  if (!isNounPhrase(phrase.replace(/\s+(?:who|whom|whose|which|that)\b.*$/isu, '').replace(/\s*,.*$/su, '')))
    return false;
  // "regional governor Anna Mentarian": a few words of role before a name.
  const proper = trailingProperName(phrase);
  if (
    proper &&
    proper.role.split(' ').length <= 5 &&
    /^[\p{L}\s'’.-]*$/u.test(proper.role) &&
    !CLAUSE_WORD.test(proper.role)
  )
    return true;
  return true;
}

/** A text and the author a reduced relative names: "a report released today by …", "a study published last week by …". */
export const TEXT_BY_AUTHOR = new RegExp(
  String.raw`^(?:an?|the|this|that|its|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:report|study|survey|statement|analysis|assessment|review|findings|paper|letter|communiqu[eé])\s+${PUT_OUT_BY}\s+(?:[\p{Ll}\d]+\s+){0,3}by\s+(\S.*)$`,
  'u',
);

/** A text its owner put out, with what it is of or about after it: "the Kremlin's readout of the call with …". */
export const OWNED_TEXT =
  /^(?:the\s+)?(\p{Lu}[^'’,]{0,60}?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|report|release|letter|post)\s+(?:of|on|about|after|from|following)\s/u;

export const NAME_START = /^(?:the\s+)?\p{Lu}/u;
