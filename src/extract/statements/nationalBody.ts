import { OWNER_DEMONYM } from '../entities/demonyms.ts';
import { GAZETTEER } from '../entities/gazetteer.ts';
import { foldUndecomposed } from '../entities/normalise.ts';
import { COUNTRY_WORDS, qualifiedBody } from '../entities/qualifiedBodies.ts';
import { countryOf, entityById, type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import { homeCountry } from './homeCountry.ts';
import type { HomeCountry } from './homeCountryData.ts';
import { isKarabakhBodyHead } from './karabakhBody.ts';
import { keptPerText } from './keptPerText.ts';
import { NOT_ASCII } from './lexicon.ts';
import type { DocumentOutlet } from './ownOutlet.ts';

/** The head nouns of a state body ("the Ministry of Defense", "the State Border Service"), not of a person. */
const BODY_HEAD =
  /\b(?:ministry|service|office|committee|agency|department|army|police|guard|inspectorate|administration|procuracy)\b/;

/** How the gazetteer names a country's bodies: "Armenia's Defense Ministry", "Armenian Defense Ministry". */
const COUNTRY_NAMES: Partial<Record<HomeCountry, [string, string]>> = {
  AM: ['Armenia', 'Armenian'],
  AZ: ['Azerbaijan', 'Azerbaijani'],
  RU: ['Russia', 'Russian'],
  TR: ['Turkey', 'Turkish'],
  IR: ['Iran', 'Iranian'],
  FR: ['France', 'French'],
};

export interface BodyContext {
  text: string;
  /** Where the words being read stand: only what comes before can point elsewhere. */
  before: number;
  outlet: DocumentOutlet | null;
  at: RoleDate;
}

let spellings: Map<string, string[]> | null = null;

/** The heads a gazetteer entry's spellings give (see hasHead), read once per entry. */
const headsById = new Map<string, ReadonlySet<string | undefined>>();

/** Is the gazetteer's entity a body of that head ("defense ministry"), not the country's government? */
function hasHead(e: Entity, head: string): boolean {
  spellings ??= new Map(GAZETTEER.map((g) => [g.id, [g.name, ...g.variants]]));
  const names = spellings.get(e.id);
  if (!names) return qualifiedBody(e.name)?.head === head;
  let heads = headsById.get(e.id);
  if (!heads) headsById.set(e.id, (heads = new Set(names.map((n) => qualifiedBody(n)?.head))));
  return heads.has(head);
}

/** The same speaker phrases recur across documents: each is split into country and head once. */
const qualifiedPhrase = keptPerText(qualifiedBody);

/** The gazetteer's body of that name in that country: "the Defense Ministry" in Armenia is `mod-armenia`. */
function countrysBody(body: string, head: string, country: HomeCountry, at: RoleDate): Entity | null {
  if (country === 'NK') return isKarabakhBodyHead(body) ? entityById('karabakh-authorities') : null;
  const names = COUNTRY_NAMES[country];
  if (!names) return null;
  const [name, demonym] = names;
  for (const written of [`${name}'s ${body}`, `${body} of ${name}`, `${demonym} ${body}`]) {
    const e = resolveEntityAt(written, at);
    if (
      e &&
      (e.kind === 'organisation' || e.kind === 'government') &&
      countryOf(e) === country &&
      hasHead(e, head)
    )
      return e;
  }
  return null;
}

/** Does the gazetteer know these words as a body of their own ("the State Department"), not only as a country's government? */
function knownBody(phrase: string, head: string, at: RoleDate): boolean {
  const known = resolveEntityAt(phrase, at);
  return known !== null && (known.kind !== 'government' || hasHead(known, head));
}

/**
 * "Azerbaijan's presidential administration" where the gazetteer lists "the Azerbaijani presidential
 * administration": a body named with its country is the same body in the other ways of writing it.
 */
function otherSpelling(phrase: string, head: string, country: string, at: RoleDate): Entity | null {
  if (!(country in COUNTRY_NAMES) || knownBody(phrase, head, at)) return null;
  return countrysBody(head, head, country as HomeCountry, at);
}

/** "defense ministry" is also written "ministry of defense"; "foreign ministry" "ministry of foreign affairs". */
function headSpellings(head: string): string[] {
  const m = /^(.+) (ministry|department|office|service|committee)$/.exec(head);
  if (!m) return [head];
  const of = [`${m[2]} of ${m[1]}`];
  if (m[1] === 'foreign') of.push(`${m[2]} of foreign affairs`);
  return [head, ...of];
}

const COMBINING_MARK = /\p{M}/gu;

/** Marks no name runs across: a dash, colon, sentence end, bracket, quotation mark or line break. */
const PHRASE_BREAK = /[–—:;.!?()[\]"“”«»\n]|\s-\s/g;

/**
 * The words as normaliseName writes names, for a long stretch of text: not kept in its memory,
 * which is for names (a document's opening would fill it).
 */
function folded(text: string): string {
  // In ASCII (most copy) there are no marks to strip, and the letter and digit classes are
  // ASCII's own: the Unicode classes cost about a microsecond a character over a document.
  const ascii = !NOT_ASCII.test(text);
  const lower = (ascii ? text : text.normalize('NFD').replace(COMBINING_MARK, ''))
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
  return (
    (ascii ? lower : foldUndecomposed(lower))
      .replace(/\bdefence\b/g, 'defense')
      .replace(/'s\b/g, '')
      // A headline's credit ("… in Karabakh – Ministry of Defense") or a sentence's end parts the
      // words: "karabakh" before the dash is no country of the ministry after it.
      .replace(PHRASE_BREAK, ' | ')
      .replace(ascii ? /[^a-z0-9\s|]/g : /[^\p{L}\p{N}\s|]/gu, ' ')
      .replace(/\s+/g, ' ')
  );
}

/** A letter or mark outside ASCII: folding may write it as an ASCII letter ("é" → "e", "ı" → "i"). */
const NON_ASCII_LETTER = /(?![\0-\x7f])[\p{L}\p{M}]/u;

/**
 * Can the folded words of `raw` hold any of the spellings? Folding a text is most of the cost of
 * looking for a name in it, and most stretches asked about never name the body. Folding only
 * lower-cases letters, strips marks, writes a few letters as ASCII and "defence" as "defense":
 * with no letter outside ASCII, each word of a spelling held (but "defense") stands in the
 * lower-cased text as written. False only when no spelling can be found in the folded words.
 */
function mayHoldSpelling(raw: string, spellings: readonly string[]): boolean {
  if (NON_ASCII_LETTER.test(raw)) return true;
  const lower = raw.toLowerCase();
  return spellings.some((s) => s.split(' ').every((word) => word === 'defense' || lower.includes(word)));
}

/**
 * Can the phrase's head (qualifiedPhrase) be a body's? Most speaker phrases name no body, and
 * every phrase pays these readers: a head word must stand in the phrase's lower-cased words, as
 * normalising writes them, when the phrase holds no letter outside ASCII and no "_" (the one
 * ASCII character a word boundary reads otherwise there). False only when the head cannot be.
 */
function mayNameBodyHead(phrase: string): boolean {
  return NON_ASCII_LETTER.test(phrase) || phrase.includes('_') || BODY_HEAD.test(phrase.toLowerCase());
}

/** Where the text first names a body of this head with another country, -1 if nowhere. */
function firstNamedElsewhere(written: string, spellings: string[], home: HomeCountry | null): number {
  let first = -1;
  for (const spelling of spellings) {
    if (!written.includes(spelling)) continue;
    for (const [word, country] of COUNTRY_WORDS) {
      if (country === home) continue;
      for (const form of [` ${word} ${spelling} `, ` ${spelling} of ${word} `]) {
        const at = written.indexOf(form);
        if (at >= 0 && (first < 0 || at < first)) first = at;
      }
    }
  }
  return first;
}

/** Is " the <spelling> " at this index written without a country after it ("the ministry of defense of armenia")? */
function bareAt(written: string, at: number, spelling: string): boolean {
  const from = at + spelling.length + 6;
  const after = written.slice(from, from + 30);
  return !COUNTRY_WORDS.some(([word]) => after.startsWith(`of ${word} `));
}

/**
 * Does the text before name a body of this head with another country ("Azerbaijan's Defense
 * Ministry")? Not when the writer used the bare name before naming any other country's body: that
 * bare name is the writer's own country's body, and stays so after a foreign one is named with
 * its country ("the Ministry of Defense said … the Ministry of Defense of Armenia … the Ministry
 * of Defense added").
 */
function namedElsewhere(head: string, home: HomeCountry, before: string): boolean {
  const spellings = headSpellings(head);
  if (!mayHoldSpelling(before, spellings)) return false;
  const written = ` ${folded(before)} `;
  const first = firstNamedElsewhere(written, spellings, home);
  return first >= 0 && !bareBefore(written, spellings, first);
}

/** Is "the <spelling>" written bare somewhere before this index? */
function bareBefore(written: string, spellings: string[], end: number): boolean {
  for (const spelling of spellings) {
    const form = ` the ${spelling} `;
    for (let at = written.indexOf(form); at >= 0 && at < end; at = written.indexOf(form, at + 1))
      if (bareAt(written, at, spelling)) return true;
  }
  return false;
}

/**
 * Did the writer use this bare name ("the Ministry of Defense") before naming any country's body of
 * that head? Then a later bare use is not a back-reference to a country's body named since.
 */
export function bareNameFirst(phrase: string, c: BodyContext): boolean {
  if (!mayNameBodyHead(phrase)) return false;
  const q = qualifiedPhrase(phrase);
  if (!q || q.country !== null || !BODY_HEAD.test(q.head)) return false;
  const before = c.text.slice(0, c.before);
  const spellings = headSpellings(q.head);
  if (!mayHoldSpelling(before, spellings)) return false;
  const written = ` ${folded(before)} `;
  const first = firstNamedElsewhere(written, spellings, null);
  return first >= 0 && bareBefore(written, spellings, first);
}

/** A country's forces by its demonym: "Russian peacekeepers", "the Russian peacekeeping contingent", "12 Azerbaijani servicemen". */
const FORCES =
  /\b(Russian|Armenian|Azerbaijani|Turkish|Iranian)\s+(?:\p{Ll}+\s+)?(?:peacekeepers|servicemen|soldiers|troops|contingent)\b/gu;
const DEMONYM_HOME: Readonly<Record<string, HomeCountry>> = {
  Russian: 'RU',
  Armenian: 'AM',
  Azerbaijani: 'AZ',
  Turkish: 'TR',
  Iranian: 'IR',
};
/** Where a sentence ends: its mark, a closing quote at most, then space. */
const SENTENCE_END = /[.!?]["”»]?(?=\s|$)/g;

/**
 * "Russian peacekeepers died …. The Ministry of Defence confirmed that a car carrying servicemen …",
 * "According to the Ministry of Defense, 12 Azerbaijani servicemen were killed": in copy that tells
 * no home country, a defence ministry that reports on one country's forces, named in its own
 * sentence or the one before it in its paragraph, is that country's; forces of two countries
 * leave it unsaid. Null otherwise.
 */
function forcesCountry(text: string, before: number): HomeCountry | null {
  const near = forcesNear(text, before);
  if (near) return near;
  // "The Ministry of Defence confirmed … [Russian peacekeepers] … According to the Ministry of
  // Defence, …": the writer's bare name is the body its first bare use was told to be.
  BARE_DEFENCE.lastIndex = 0;
  const first = BARE_DEFENCE.exec(text.slice(0, before));
  if (!first) return null;
  const paragraph = text.lastIndexOf('\n', first.index - 1) + 1;
  const opening = text.slice(paragraph, first.index);
  let start = paragraph;
  for (const m of opening.matchAll(SENTENCE_END)) start = paragraph + m.index + m[0].length;
  return start < before ? forcesNear(text, start) : null;
}

/** "The Ministry of Defence", "the Defense Ministry" written bare: no country before or after it. */
const BARE_DEFENCE =
  /\b[Tt]he\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)\b(?!\s+of\s+(?:the\s+)?\p{Lu})/gu;

function forcesNear(text: string, before: number): HomeCountry | null {
  const paragraph = text.lastIndexOf('\n', before - 1) + 1;
  const opening = text.slice(paragraph, before);
  // The sentence before: from the end of the one before it, or the paragraph's start.
  const ends = [0, ...[...opening.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
  const from = opening.trim() ? (ends.length > 1 ? ends[ends.length - 2]! : 0) : opening.length;
  SENTENCE_END.lastIndex = before;
  const end = SENTENCE_END.exec(text)?.index ?? text.length;
  const words = text.slice(paragraph + from, Math.min(end, before + 400));
  const found = new Set<HomeCountry>();
  for (const m of words.matchAll(FORCES)) found.add(DEMONYM_HOME[m[1]!]!);
  return found.size === 1 ? [...found][0]! : null;
}

/** After a body's name, the abbreviation the article defines for it: "(SBS)". */
const DEFINED_ABBREVIATION = /^\s*\(\p{Lu}{2,6}\)/u;

/**
 * "The State Border Service (SBS) announced": a body the article abbreviates is named by its
 * abbreviation wherever it stands (conventions rule 7), so its bare name is left as written.
 */
function abbreviatedInText(phrase: string, text: string): boolean {
  const name = phrase.replace(/^the\s+/i, '');
  if (!name) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (DEFINED_ABBREVIATION.test(text.slice(at + name.length, at + name.length + 12))) return true;
  return false;
}

/**
 * The body an unqualified national name stands for ("the Ministry of Defense said" in an Armenian
 * agency's copy): the document's home country's body of that name, when the gazetteer knows one
 * and the text before names no other country's body of that name. A name with its country is that
 * country's body however the gazetteer spells it. Null otherwise: the words are then filed as
 * written (precision over recall).
 */
export function nationalBody(phrase: string, c: BodyContext): Entity | null {
  if (!BODY_HEAD.test(phrase.toLowerCase())) return null;
  const q = qualifiedPhrase(phrase);
  if (!q || !BODY_HEAD.test(q.head)) return null;
  if (q.country !== null) return otherSpelling(phrase, q.head, q.country, c.at);
  if (ownedByOtherCountry(phrase)) return null;
  const home =
    homeCountry(c.text, c.outlet) ?? (q.head === 'defense ministry' ? forcesCountry(c.text, c.before) : null);
  if (!home || abbreviatedInText(phrase, c.text)) return null;
  // A body the gazetteer knows by these very words ("the State Department") is that body.
  if (knownBody(phrase, q.head, c.at)) return null;
  const body = countrysBody(phrase.replace(/^the\s+/i, ''), q.head, home, c.at);
  if (!body || namedElsewhere(q.head, home, c.text.slice(0, c.before))) return null;
  return body;
}

/** A country the gazetteer has no bodies for, as an owner or its adjective: "Thailand's", "the Philippines'", "Philippine". */
const OTHER_COUNTRY_OWNER = new RegExp(
  `^(?:the\\s+)?(?:(?:${Object.keys(OWNER_DEMONYM).join('|')}|Philippines|Netherlands)(?:['’]s|(?<=s)['’])|(?:${Object.values(OWNER_DEMONYM).join('|')})\\s)`,
  'iu',
);

/**
 * "The Philippines' Department of Foreign Affairs", "the Thai Ministry of Foreign Affairs": a body
 * its words give to another country is never the home country's, even where the gazetteer cannot
 * say which country that is.
 */
function ownedByOtherCountry(phrase: string): boolean {
  return OTHER_COUNTRY_OWNER.test(phrase.trim());
}

/**
 * "Foreign Ministry spokeswoman Maria Zakharova said … The ministry also said": a body named
 * without its country as a known person's employer is the body of that person's country, when
 * the person's role names it. Null otherwise.
 */
export function personsCountryBody(phrase: string, person: Entity, at: RoleDate): Entity | null {
  const q = qualifiedPhrase(phrase);
  if (!q || q.country !== null || !BODY_HEAD.test(q.head)) return null;
  const country = countryOf(person);
  if (!country || !(country in COUNTRY_NAMES)) return null;
  const role = ` ${folded(person.role ?? '')} `;
  if (!headSpellings(q.head).some((spelling) => role.includes(` ${spelling} `))) return null;
  return countrysBody(phrase.replace(/^the\s+/i, ''), q.head, country as HomeCountry, at);
}

/** "the ministry of defense of the republic of azerbaijan", "… of the russian federation": a country after the name. */
function countryAfter(written: string, from: number): Country | null {
  const after = written.slice(from, from + 40);
  if (after.startsWith(' of the russian federation ')) return 'RU';
  for (const [word, country] of COUNTRY_WORDS)
    if (after.startsWith(` of ${word} `) || after.startsWith(` of the republic of ${word} `)) return country;
  return null;
}

/** A country word right before the name: "armenian defense ministry", "russia defense ministry". */
function countryBefore(written: string, at: number): Country | null {
  for (const [word, country] of COUNTRY_WORDS) if (written.endsWith(` ${word}`, at)) return country;
  return null;
}

type Country = (typeof COUNTRY_WORDS)[number][1];

interface NameUse {
  paragraph: number;
  /** The country the words name with it; null when written bare. */
  country: Country | null;
}

/** The uses of the name in one paragraph's words, in order, with the country named with each. */
function usesIn(paragraph: string, index: number, spellings: string[]): NameUse[] {
  return usesInWritten(` ${folded(paragraph)} `, index, spellings);
}

/** The uses of the name in one paragraph's folded words (` ${folded(paragraph)} `). */
function usesInWritten(written: string, index: number, spellings: string[]): NameUse[] {
  const uses: (NameUse & { at: number })[] = [];
  for (const spelling of spellings)
    for (let at = written.indexOf(` ${spelling} `); at >= 0; at = written.indexOf(` ${spelling} `, at + 1)) {
      // "the ministry of defense" inside "the defense ministry …" never overlaps; each spelling is read once.
      const country = countryBefore(written, at) ?? countryAfter(written, at + spelling.length + 1);
      uses.push({ paragraph: index, at, country });
    }
  return uses.sort((a, b) => a.at - b.at);
}

const PARAGRAPH_BREAK = /\n\s*\n/g;

/**
 * A text's paragraphs, each one's folded words and its uses of each name asked for, read once per
 * text and only as far as asked: a live blog asks at every entry, a text asks for several names
 * ("the ministry", "the foreign ministry") in turn, and most ask only in their first paragraphs.
 */
let textRead: {
  text: string;
  starts: number[];
  written: (string | undefined)[];
  uses: Map<string, (NameUse[] | undefined)[]>;
  /** The uses in the stretch of a paragraph before a place, by place and name: one unit's speakers ask again. */
  partial: Map<string, NameUse[]>;
} | null = null;

function paragraphsOf(text: string): NonNullable<typeof textRead> {
  if (textRead?.text !== text) {
    const starts = [0];
    for (const m of text.matchAll(PARAGRAPH_BREAK)) starts.push(m.index + m[0].length);
    textRead = { text, starts, written: [], uses: new Map(), partial: new Map() };
  }
  return textRead;
}

/** One paragraph's uses of a name, kept. */
function paragraphUses(
  read: NonNullable<typeof textRead>,
  i: number,
  key: string,
  spellings: string[],
): NameUse[] {
  let byParagraph = read.uses.get(key);
  if (!byParagraph) read.uses.set(key, (byParagraph = []));
  let uses = byParagraph[i];
  if (!uses) {
    const { text, starts } = read;
    let written = read.written[i];
    if (written === undefined) {
      const raw = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
      // A paragraph that cannot hold the name is not folded (another name may still fold it).
      if (mayHoldSpelling(raw, spellings)) read.written[i] = written = ` ${folded(raw)} `;
    }
    byParagraph[i] = uses = written === undefined ? [] : usesInWritten(written, i, spellings);
  }
  return uses;
}

/** Each use of the name in the text before `before`, paragraph by paragraph, and the index of the paragraph `before` is in. */
function usesOfName(
  text: string,
  before: number,
  spellings: string[],
): { uses: NameUse[]; paragraph: number } {
  const read = paragraphsOf(text);
  const { starts } = read;
  const key = spellings.join('|');
  let paragraph = 0;
  for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= before) {
      paragraph = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const earlier: NameUse[] = [];
  for (let i = 0; i < paragraph; i++) earlier.push(...paragraphUses(read, i, key, spellings));
  const partialKey = `${before}|${key}`;
  let partial = read.partial.get(partialKey);
  if (!partial) {
    const stretch = text.slice(starts[paragraph], before);
    partial = mayHoldSpelling(stretch, spellings) ? usesIn(stretch, paragraph, spellings) : [];
    read.partial.set(partialKey, partial);
  }
  return { uses: [...earlier, ...partial], paragraph };
}

/**
 * "The Ministry of Defense of Azerbaijan informed … The Ministry of Defense said … The Armenian
 * Defense Ministry claimed … Russia's Defense Ministry reported … According to the Ministry of
 * Defense, …": a writer who used the bare name for the one country's body named then names the
 * others with their country, so a later bare use is that body still. Not when the writer's bare
 * uses point to two countries, and not when another country's body of that name was named in the
 * same or the paragraph before (the nearer reading). The document's home country's body named
 * before any other country's is read so too. Null otherwise.
 */
export function writersBareBody(phrase: string, c: BodyContext): Entity | null {
  if (!mayNameBodyHead(phrase)) return null;
  const q = qualifiedPhrase(phrase);
  if (!q || q.country !== null || !BODY_HEAD.test(q.head)) return null;
  const { uses, paragraph } = usesOfName(c.text, c.before, headSpellings(q.head));
  const named = new Set<Country>();
  let writers: Country | null = null;
  let first: Country | null = null;
  let last: NameUse | null = null;
  for (const use of uses) {
    if (use.country) {
      named.add(use.country);
      first ??= use.country;
      last = use;
    } else if (named.size === 1) {
      const [only] = named;
      if (writers && writers !== only) return null;
      writers = only!;
    }
  }
  // "BAKU, …" copy that named its own country's ministry before any other's: the writer's own, as
  // a bare use after it would have been.
  if (!writers && first && first === homeCountry(c.text, c.outlet)) writers = first;
  if (!writers || !(writers in COUNTRY_NAMES || writers === 'NK')) return null;
  if (last && last.country !== writers && last.paragraph >= paragraph - 1) return null;
  return countrysBody(phrase.replace(/^the\s+/i, ''), q.head, writers as HomeCountry, c.at);
}
