import { DEFAULT_ROLE_DATE, resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { bothAsTheTwo } from './lexicon.ts';
import { otherCountries, relayerOwner } from './relayerOwner.ts';

/**
 * "the two ministers", "the five foreign ministers", "the ministers of the five countries", "the
 * heads of state", "the leaders", "the two deputy prime ministers": people named by the post they
 * share, maybe counted.
 */
const GROUP_BY_POST =
  /^the\s+(?:(two|three|four|five|six|[2-6])\s+)?(?:(foreign\s+ministers|ministers)|(heads\s+of\s+state|presidents)|(leaders)|(deputy\s+prime\s+ministers|vice[\s-]+premiers))(?:\s+of\s+the\s+(two|three|four|five|six|[2-6])\s+(?:countries|states|nations))?(?:\s+in\s+(?:the|their|a)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]))?$/i;

const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** A post's words, as a title before a name ("Turkish Foreign Minister") or a gazetteer role. */
const FOREIGN_MINISTER =
  /\bforeign\s+ministers?\b|\bministers?\s+of\s+foreign\s+affairs|\btop\s+diplomats?\b|\bFMs?\b/i;
const MINISTER = /(?<!\bprime\s)\bministers?\b/i;
const PRESIDENT = /(?<!\bvice[\s-])\bpresidents?\b/i;
const LEADER =
  /(?<!\bvice[\s-])\bpresidents?\b|(?<!\bdeputy\s)\bprime\s+ministers?\b|(?<!\bvice[\s-])\bpremiers?\b|\bchancellors?\b/i;
/** A head of government's deputy: "Deputy Prime Minister", "Vice-Premier". */
const DEPUTY_PRIME_MINISTER = /\bdeputy\s+prime\s+ministers?\b|\bvice[\s-]+premiers?\b/i;

/**
 * Names listed after one title ("the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan
 * and |Jeyhun Bayramov|"): the names and joiners between the title and this name.
 */
const LISTED_NAMES_AT_END =
  /(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+and\s+|,\s*(?:and\s+)?)|,\s*)+$/u;

/** "… Minister", "… President of Uzbekistan", "… ministers of Armenia and Azerbaijan," before a name. */
const TITLE_AT_END =
  /\b(?:(?:deputy|foreign|prime|top|vice)[\s-]+){0,2}(?:minister|ministers|president|presidents|premier|leader|chancellor|diplomat|FM)(?:\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+and\s+\p{Lu}[\p{L}-]*)?)?)?,?\s*$/iu;

/** The text writes the person's first or last name at `start`. */
function nameAt(text: string, start: number, name: string): boolean {
  const words = name.split(' ');
  return text.startsWith(words[0]!, start) || text.startsWith(words[words.length - 1]!, start);
}

/** The title the text writes right before a name, through a list of names sharing it. */
function titleBefore(text: string, start: number): string {
  const from = Math.max(0, start - 120);
  let before = text.slice(from, start);
  const sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  if (sentence >= 0) before = before.slice(sentence + 1);
  before = before.replace(LISTED_NAMES_AT_END, '');
  return TITLE_AT_END.exec(before)?.[0] ?? '';
}

/**
 * The members of a group the text names by their shared post ("The two ministers said in a joint
 * statement"): the people it named before with that post, by the title before their name or their
 * known role. Each is a speaker of the group's words. Null unless they are as many as the phrase
 * counts (two to six when it gives no count): a group the text does not name member by member
 * stays unnamed, never one of it.
 */
