import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity, trailingProperName } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';

/**
 * Who in a text carries a noun: "Archbishop Bagrat Galstanyan" carries "archbishop", "Anna Petrosyan,
 * a cleric of the diocese," carries "cleric", "Armenia's Security Council" carries "council". The
 * evidence is the text's own grammar (a title before a name, an apposition, "X is the …", a body's
 * head noun), never a list of titles, so that any noun a text gives someone can be traced back.
 */

/** A person's written name: two or three capitalised words. */
const NAME_WORD =
  "(?!(?:Of|The|And|For|In|On|At|To|By|With|From|Is|Are|Was|Were|An?|As)(?![\\p{L}'’-]))\\p{Lu}[\\p{Ll}'’-]+";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
/** Where a name ends: punctuation, a lower-case word, or the end. */
const NAME_END = "(?![\\p{L}'’-])(?=\\s*[,.;:()]|\\s+\\p{Ll}|\\s*$)";
/** Words of a noun phrase before its head, none of them a preposition that makes the head another's. */
const PREMODIFIERS = "(?:(?!(?:of|for|to|by|with|from|and|or)\\s)[\\p{L}'’-]+\\s+){0,4}";

function caseBlindFirst(word: string): string {
  const first = word[0]!;
  return `[${first.toLowerCase()}${first.toUpperCase()}]${word.slice(1).toLowerCase()}`;
}

function nounPattern(noun: string): string {
  return noun.split(/\s+/).map(caseBlindFirst).join('\\s+');
}

interface Holder {
  key: string;
  entity: Entity;
}

/** The person a written run of capitalised words names (titles before it dropped), or null. */
function personOf(run: string, titled: boolean): Holder | null {
  const proper = trailingProperName(`spokesperson ${run}`);
  if (!proper?.name.includes(' ')) return null;
  if (!titled && proper.role !== 'spokesperson') return null;
  const known = resolveEntityAt(proper.name, null);
  if (known) return known.kind === 'person' ? { key: known.id, entity: known } : null;
  const entity = textEntity(proper.name);
  if (entity.kind !== 'person') return null;
  return { key: `surname:${proper.name.split(/\s+/).pop()!.toLowerCase()}`, entity };
}

/** A body the text named by the noun as its head: "Armenia's Security Council", "Ministry of Defence". */
function bodyOf(name: string, key: string, resolve: (phrase: string) => Entity | null): Holder | null {
  const bare = name.replace(/^the\s+/i, '');
  // A body the gazetteer knows by that name at the date; else the name as written (the resolver's
  // reading of a name it does not know hangs on where in the text it stands).
  const known = resolve(bare);
  const entity = known && !known.id.startsWith('text:') ? known : textEntity(bare);
  if (entity.kind === 'person' || entity.kind === 'place') return null;
  return { key: `body:${key.toLowerCase()}`, entity };
}

/** "Prime Minister", "Foreign Minister", "the deputy minister": a word that makes the noun part of a longer title. */
const MODIFIER_BEFORE =
  /(?:(?:^|\s)(?:the|an?)\s+[\p{L}'’-]+|(?<![\p{L}'’-])(?!(?:The|An?|His|Her|Its|Their)\s)\p{Lu}[\p{L}-]*)\s+$/u;
/** "secretary of the Prime Minister", "adviser for the minister": the noun is what another noun is of. */
const COMPLEMENT_BEFORE = /(?:^|\s)(?:of|for)\s+(?:the\s+)?$/iu;

function headsOwnTitle(before: string, at: number): boolean {
  const preceding = before.slice(Math.max(0, at - 40), at);
  return !COMPLEMENT_BEFORE.test(preceding) && !MODIFIER_BEFORE.test(preceding);
}

