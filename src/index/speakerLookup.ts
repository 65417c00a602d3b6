import { editDistance, typoAllowance } from '../extract/entities/fuzzy.ts';
import { normaliseName } from '../extract/entities/normalise.ts';
import { resolveEntityAt } from '../extract/entities/resolve.ts';

/** What a lookup needs of a speaker: its id, its name, and every way the corpus writes it. */
export interface LookupSpeaker {
  entity: { id: string; name: string };
  mentions: readonly string[];
}

/**
 * Where `/who-said speaker:` words lead. `found`: that speaker, by its name, a known spelling or
 * an unambiguous part of its name. `ambiguous`: the words fit several speakers equally. `close`:
 * no speaker has that name, these are the nearest (a shared name word or a typo away). `none`:
 * nothing like it; never someone else's statements.
 */
export type SpeakerMatch<S> =
  | { kind: 'found'; speaker: S }
  | { kind: 'ambiguous'; candidates: S[] }
  | { kind: 'close'; candidates: S[] }
  | { kind: 'none' };

/**
 * Words that never identify a speaker on their own: function words and the words of
 * descriptions ("the Azerbaijani side", "press service", "Ministry of Defense"). They count
 * only next to a name word, or in a speaker's whole name written out.
 */
const FUNCTION_WORDS = new Set(
  'a an the of and or for in on at to by with from as into its his her their our this that these those it he she they we'.split(
    ' ',
  ),
);
const DESCRIPTION_WORDS = (
  'mr mrs ms dr sir side sides party parties service services press office offices government governments ministry ' +
  'ministries department state states forces force armed army military spokesperson spokesman spokeswoman president ' +
  'presidential minister ministers prime foreign affairs defense secretary council committee agency union republic ' +
  'people official officials source sources media news authority authorities administration national embassy mission ' +
  'parliament assembly security leadership leader representative representatives head chief deputy general staff ' +
  'public international centre center group local region regional residents statement statements team unit units'
).split(' ');
const NOT_A_NAME = new Set([...FUNCTION_WORDS, ...DESCRIPTION_WORDS]);

/** Shortest query word that may stand for the beginning of a name ("Blinke" for Blinken). */
const MIN_PREFIX = 3;
const MAX_SUGGESTIONS = 5;

interface Entry<S> {
  speaker: S;
  /** Statement count order: earlier entries are the better known speakers. */
  rank: number;
  /** Normalised forms: the canonical name and every mention. */
  forms: Set<string>;
  /** Name words of the canonical name, and of all forms. */
  nameWords: Set<string>;
  formWords: Set<string>;
  /** Every word of every form, description words included. */
  allWords: Set<string>;
}

const words = (normalised: string) => normalised.split(' ').filter(Boolean);
const isNameWord = (w: string) => w.length >= 2 && !NOT_A_NAME.has(w);

/**
 * Does this way of writing a speaker name them ("ANAMA", "Moreno Ocampo", "Armenia's health
 * ministry"), rather than describe them ("the agency", "the official", "he")? Only such forms
 * lead /who-said to a speaker by themselves.
 */
export function namesSomeone(form: string): boolean {
  return words(normaliseName(form)).some(isNameWord);
}

/** Speakers by their names, for /who-said and its autocomplete. Built once per knowledge base. */
export class SpeakerLookup<S extends LookupSpeaker> {
  private readonly entries: Entry<S>[];
  private readonly byId = new Map<string, Entry<S>>();
  private readonly byForm = new Map<string, Entry<S>[]>();
  private readonly byWord = new Map<string, Entry<S>[]>();
  /** Distinct name words and naming forms, sorted, for prefix search. */
  private readonly sortedWords: string[];
  private readonly sortedForms: string[];
  /** Name words by first letter, for typos (a first letter is rarely the one mistyped). */
  private readonly wordsByInitial = new Map<string, string[]>();

  /** `speakers` best known first (the knowledge base's order: most statements first). */
  constructor(speakers: readonly S[]) {
    this.entries = speakers.map((speaker, rank) => {
      const name = normaliseName(speaker.entity.name);
      const forms = new Set([name, ...speaker.mentions.map(normaliseName)].filter(Boolean));
      const allWords = new Set([...forms].flatMap(words));
      return {
        speaker,
        rank,
        forms,
        allWords,
        nameWords: new Set(words(name).filter(isNameWord)),
        formWords: new Set([...allWords].filter(isNameWord)),
      };
    });
    for (const e of this.entries) {
      this.byId.set(e.speaker.entity.id, e);
      const name = normaliseName(e.speaker.entity.name);
      // A form with no name in it ("the president", "the Secretary") describes; it does not name.
      for (const f of e.forms) if (f === name || words(f).some(isNameWord)) push(this.byForm, f, e);
      for (const w of e.formWords) push(this.byWord, w, e);
    }
    this.sortedWords = [...this.byWord.keys()].sort();
    this.sortedForms = [...this.byForm.keys()].sort();
    for (const w of this.sortedWords) push(this.wordsByInitial, w[0]!, w);
  }