export function groupMembers(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = GROUP_BY_POST.exec(bothAsTheTwo(phrase));
  if (!m) return countedPeopleJustNamed(bothAsTheTwo(phrase), d);
  const countWord = (m[1] ?? m[6])?.toLowerCase();
  const count = countWord ? (COUNT[countWord] ?? Number(countWord)) : null;
  const post = m[2]
    ? /foreign/i.test(m[2])
      ? FOREIGN_MINISTER
      : MINISTER
    : m[3]
      ? PRESIDENT
      : m[5]
        ? DEPUTY_PRIME_MINISTER
        : LEADER;
  const end = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  const members = new Map<string, ResolvedSpeaker>();
  for (const entity of peopleWithPost(post, d, end))
    if (!members.has(entity.id)) members.set(entity.id, { entity, mention: phrase, viaDocument: false });
  // "the foreign ministers of Iran, Russia and Turkey met …": each country's holder of the post then,
  // when the text named the countries but not yet every minister.
  if (count === null ? members.size < 2 : members.size !== count)
    for (const entity of holdersOfListedCountries(post, d, end))
      if (!members.has(entity.id)) members.set(entity.id, { entity, mention: phrase, viaDocument: false });
  // "chaired by Armenia's Deputy Prime Minister Mher Grigoryan and Azerbaijan's Deputy Prime Minister
  // Shahin Mustafayev": a name the text writes right after the post's title, when the readers missed it.
  if (count !== null && members.size < count)
    for (const entity of titledNamesBefore(post, d, end))
      if (![...members.values()].some((m) => m.entity.name === entity.name))
        members.set(entity.id, { entity, mention: phrase, viaDocument: false });
  const n = members.size;
  // "The foreign ministers …, Mirzoyan and Bayramov, met … hosted by Foreign Minister Baerbock. The
  // two ministers said …": of more holders than counted, the one pair the text joined by "and".
  if (count === 2 && n > 2) return joinedPair([...members.values()], d.text.slice(0, end));
  if (count === null ? n < 2 || n > 6 : n !== count) return null;
  return [...members.values()];
}

/** "the two men", "In a joint protocol the two men": people counted with no post, those just named. */
const COUNTED_PEOPLE =
  /^(?:(?:in|under)\s+(?:a|the|their)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|protocol),?\s+)?the\s+(two|three|four|[2-4])\s+(?:men|women)(?:\s+in\s+(?:the|their|a)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|protocol))?$/i;

/**
 * "… led by Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev. In a joint protocol the two
 * men said …": counted people with no post are the people the sentence right before names, when
 * it names as many as counted and no more; anything else stays unnamed.
 */
function countedPeopleJustNamed(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = COUNTED_PEOPLE.exec(phrase);
  if (!m) return null;
  const count = COUNT[m[1]!.toLowerCase()] ?? Number(m[1]);
  const before = d.text.slice(0, d.unitStart).trimEnd();
  const stop = Math.max(
    ...[...before.slice(0, -1).matchAll(/[.!?]["”’]?\s+|\n/gu)].map((s) => s.index + s[0].length),
    0,
  );
  const named = new Map<string, Entity>();
  for (const entity of peopleNamedBetween(d, stop, d.unitStart)) named.set(entity.name, entity);
  // "Azerbaijan's Deputy Prime Minister Shahin Mustafayev": a name after a title the readers missed.
  for (const entity of titledNamesBefore(/./, d, d.unitStart, stop))
    if (![...named.values()].some((e) => e.name.split(/\s+/).at(-1) === entity.name.split(/\s+/).at(-1)))
      named.set(entity.name, entity);
  return named.size === count
    ? [...named.values()].map((entity) => ({ entity, mention: phrase, viaDocument: false }))
    : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Mher Grigoryan" is no "Armen Grigoryan": a surname the gazetteer knows, written after another
 * given name, is a namesake, named and placed as the text writes them (as the speaker readers
 * name them). Any other mention stands as read.
 */
function asWritten(text: string, at: { start: number; entity: Entity }): { start: number; entity: Entity } {
  if (at.entity.id.startsWith('text:')) return at;
  const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, at.start - 30), at.start))?.[1];
  const surname = at.entity.name.split(/\s+/).at(-1)!;
  if (!given || !text.startsWith(surname, at.start) || isTitleWord(given)) return at;
  const givenNames = [at.entity.name, ...(at.entity.aliases ?? [])].map((n) => n.split(/\s+/)[0]!);
  if (givenNames.includes(given)) return at;
  return { start: at.start - given.length - 1, entity: textEntity(`${given} ${surname}`) };
}

/** A given name right before a surname: "Mher |Grigoryan". */
const GIVEN_NAME_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) $/u;

/** Title words a name may follow: "Minister |Grigoryan" has no given name. */
const isTitleWord = (word: string) =>
  TITLE_AT_END.test(word) || /^(?:Mr|Mrs|Ms|Dr|Deputy|Speaker|General)$/.test(word);

/** A title and the full name after it: "Deputy Prime Minister Shahin Mustafayev". */
const TITLED_NAME =
  /\b((?:(?:Deputy|First|Foreign|Prime|Vice)[\s-]+){0,3}(?:Minister|President|Premier|Chancellor))\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;

