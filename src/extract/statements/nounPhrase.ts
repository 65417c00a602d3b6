import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';
import { foldUndecomposed } from '../entities/normalise.ts';
import { keptPerText } from './keptPerText.ts';

/**
 * Is a phrase a noun phrase that can name a speaker, whatever its noun ("The bank", "the
 * state's campaign chairman", "Several cast members", "old Iowa political hands")? Read off
 * part-of-speech tags from wink-nlp's English model: no verb or auxiliary outside a
 * post-modifier, a noun or name as head, and a determiner unless the head is a name or a
 * plural ("Officials", but not a lone "head" or "representative"). A clause fragment ("the
 * agreement came hours after officials", "representative mentioned") is no speaker.
 *
 * The model loads on first use (about half a second), so commands that never extract do not pay it.
 */

let nlp: WinkMethods | null = null;

function tagger(): WinkMethods {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as import('wink-nlp').Model;
    nlp = winkNLP(model, ['pos']);
  }
  return nlp;
}

export interface Tagged {
  word: string;
  pos: string;
}

/** Part-of-speech tags of a phrase, kept per phrase. */
export const tag = keptPerText(readTags);

const COMBINING_MARK = /\p{M}/gu;

/** The schwa has no decomposition, and normalise.ts folds it apart from the other letters. */
const SCHWA: Record<string, string> = { ə: 'e', Ə: 'E' };

function readTags(phrase: string): Tagged[] {
  const n = tagger();
  // The English model splits words at Latin Extended letters ("Lenarčič"): tag them without their marks,
  // and letters with no marks to strip ("Kalın", "Łukasz", Azerbaijani "ə") as ASCII writes them.
  const plain = phrase.replace(
    /[\u0100-\u024F\u0259]/gu,
    (c) => SCHWA[c] ?? asciiLetter(c.normalize('NFD').replace(COMBINING_MARK, '')),
  );
  const tokens = n.readDoc(plain).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(n.its.pos) as string[];
  return words.map((word, i) => ({ word, pos: pos[i]! }));
}

/** One letter for one ("ı" → "i", "Ł" → "L"), so the words the model reads keep their length. */
function asciiLetter(c: string): string {
  const lower = c.toLowerCase();
  const folded = foldUndecomposed(lower);
  if (folded.length !== 1) return c;
  return lower === c ? folded : folded.toUpperCase();
}

const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;
const MASS_HEADS = /^(?:police|staff|media|press|military|leadership|management|clergy|public)$/i;
const PERSONAL_PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

const CAPITAL_START = /^\p{Lu}/u;

/** A person noun the model reads as an adjective: "a relative of the victims". */
const ADJECTIVE_READ_NOUN = /^(?:relative|general)$/i;

/**
 * Names the model reads as common words ("Josh Earnest", "Hope Hicks", "Judicial Watch", "De
 * Blasio"): a capitalised word inside the phrase, or alone, is a name; the first word of a
 * longer phrase keeps its tag ("Get those jokes off").
 */
function asNames(tagged: Tagged[]): Tagged[] {
  return tagged.map((t, i) => {
    // "Will Doyle": a capitalised "Will" before a name is a first name, not an auxiliary.
    if (t.word === 'Will' && t.pos === 'AUX' && tagged[i + 1]?.pos === 'PROPN') return { ...t, pos: 'PROPN' };
    if (!CAPITAL_START.test(t.word) || !/^(?:VERB|ADJ|NOUN|X|ADV)$/.test(t.pos)) return t;
    const inside = i > 0 && /^(?:PROPN|NOUN|ADJ|DET|NUM|PUNCT)$/.test(tagged[i - 1]!.pos);
    const alone = tagged.length === 1;
    // "Ward and other digital security experts": a capitalised first word before "and" is a name.
    const listed = i === 0 && t.pos === 'VERB' && tagged[i + 1]?.pos === 'CCONJ';
    // "Concord resident Whit Symms": a capitalised word before a noun opens a name too.
    const beforeName =
      tagged[i + 1]?.pos === 'PROPN' ||
      (i === 0 &&
        t.pos !== 'ADV' &&
        tagged[i + 1]?.pos === 'NOUN' &&
        tagged.slice(i + 2).some((n) => n.pos === 'PROPN'));
    return inside || alone || beforeName || listed ? { ...t, pos: 'PROPN' } : t;
  });
}

