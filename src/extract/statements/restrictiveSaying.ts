import type { Span } from '../types.ts';
import { MASK } from './mask.ts';
import { tag } from './nounPhrase.ts';

/**
 * "Protesters who said they were environmental activists blocked the road", "a group of young men
 * who said they were …": a restrictive relative clause in which people describe themselves. The
 * head is a plural noun, at most one lower-case word before it, and the clause's subject is "they",
 * the head again: a self-report, a statement. The saying runs to the next comma or the end.
 */
const RESTRICTIVE_SELF_REPORT =
  /(?<![\p{L}'’-])((?:\p{L}[\p{Ll}-]+\s+)?(?:men|women|people|\p{Ll}{3,}(?<!ss|us|is)s|\p{Lu}\p{Ll}{2,}(?<!ss|us|is)s))\s+who\s+(?:(?:had|have)\s+)?(?:said|say|says|told\s+\p{Ll}+|claimed|claim)\s+(?:that\s+)?(?=they\s)/u;

/** Heads that are a count or a pronoun, not people who spoke: "those who said", "others who said". */
const NO_HEAD = /^(?:those|these|others|many|some|all|both|few|most|several)$/;

/**
 * A poll's share, not a statement: "voters who said they …", "40 percent of respondents who said
 * they …". The survey's nouns and a share before the head are each enough to read none.
 */
const SURVEY_HEAD = /^(?:voters|respondents|participants|interviewees|adults|americans|citizens|people)$/;
const SHARE_BEFORE =
  /(?:\d|percent|per\s+cent|%|half|third|quarter|majority|minority|share|proportion|number|most|many|few|fewer|more)\s+(?:of\s+|among\s+)?(?:the\s+|all\s+)?$/i;
const POLL_BEFORE = /\b(?:among|poll(?:ed)?|surveyed?)\s+(?:the\s+|all\s+)?$/i;

/** Words of a lower-case pair that are no adjective of the head: "of men", "and women". */
const NOT_A_MODIFIER = /^(?:of|and|or|by|for|to|the|a|an|with|from|in|on|at|as|than|that)$/;

export function restrictiveSaying(
  masked: string,
  from: number,
  to: number,
): { speaker: Span; content: Span } | null {
  const region = masked.slice(from, to);
  if (!region.includes(' who ')) return null;
  const m = RESTRICTIVE_SELF_REPORT.exec(region);
  if (!m) return null;
  let phrase = m[1]!;
  let start = m.index;
  const words = phrase.split(/\s+/);
  if (words.length === 2 && NOT_A_MODIFIER.test(words[0]!)) {
    start += phrase.length - words[1]!.length;
    phrase = words[1]!;
  }
  // A capital opens the phrase only at the sentence's start ("Protesters who said …"); elsewhere
  // a capitalised head is a name, and a capitalised word before a common noun classifies it
  // ("Azerbaijani protesters": who they are, kept as CONVENTIONS rule 5 keeps a nationality).
  if (/^\p{Lu}/u.test(phrase) && region.slice(0, start).trim() !== '') {
    const last = phrase.split(/\s+/).at(-1)!;
    if (/^\p{Lu}/u.test(last)) return null;
  }
  const head = phrase.split(/\s+/).at(-1)!.toLowerCase();
  if (NO_HEAD.test(head) || NO_HEAD.test(phrase.split(/\s+/)[0]!.toLowerCase()) || SURVEY_HEAD.test(head))
    return null;
  const before = region.slice(Math.max(0, start - 40), start);
  if (SHARE_BEFORE.test(before) || POLL_BEFORE.test(before)) return null;
  const at = from + m.index + m[0].length;
  const rest = masked.slice(at, to);
  const comma = rest.search(/,(?!\d)/);
  let end = at + (comma >= 0 ? comma : rest.length);
  const said = mainVerbCut(masked.slice(at, end));
  const content = said.replace(/(?:\s+(?:and|but|or))?[\s.!?]*$/u, '');
  end = at + content.length;
  if (content.split(/\s+/).length < 3 || content.includes(MASK)) return null;
  return { speaker: { start: from + start, end: from + start + phrase.length }, content: { start: at, end } };
}

/**
 * The relative clause ends where the sentence's own predicate begins: "they were students | set up
 * tents", "they had lost their homes | were given tents" — a noun, then a verb, after the clause's
 * first verb.
 */
function mainVerbCut(words: string): string {
  const tags = tag(words);
  let at = 0;
  let verbSeen = false;
  let previous = '';
  for (const t of tags) {
    const found = words.indexOf(t.word, at);
    if (found < 0) return words;
    const isVerb = t.pos === 'VERB' || t.pos === 'AUX';
    if (isVerb && verbSeen && (previous === 'NOUN' || previous === 'PROPN')) return words.slice(0, found);
    if (isVerb) verbSeen = true;
    previous = t.pos;
    at = found + t.word.length;
  }
  return words;
}