/** The people the text names right after a title of `post` from `from` to `end`, as the text writes them. */
function titledNamesBefore(post: RegExp, d: Discourse, end: number, from = 0): Entity[] {
  const found: Entity[] = [];
  for (const m of d.text.slice(0, end).matchAll(TITLED_NAME)) {
    if (m.index < from || !post.test(m[1]!)) continue;
    const known = resolveEntityAt(m[2]!, d.at);
    const start = m.index + m[0].length - m[2]!.length;
    const named = known?.kind === 'person' ? asWritten(d.text, { start, entity: known }).entity : null;
    found.push(named && named.name.split(/\s+/)[0] === m[2]!.split(/\s+/)[0] ? named : textEntity(m[2]!));
  }
  return found;
}

/** The surname as written: the last word of the name. */
const surname = (e: Entity) => escapeRegExp(e.name.split(/\s+/).at(-1)!);

/**
 * The only two of `members` whose names the text writes joined by "and" ("Ararat Mirzoyan and
 * Jeyhun Bayramov"), as speakers of the phrase; null when no pair, or more than one, is so joined.
 */
function joinedPair(members: ResolvedSpeaker[], before: string): ResolvedSpeaker[] | null {
  const pairs: ResolvedSpeaker[][] = [];
  for (const a of members)
    for (const b of members) {
      if (a === b) continue;
      const joined = new RegExp(
        `(?<![\\p{L}-])${surname(a.entity)}\\s+and\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${surname(b.entity)}(?![\\p{L}-])`,
        'u',
      );
      if (joined.test(before)) pairs.push([a, b]);
    }
  return pairs.length === 1 ? pairs[0]! : null;
}

/** A minister of a portfolio other than foreign affairs: "Defence Minister", "the economy minister". */
const OTHER_PORTFOLIO =
  /\b(?:defen[cs]e|interior|economy|economic|finance|energy|justice|health|transport|trade|agriculture|education|culture|emergencies|emergency\s+situations)\s+ministers?\b|\bministers?\s+of\s+(?!foreign)\p{L}/iu;

/** "the top Iranian diplomat": a foreign minister by a demonym between the words. */
const TOP_DIPLOMAT = /\btop\s+(?:\p{Lu}\p{L}+\s+)?diplomat\b/u;

const COUNTRY = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
/**
 * "the foreign ministers of Iran, Russia, Turkey, Azerbaijan and Armenia", "his counterparts from
 * Russia, Turkey and Armenia": a post and the countries whose holders of it the text means.
 */
const POST_OF_COUNTRIES = new RegExp(
  String.raw`\b(?:(foreign\s+ministers|presidents)\s+of|counterparts\s+from)\s+(${COUNTRY}(?:,\s+${COUNTRY})*,?\s+and\s+${COUNTRY})\b`,
  'gu',
);

/**
 * The holders at the piece's date of a post the text gives to a list of countries before `end`:
 * "the foreign ministers of A, B and C" gives each country's foreign minister. Counterparts are
 * holders of the phrase's own post. Only countries whose holder the gazetteer knows at that date.
 */
/**
 * When the piece's date is not known, the post's holder at the default date is a guess: a holder of
 * the same post the text itself names ("Foreign Minister Abbas Araghchi told reporters …") is the
 * one the list means, when it names one.
 */
function holderTheTextNames(holder: Entity, d: Discourse): Entity {
  if (d.at !== DEFAULT_ROLE_DATE || !holder.role) return holder;
  const named = new Map<string, Entity>();
  for (const m of d.text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const e = resolveEntityAt(words.slice(i).join(' '), d.at);
      if (e?.kind === 'person' && e.role === holder.role) named.set(e.id, e);
    }
  }
  return named.size === 1 && !named.has(holder.id) ? named.values().next().value! : holder;
}

/** Up to four capitalised words in a row: where a person's name may stand. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}/gu;

function holdersOfListedCountries(post: RegExp, d: Discourse, end: number): Entity[] {
  const found: Entity[] = [];
  for (const m of d.text.slice(0, end).matchAll(POST_OF_COUNTRIES)) {
    const role = m[1] ? (/^presidents/i.test(m[1]) ? 'President' : 'Foreign Minister') : null;
    // "The top Iranian diplomat … attended by his counterparts from …": counterparts hold the post the
    // words just before name; no minister of another portfolio may be the one they are counterparts of.
    const before = d.text.slice(Math.max(0, m.index - 300), m.index);
    const foreignCounterparts =
      (FOREIGN_MINISTER.test(before) || TOP_DIPLOMAT.test(before)) && !OTHER_PORTFOLIO.test(before);
    const title = role ?? (post !== LEADER && foreignCounterparts ? 'Foreign Minister' : null);
    if (!title || !post.test(`${title.toLowerCase()}s`)) continue;
    for (const country of m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const holder = resolveEntityAt(`${title} of ${country}`, d.at);
      if (holder?.kind === 'person') found.push(holderTheTextNames(holder, d));
    }
  }
  return found;
}

/**
 * The people the text named before `end` under a post, in text order: by the title written
 * before the name, or for a name written bare, by the gazetteer's role.
 */