  /** Speakers with a name word equal to a query word, or beginning with the last one; best known first. */
  private candidates(tokens: readonly string[], minPrefix: number): Entry<S>[] {
    const found = new Set<Entry<S>>();
    tokens.forEach((t, i) => {
      if (isNameWord(t)) for (const e of this.byWord.get(t) ?? []) found.add(e);
      if (i < tokens.length - 1 || t.length < minPrefix || NOT_A_NAME.has(t)) return;
      for (const w of withPrefix(this.sortedWords, t)) for (const e of this.byWord.get(w)!) found.add(e);
    });
    return [...found].sort((a, b) => a.rank - b.rank);
  }

  find(query: string): SpeakerMatch<S> {
    const q = normaliseName(query);
    if (!q) return { kind: 'none' };
    const exact = this.byForm.get(q);
    if (exact?.length === 1) return { kind: 'found', speaker: exact[0]!.speaker };
    if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact.map((e) => e.speaker) };
    // A spelling the gazetteer knows ("Pashinian"), names only: no roles, no typo matching.
    const known = resolveEntityAt(q, null);
    const variant = known && this.byId.get(known.id);
    if (variant) return { kind: 'found', speaker: variant.speaker };

    const tokens = words(q);
    // Found by the words of a speaker's own name; words only some article used for them (a
    // possessive, a description: "Aliyev's press service") make a suggestion, never an answer.
    const candidates = this.candidates(tokens, MIN_PREFIX);
    const named = candidates.filter((e) => this.fits(e, e.nameWords, tokens));
    if (named.length === 1) return { kind: 'found', speaker: named[0]!.speaker };
    if (named.length > 1)
      return { kind: 'ambiguous', candidates: named.slice(0, MAX_SUGGESTIONS).map((e) => e.speaker) };
    const close = unique([
      ...candidates.filter((e) => this.fits(e, e.formWords, tokens)).map((e) => e.speaker),
      ...this.close(tokens),
    ]).slice(0, MAX_SUGGESTIONS);
    return close.length ? { kind: 'close', candidates: close } : { kind: 'none' };
  }

  /** Autocomplete: speakers whose name words begin with what was typed, then those a typo away; only real speakers. */
  complete(typed: string, limit: number): S[] {
    const q = normaliseName(typed);
    if (!q) return this.entries.slice(0, limit).map((e) => e.speaker);
    const tokens = words(q);
    const seen = new Set<Entry<S>>();
    const out: S[] = [];
    const add = (e: Entry<S>) => {
      if (seen.has(e) || out.length >= limit) return;
      seen.add(e);
      out.push(e.speaker);
    };
    for (const e of this.byForm.get(q) ?? []) add(e);
    const byForm = withPrefix(this.sortedForms, q).flatMap((f) => this.byForm.get(f)!);
    for (const e of byForm.sort((a, b) => a.rank - b.rank)) add(e);
    if (out.length < limit)
      for (const e of this.candidates(tokens, 1)) if (this.fits(e, e.formWords, tokens, 1)) add(e);
    if (out.length < limit) for (const s of this.close(tokens)) add(this.byId.get(s.entity.id)!);
    return out;
  }

  /**
   * Every word fits the speaker: a name word of theirs; the last word may be the start of one;
   * a description word only if the speaker's forms have it too. At least one name word.
   */
  private fits(
    e: Entry<S>,
    nameWords: ReadonlySet<string>,
    tokens: readonly string[],
    minPrefix = MIN_PREFIX,
  ): boolean {
    let named = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (matchesWord(nameWords, t, i === tokens.length - 1, minPrefix)) named = true;
      else if (!e.allWords.has(t) || isNameWord(t)) return false;
    }
    return named;
  }

  /** Speakers sharing a name word with the query, or with one a typo away; best known first. */
  private close(tokens: readonly string[]): S[] {
    const hits = new Map<Entry<S>, number>();
    // Only words of a description ("Ministry of Defense"): the speakers described so.
    const described = tokens.filter((t) => !FUNCTION_WORDS.has(t));
    if (described.length && described.every((t) => !isNameWord(t))) {
      for (const e of this.entries) if (described.every((t) => e.allWords.has(t))) hits.set(e, 1);
    }
    for (const t of tokens.filter(isNameWord)) {
      const allowance = typoAllowance(t.length);
      for (const e of this.byWord.get(t) ?? []) hits.set(e, (hits.get(e) ?? 0) + 2);
      if (allowance === 0) continue;
      for (const w of this.wordsByInitial.get(t[0]!) ?? []) {
        if (w === t || Math.abs(w.length - t.length) > allowance || editDistance(t, w, allowance) > allowance)
          continue;
        for (const e of this.byWord.get(w)!) hits.set(e, (hits.get(e) ?? 0) + 1);
      }
    }
    return [...hits]
      .sort(([a, x], [b, y]) => y - x || a.rank - b.rank)
      .slice(0, MAX_SUGGESTIONS)
      .map(([e]) => e.speaker);
  }
}

function matchesWord(
  set: ReadonlySet<string>,
  token: string,
  last: boolean,
  minPrefix = MIN_PREFIX,
): boolean {
  if (set.has(token)) return isNameWord(token);
  if (!last || token.length < minPrefix || NOT_A_NAME.has(token)) return false;
  for (const w of set) if (w.startsWith(token)) return true;
  return false;
}

/** The strings of a sorted list that begin with `prefix`. */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