/** Capitalised words of a title before its head noun: "Lieutenant ", "Human Rights ", "Foreign ". */
const TITLE_WORDS_BEFORE =
  /(?:^|[\s(])(?!(?:The|An?|His|Her|Its|Their|In|On|At|By|As)\s)((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u;
/** A word that makes a title another office than its head: a deputy minister is not the minister. */
const OTHER_OFFICE =
  /^(?:Deputy|Vice|Assistant|Prime|Former|Ex|Acting|Under|First|Junior|Associate|Shadow|Honorary)$/;
/** "Lieutenant General": ranks "general" heads; in "Attorney General" it only follows its head. */
const RANK_BEFORE_GENERAL = /^(?:Lieutenant|Major|Brigadier|Colonel|Army)$/;

/**
 * "Lieutenant General X", "Human Rights Defender X", "Foreign Minister X": capitalised words before
 * the noun make a title the noun heads, so X holds the noun. Not when a word of them makes it
 * another office ("Deputy Minister", "Prime Minister"), nor "general" after anything but a rank.
 */
function headsCompoundTitle(noun: string, before: string, at: number): boolean {
  if (/\s/.test(noun) || COMPLEMENT_BEFORE.test(before.slice(Math.max(0, at - 40), at))) return false;
  const words = TITLE_WORDS_BEFORE.exec(before.slice(Math.max(0, at - 40), at))?.[1]
    ?.trim()
    .split(/\s+/);
  if (!words || words.some((w) => OTHER_OFFICE.test(w))) return false;
  return noun.toLowerCase() !== 'general' || RANK_BEFORE_GENERAL.test(words.at(-1)!);
}

const CAPITALISED_END = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;

const kept = new Map<string, RegExp[]>();

/** The noun as the patterns write it: case-blind first letters ("[aA]rchbishop"), and titled ("Archbishop"). */
function nounForms(noun: string): { n: string; title: string } {
  const title = noun
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join('\\s+');
  return { n: nounPattern(noun), title };
}

/** Words only, whose patterns hold no operator of their own (the cues below stand alone). */
const PLAIN_WORDS = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)*$/u;

const keptCues = new Map<string, { people: RegExp; body: RegExp } | null>();

/**
 * The noun as each pattern must hold it, as a small pattern of its own: the people patterns hold
 * it case-blind, the body pattern titled or in lower case. A text that holds neither is not run
 * through the patterns, nor are they built for it: building and first running the four costs
 * milliseconds for each new noun, and most texts name a definite's noun only where it stands.
 * Null for a noun of other characters than words, which is read without cues.
 */
function cues(noun: string): { people: RegExp; body: RegExp } | null {
  let found = keptCues.get(noun);
  if (found === undefined) {
    const { n, title } = nounForms(noun);
    found = PLAIN_WORDS.test(noun)
      ? { people: new RegExp(n, 'u'), body: new RegExp(`${title}|${noun}`, 'u') }
      : null;
    if (keptCues.size >= 1000) keptCues.clear();
    keptCues.set(noun, found);
  }
  return found;
}

function patterns(noun: string): { people: RegExp[]; body: RegExp } {
  let found = kept.get(noun);
  if (!found) {
    const { n, title } = nounForms(noun);
    // "Minister of Foreign Affairs X"; set off by commas, any words: "the ombudsman of the region, X,".
    const complement =
      "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}?|(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+(?=,)))?";
    found = [
      // "Archbishop Bagrat Galstanyan", "the envoy Toivo Klaar", "Commissioner for Human Rights (Ombudsman) Sabina Aliyeva".
      new RegExp(
        `(?<![\\p{L}'’-])${n}\\)?${complement}(?:\\s*\\([^()]{1,40}\\))?(,?)\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}?${NAME})${NAME_END}`,
        'gu',
      ),
      // "Anna Petrosyan, a cleric of the diocese,": the name set off before the noun phrase.
      new RegExp(
        `(${NAME}),\\s+(?:(?:the|a|an)\\s+)?${PREMODIFIERS}${n}(?![\\p{L}'’-])(?=\\s*[,.;:]|\\s+(?:of|for|in|at|to|from|with|who)\\s)`,
        'gu',
      ),
      // "Galstanyan is the archbishop of the diocese".
      new RegExp(
        `(${NAME})\\s+(?:is|was|has been|had been|became|remains)\\s+(?:the|a|an)\\s+${PREMODIFIERS}${n}(?![\\p{L}'’-])`,
        'gu',
      ),
      // "Armenia's Security Council", "the Ille-et-Vilaine prefecture", "Ministry of Foreign Affairs",
      // "the Information Center of Artsakh": the words before the head name it, else those after.
      new RegExp(
        `((?:\\p{Lu}[\\p{L}'’-]*['’]s\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${title}|${noun.toLowerCase()})|(?<![\\p{L}'’-])${title}(?=\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}))(?![\\p{L}'’-])(?!\\s+\\p{Lu})((?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+|and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})?)`,
        'gu',
      ),
    ];
    if (kept.size >= 1000) kept.clear();
    kept.set(noun, found);
  }
  return { people: found.slice(0, 3), body: found[3]! };
}

/**
 * The one named person or body the text before carries the noun, or null when none or several
 * do (which one "the archbishop" is is then unclear). A noun both a person and a body carry is
 * several holders, never bound across.
 */
export function singleNounHolder(
  noun: string,
  before: string,
  resolve: (phrase: string) => Entity | null,
): Entity | null {
  const title = noun[0]!.toUpperCase() + noun.slice(1).toLowerCase();
  const first = noun.split(/\s+/)[0]!;
  if (!before.includes(first.toLowerCase()) && !before.includes(title.split(/\s+/)[0]!)) return null;
  const lower = noun.toLowerCase();
  const cue = cues(lower);
  const readPeople = !cue || cue.people.test(before);
  const readBody = !cue || cue.body.test(before);
  if (!readPeople && !readBody) return null;
  const { people, body } = patterns(lower);
  const holders = new Map<string, Entity>();
  let unsure = false;
  if (readPeople)
    people.forEach((pattern, i) => {
      for (const m of before.matchAll(pattern)) {
        // "Prime Minister X", "secretary of the Prime Minister X": the noun heads another's title,
        // or is what another noun is of; X may carry it or not, so none is taken for its only holder.
        if (i === 0 && !headsOwnTitle(before, m.index) && !headsCompoundTitle(noun, before, m.index)) {
          unsure = true;
          continue;
        }
        // "Council Secretary Armen Grigoryan": another title between the noun and the name is his.
        const apposed = m.length > 2 ? m[1] === ',' : true;
        const holder = personOf(m.length > 2 ? m[2]! : m[1]!, apposed);
        if (holder) holders.set(holder.key, holder.entity);
      }
    });
  if (readBody)
    for (const m of before.matchAll(body)) {
      const named = m[1]!.replace(/^(?:The|A|An)\s+/, '');
      const complement = m[2] ?? '';
      // "Yesterday Ministry …": one capitalised word opening a sentence is no part of a body's name.
      if (!/\s/.test(named.trim()) && !complement) continue;
      const holder = bodyOf(
        `${named}${complement}`,
        /\s/.test(named.trim()) ? named : `${named}${complement}`,
        resolve,
      );
      // "the Texas senator", "the Friday editorial": capitalised words before a lower-case noun may
      // name a body ("the Sanders campaign") or only say where or when; such a holder is counted,
      // so that no other is taken for the only one, but never given the words.
      if (!holder || !CAPITALISED_END.test(named)) unsure = true;
      else holders.set(holder.key, holder.entity);
    }
  if (holders.size !== 1 || unsure) return null;
  return [...holders.values()][0]!;
}