function peopleWithPost(post: RegExp, d: Discourse, end: number): Entity[] {
  const found: Entity[] = [];
  for (const p of peopleNamed(d)) {
    if (p.start >= end) continue;
    const title = titleBefore(d.text, p.start);
    // The gazetteer's role for a name written bare; a text's guess at a role is no post.
    const role = p.entity.id.startsWith('text:') ? '' : (p.entity.role ?? '');
    if (post.test(title) || (!title && post.test(role))) found.push(p.entity);
  }
  return found;
}

/** The people the text names from `from` to `end`, in text order, as the text writes them. */
function peopleNamedBetween(d: Discourse, from: number, end: number): Entity[] {
  return peopleNamed(d)
    .filter((p) => p.start >= from && p.start < end)
    .map((p) => p.entity);
}

/** Every person the text names up to the current unit, where it writes the name, in text order. */
function peopleNamed(d: Discourse): { start: number; entity: Entity }[] {
  d.readPeopleBefore(d.unit + 1);
  d.readMentionsBefore(d.unit + 1);
  // The people reader's "Hossein Amir-Abdollahian" where the gazetteer knows "Amir-Abdollahian".
  const known = d.mentions.filter((k) => k.entity.kind === 'person');
  // Only where the text writes the name: a speaker is also filed at the start of its sentence.
  const people = d.people.filter(
    (p) =>
      nameAt(d.text, p.start, p.entity.name) &&
      !known.some((k) => k.start >= p.start && k.start <= p.start + p.entity.name.length),
  );
  return [...known, ...people]
    .map((k) => asWritten(d.text, k))
    .filter((p) => p.entity.kind === 'person' && p.entity.id !== d.toldOne?.id)
    .sort((a, b) => a.start - b.start);
}

/** "the head of state", "the prime minister", "the chancellor", "the minister": a post named back, and the words for it. */
const POST_BACK =
  /^the\s+(?:(head\s+of\s+state|president)|(prime\s+minister|premier)|(foreign\s+minister)|(minister)|(chancellor))$/i;
const PRIME_MINISTER = /\bprime\s+minister\b|\bpremier\b|\bPM\b/i;
const CHANCELLOR = /\bchancellors?\b/i;

/**
 * "Peskov noted that the head of state believes …", "His spokeswoman said the prime minister had
 * told …": the post named back is its holder the text named last before `end` (never `not`, the
 * relayer). Null for any other phrase, or when the text named no one under that post.
 * A bare "the minister" may be any minister: it is one only when the text named exactly one
 * (of the relayer's country, when known), and the relayer's own principal only when a minister.
 */
export function postHolderBefore(phrase: string, d: Discourse, end: number, relayer: Entity): Entity | null {
  const m = POST_BACK.exec(phrase.trim());
  if (!m) return null;
  // "Press Secretary of the President of Russia Dmitry Peskov noted that the head of state …".
  const owner = relayerOwner(relayer, d, end + 200);
  // A minister or chancellor named back is the owner only when the owner holds that post.
  const ownPost = m[4] ? MINISTER : m[5] ? CHANCELLOR : null;
  if (owner && (!ownPost || ownPost.test(owner.role ?? ''))) return owner;
  const post = m[1]
    ? PRESIDENT
    : m[2]
      ? PRIME_MINISTER
      : m[3]
        ? FOREIGN_MINISTER
        : m[5]
          ? CHANCELLOR
          : MINISTER;
  const holders = peopleWithPost(post, d, end).filter((e) => e.id !== relayer.id);
  if (m[4]) {
    // "Zakharova said Lavrov had met his Azerbaijani colleague Bayramov. The minister stressed …".
    const ours = new Map(holders.filter((e) => !otherCountries(e, relayer)).map((e) => [e.id, e]));
    return ours.size === 1 ? [...ours.values()][0]! : null;
  }
  // A Kremlin spokesman's "head of state" is no European Council president named before, nor
  // Aliyev named after Putin in "Putin had talked to Aliyev": the last holder of the relayer's own
  // country, or of any country when the relayer's is unknown.
  return holders.filter((e) => !otherCountries(e, relayer)).at(-1) ?? null;
}