/** "a retired letter carrier": a participle after a determiner or adjective, before its noun, is an adjective. */
function participleAdjective(tagged: readonly Tagged[], i: number): boolean {
  const t = tagged[i]!;
  const before = tagged[i - 1];
  const next = tagged[i + 1];
  // A phrase may open with one, capitalised at the start of its sentence: "Elected officials from both parties".
  // "the policy-making arm", "an Iowa-based group": the participle ends a hyphenated compound.
  const opens =
    i === 0
      ? CAPITAL_START.test(t.word)
      : !!before && (/^(?:DET|ADJ|NUM|PRON|ADP|PART)$/.test(before.pos) || before.word === '-');
  return (
    (opens && /(?:ed|ing)$/i.test(t.word) && !!next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) ||
    attributiveBeforeTitle(tagged, i)
  );
}

const POSSESSIVE_MARK = /^['’]s?$/;

/** "the villagers’ elected representatives": an apostrophe after a plural noun is its possessive mark. */
function pluralPossessives(tagged: Tagged[]): Tagged[] {
  return tagged.map((t, i) =>
    t.pos === 'PUNCT' && /^['’]$/.test(t.word) && /s$/i.test(tagged[i - 1]?.word ?? '') && tagged[i + 1]
      ? { ...t, pos: 'PART' }
      : t,
  );
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * A noun the model tags as a verb inside a compound, after a preposition or a determiner and
 * before its head noun: "a |test ban treaty", "monitors from the |mine clearance agency".
 */
function compoundNoun(tagged: readonly Tagged[], i: number): boolean {
  const before = tagged[i - 1];
  const next = tagged[i + 1];
  return (
    !!before &&
    /^(?:ADP|SCONJ|DET)$/.test(before.pos) &&
    LOWER_CASE_WORD.test(tagged[i]!.word) &&
    next?.pos === 'NOUN'
  );
}

/**
 * The noun phrase a clause opens with, as a length in characters: its words up to the first
 * verb ("The Florida senator| took a heckler in stride", "Wilson| praised Rubio and"), or null
 * when the clause opens with no noun phrase.
 */
export const leadingNounPhrase = keptPerText(readLeadingNounPhrase);

function readLeadingNounPhrase(clause: string): number | null {
  const tagged = asNames(tag(clause));
  let at = 0;
  let end = 0;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const found = clause.indexOf(t.word, at);
    if (found < 0) return null;
    if ((t.pos === 'VERB' && !participleAdjective(tagged, i)) || t.pos === 'AUX') {
      return end > 0 && isNounPhrase(clause.slice(0, end)) ? end : null;
    }
    at = found + t.word.length;
    // "Hillary Clinton immediately| posted": an adverb before the verb is no part of the subject.
    if (t.pos !== 'ADV' || end === 0) end = at;
  }
  return null;
}

const SUBORDINATOR =
  /^(?:after|before|when|as|while|because|since|until|once|where|if|though|although|whereas)$/i;

/**
 * The noun phrase a clause ends with, as the offset where it starts: the words after its last
 * verb, preposition or conjunction, when that is a subordinator ("The agreement came hours after
 * |officials"), or null.
 */
export const trailingNounPhrase = keptPerText(readTrailingNounPhrase);

function readTrailingNounPhrase(clause: string): number | null {
  const tagged = asNames(tag(clause));
  let cut = -1;
  tagged.forEach((t, i) => {
    if (/^(?:VERB|AUX|ADP|SCONJ)$/.test(t.pos) && !participleAdjective(tagged, i)) cut = i;
  });
  // Only a subordinate clause's subject: "after officials (said)", "as the minister (put it)".
  if (cut < 0 || cut === tagged.length - 1 || !SUBORDINATOR.test(tagged[cut]!.word)) return null;
  let at = 0;
  for (let i = 0; i <= cut; i++) at = clause.indexOf(tagged[i]!.word, at) + tagged[i]!.word.length;
  const start = clause.slice(at).search(/\S/);
  if (start < 0) return null;
  return isNounPhrase(clause.slice(at + start)) ? at + start : null;
}

/** Words that head a phrase of their own: "Both", "The two", "One of the suspects", "Some of them". */
const QUANTITY_HEAD =
  /^(?:both|all|some|another|each|many|several|most|few|others?|one|two|three|four|five|six|seven|eight|nine|ten|half|\d[\d,.]*)$/i;

/** A share of a group, as polls report who said what: "55 percent", "Nearly half", "a third", "three-quarters". */
const SHARE_HEAD = /^(?:percent|per\s?cent|half|thirds?|quarters?|fifths?|majority|plurality|minority)$/i;

export const isNounPhrase = keptPerText(readIsNounPhrase);

function readIsNounPhrase(phrase: string): boolean {
  // "Sen. Bernie Sanders (I-Vt.)": a bracketed aside is no part of the phrase's grammar.
  const tagged = pluralPossessives(asNames(tag(phrase.replace(/\s*\([^()]*\)/g, '').trim())));
  if (!tagged.length) return false;
  let head: Tagged | null = null;
  let determined = false;
  let inModifier = false;
  let possessor: Tagged | null = null;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const next = tagged[i + 1];
    if (inModifier) {
      // A post-modifier ("of the delegation", "at Lehigh") holds a noun phrase, not a clause.
      // "of Democratic registered voters": a participle before its noun is an adjective there too.
      if (
        (t.pos === 'VERB' && !participleAdjective(tagged, i) && !compoundNoun(tagged, i)) ||
        t.pos === 'AUX' ||
        t.pos === 'SCONJ'
      )
        return false;
      if (t.pos === 'PRON' && PERSONAL_PRONOUN.test(t.word)) return false;
      continue;
    }
    switch (t.pos) {
      case 'DET':
      case 'NUM':
        determined = true;
        break;
      case 'PRON':
        if (!POSSESSIVE.test(t.word) || !next) return false;
        determined = true;
        break;
      case 'NOUN':
      case 'PROPN':
        head = t;
        break;
      case 'PART':
        // "Pashinyan's most vocal critics": the possessor is the determiner of the noun after it.
        if (POSSESSIVE_MARK.test(t.word) && head && next) {
          possessor = head;
          head = null;
          determined = true;
        }
        break;
      case 'ADJ':
        // "A relative of another soldier": after a determiner, with no noun of its own after it, it heads the phrase.
        if (determined && ADJECTIVE_READ_NOUN.test(t.word) && (!next || /^(?:ADP|PUNCT)$/.test(next.pos)))
          head = t;
        break;
      case 'PUNCT':
      case 'CCONJ':
      case 'SYM':
        break;
      case 'ADV':
        // "Almost half", "only one": an adverb opens a quantity, it does not follow a head (but may after "and").
        if (head && tagged[i - 1]?.pos !== 'CCONJ') return false;
        break;
      case 'ADP':
        if (!head && i > 0 && QUANTITY_HEAD.test(tagged[i - 1]!.word)) head = tagged[i - 1]!;
        // "About two-thirds of voters": a hedge opens a quantity.
        // Only before a number or a quantity: "about the decision" is no noun phrase.
        if (
          !head &&
          i === 0 &&
          /^(?:about|around|over|nearly|almost)$/i.test(t.word) &&
          next &&
          (next.pos === 'NUM' || QUANTITY_HEAD.test(next.word) || /^(?:a|an)$/i.test(next.word))
        )
          break;
        // "More than six in 10", "fewer than half".
        if (!head && i === 1 && /^than$/i.test(t.word) && /^(?:more|less|fewer)$/i.test(tagged[0]!.word))
          break;
        if (!head) return false;
        inModifier = true;
        break;
      case 'VERB':
        // A participle used as an adjective before its noun: "a retired letter carrier".
        if (!participleAdjective(tagged, i) && !compoundNoun(tagged, i)) return false;
        break;
      case 'SCONJ':
        // "advocates for stem cell research": the model tags this "for" as a conjunction.
        if (!head || !/^for$/i.test(t.word)) return false;
        inModifier = true;
        break;
      case 'X':
        // "de Volkskrant", "van der Berg": a lower-case word the model reads as foreign, right before a
        // name, is the name's own particle (an article or a "von"), no break in the phrase.
        if (next && (next.pos === 'PROPN' || next.pos === 'X') && CAPITAL_START.test(next.word)) break;
        return false;
      default:
        return false;
    }
  }
  const last = tagged[tagged.length - 1]!;
  head ??= possessor;
  if (!head && (QUANTITY_HEAD.test(last.word) || SHARE_HEAD.test(last.word)) && tagged.length > 1)
    head = last;
  if (!head || PERSONAL_PRONOUN.test(head.word)) return false;
  if (head.pos === 'PROPN' || determined || CAPITAL_START.test(head.word) || SHARE_HEAD.test(head.word))
    return true;
  return (
    /s$/i.test(head.word) ||
    MASS_HEADS.test(head.word) ||
    tagged.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').length > 1
  );
}

/**
 * Where a post-modifier that holds a verb starts, after the noun it describes: a participle
 * ("Democrats |trying to regain the Senate", "activists |clamoring to block him"), an infinitive
 * ("the last man |to mount a third-party race") or a negated setting ("one delegate |not on the
 * slate"). The words before must be a noun phrase; null when there is no such modifier. Such a
 * modifier describes the speaker, and any name inside it is someone else.
 */
export const clauseModifierStart = keptPerText(readClauseModifierStart);

const MAY_HOLD_CLAUSE_MODIFIER = /\p{Ll}ing\s|\sto\s|\snot\s/u;
const GERUND_WORD = /^\p{Ll}+ing$/u;

function readClauseModifierStart(phrase: string): number | null {
  // A cheap pre-test on literal words: no "-ing", "to" or "not", no such modifier.
  if (!MAY_HOLD_CLAUSE_MODIFIER.test(phrase)) return null;
  const tagged = asNames(tag(phrase));
  let at = 0;
  for (let i = 0; i < tagged.length - 1; i++) {
    const t = tagged[i]!;
    const found = phrase.indexOf(t.word, at);
    if (found < 0) return null;
    at = found + t.word.length;
    if (i === 0) continue;
    const before = tagged[i - 1]!;
    const next = tagged[i + 1]!;
    if (before.pos !== 'NOUN' && before.pos !== 'PROPN') continue;
    const participle =
      /^(?:VERB|NOUN)$/.test(t.pos) &&
      GERUND_WORD.test(t.word) &&
      /^(?:PART|ADP|DET|NOUN|PROPN|NUM|ADJ)$/.test(next.pos);
    const infinitive = /^to$/i.test(t.word) && t.pos === 'PART' && next.pos === 'VERB';
    const negated = /^not$/i.test(t.word) && next.pos === 'ADP';
    if (!participle && !infinitive && !negated) continue;
    if (participle && attributiveBeforeTitle(tagged, i)) continue;
    return isNounPhrase(phrase.slice(0, found).trim()) ? found : null;
  }
  return null;
}

/**
 * "Armenian |acting Prime Minister Nikol Pashinyan", "|outgoing President Anna Beridze": a
 * participle that opens the phrase, or follows one singular capitalised word (a nationality, no
 * head noun of its own), before a capitalised run that closes the phrase (a title and a full
 * name), describes that title as an adjective does; it opens no post-modifier. A plural before it is a head
 * ("Armenians |fleeing Nagorno Karabakh"), and so is a common noun ("officials |visiting Shusha").
 */
function attributiveBeforeTitle(tagged: readonly Tagged[], i: number): boolean {
  const before = tagged[i - 1];
  const rest = tagged.slice(i + 1);
  return (
    /^\p{Ll}+(?:ing|ed)$/u.test(tagged[i]!.word) &&
    (i === 0 ||
      (i === 1 &&
        before!.pos === 'PROPN' &&
        CAPITAL_START.test(before!.word) &&
        !/s$/i.test(before!.word))) &&
    rest.length >= 3 &&
    rest.every((t) => t.pos === 'PROPN' && CAPITAL_START.test(t.word))
  );
}
