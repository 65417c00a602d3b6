import { MONTH_NAMES } from '../dates/calendar.ts';
import { POSSESSIVE, SAYING_PARTICIPLE_WORDS, wordsExcept } from './lexicon.ts';
import { tag } from './nounPhrase.ts';

/**
 * Is the "that" a few words after a verb of saying the one that opens what was said? Only when
 * the words before it set the saying: a phrase of place, medium or time ("said in a statement
 * that", "said late Friday that"), a manner ("said repeatedly that"), or a noun that holds the
 * content ("expressed concern that", "denied the notion that"). Any other words are already the
 * content, and their "that" is its own: a relative ("said there needs to be a rule that bars …"),
 * a second complement ("said the minister hopes that …"), a determiner ("vowed not to repeat that
 * mistake").
 * `words` runs from just past the verb (and any time phrase read off it) to the "that", included.
 */

const PREPOSITION =
  /^(?:in|on|at|during|to|via|through|from|for|with|after|before|following|over|upon|by|as|without|of|under|amid|throughout|across|outside|inside|behind)$/i;

const MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`);

const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words of time or manner that may stand between the verb and "that": "said afterwards that". */
const ADVERB =
  /^(?:again|also|instead|however|late|early|later|earlier|afterwards?|beforehand|meanwhile|now|then|once|still|too|soon|only|simply|just|even|last|this|next|today|yesterday|tonight|previously|recently|separately|privately|publicly|repeatedly|\p{Ll}+ly)$/u;

/** A number of days or the like before "earlier" or "ago": "two days earlier", "a week ago". */
const COUNTED_TIME =
  /^(?:a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:earlier|later|ago|before)\b/i;

/** "the same day", "the next morning", "the following week": the whole phrase before "that". */
const SAME_OR_NEXT_DAY =
  /^the\s+(?:same|next|following|previous)\s+(?:day|morning|afternoon|evening|night|week|month)$/i;

/** How often, a manner of the saying: "said twice that", "has said several times this year that". */
const FREQUENCY =
  /^(?:twice|thrice|(?:several|many|numerous|multiple|countless|a\s+few|a\s+number\s+of|two|three|four|five|\d+)\s+times)\b/i;

/**
 * Nouns whose "that" opens what they hold: "concern that", "his belief that", "the fact that".
 * Not nouns of things said that a relative often follows: "the demands that come with the job".
 */
const CONTENT_NOUN =
  /^(?:concerns?|confidence|doubts?|belief|notion|fact|possibility|claim|skepticism|scepticism|alarm|outrage|amusement|optimism|pessimism|frustration|hopes?|fears?|worry|worries|view|assurance|argument|warning|insistence|assertion|idea|conviction|certainty|satisfaction|regret|disappointment|surprise|anger|dismay|relief|admission|allegation|accusation|contention|sense|feeling|impression|expectation|call|comment|demand|request|proposal|promise|pledge|statement|message|suggestion|report|rumou?r)$/i;

const SAYING_PARTICIPLE = new RegExp(
  `^(?:${wordsExcept(SAYING_PARTICIPLE_WORDS)}|demanding|requesting)$`,
  'i',
);

export function settingBeforeThat(words: string): boolean {
  const tokens = words.replace(/[,—–]/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (tokens.pop()?.toLowerCase() !== 'that') return false;
  if (!tokens.length) return true;
  const first = tokens[0]!;
  // "said there that …" sets the place; "said there needs to be a rule that …" is what was said.
  if (tokens.length === 1 && /^(?:there|here)$/i.test(first)) return true;
  if (PREPOSITION.test(first) || ADVERB.test(first) || WEEKDAY.test(first) || MONTH.test(first)) return true;
  // "said on Friday 29 September that": a date written day first.
  if (DAY_NUMBER.test(first) && MONTH.test(tokens[1] ?? '')) return true;
  if (COUNTED_TIME.test(tokens.join(' ')) || FREQUENCY.test(tokens.join(' '))) return true;
  // "said the same day that", "said the next morning that": a day told by its place in the story.
  if (SAME_OR_NEXT_DAY.test(tokens.join(' '))) return true;
  const last = tokens[tokens.length - 1]!;
  // "wrote a letter to the board asking that …": a saying of its own right before "that".
  if (SAYING_PARTICIPLE.test(last) && tokens.length <= 8) return true;
  return tokens.length <= 4 && CONTENT_NOUN.test(last) && onlyModifiers(tokens.slice(0, -1));
}

/**
 * Determiners, possessives and adjectives only: "his", "cautious", "Clinton's". A noun there is a
 * subject, and the word after it its verb: "the minister hopes that".
 */
function onlyModifiers(words: readonly string[]): boolean {
  if (!words.length) return true;
  const tagged = tag(words.join(' '));
  return tagged.every(
    (t, i) =>
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'PART' ||
      POSSESSIVE.test(t.word) ||
      (t.pos === 'PROPN' && /^['’]s$/.test(tagged[i + 1]?.word ?? '')),
  );
}
