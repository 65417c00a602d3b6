import { tag } from './nounPhrase.ts';

/**
 * Where the speaker's next act starts after what was said: "said the pass would stay shut, and
 * asked drivers to wait", "says she will not vote for him and considers him a liar", "noting the
 * delay, and suggesting …". A verb after "and" with no subject of its own, in the form of the verb
 * of saying (past after "said", -s after "says", -ing after "noting", "has …" after "has said"),
 * joins the speaker's verb, not the reported clause, when that clause's own verb is of another
 * form ("would stay" is no simple past). With the same form both readings stand ("said he heard
 * shots and ran"), and the clause is left whole.
 */

type Form = 'past' | 'present' | 'ing' | 'perfect';

const IRREGULAR_PAST =
  /^(?:said|told|wrote|spoke|made|gave|took|saw|knew|thought|felt|went|came|got|found|left|held|kept|put|sent|brought|began|became|won|lost|met|ran|paid|led|sought|chose|drew|threw|struck|fought|taught|swore|rose|fell|spent|built|sold|bought|stood|heard|meant)$/;

/** Adverbs that may stand between "and" and the verb: "and then requested", "and to date has issued". */
const AND_VERB =
  /(?:,\s*|\s+)(?:(?:—|–|-{1,2})\s*)?and\s+(?:(?:also|then|later|immediately|repeatedly|again|still|even|once again|to date|has since|have since)\s+)*(\p{Ll}+)(?=\s)/gu;

/**
 * A clause's own verb that is a modal, so no simple past. A present or perfect one is not enough:
 * "said the firm has cut jobs and cited …" reads both ways.
 */
const MODAL = /\b(?:would|will|could|can|should|must|might|may)\b/;
/** A clause's own verb that is no present: a modal, or a past auxiliary. */
const NOT_PRESENT = /\b(?:would|will|could|should|must|might|was|were|had|did)\b/;
/** A progressive inside the clause, whose -ing words a later -ing may join: "was shelling … and killing". */
const PROGRESSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u;

/** "…, avoiding travel and keeping away": an -ing after a comma opens a series the next one joins. */
const PARTICIPLE_SERIES = /,\s*\p{Ll}+ing\b/u;

const MIN_WORDS_BEFORE = 3;

function formOf(verb: string): Form | null {
  const words = verb
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.some((w) => w === 'has' || w === 'have') && words.length > 1) return 'perfect';
  if (/ing$/.test(last)) return 'ing';
  if (/ed$/.test(last) || IRREGULAR_PAST.test(last)) return 'past';
  if (/[^su]s$/.test(last)) return 'present';
  return null;
}

const PAST_PARTICIPLE_WORD = /^\p{Ll}+(?:ed|en|wn|ne|t)$/u;

function sameForm(form: Form, word: string, next: string): boolean {
  switch (form) {
    case 'ing':
      return /ing$/.test(word) && !/(?:thing|during|king|ring|being|having)$/.test(word);
    case 'past':
      return /ed$/.test(word) || IRREGULAR_PAST.test(word);
    case 'present':
      return (
        /[^su]s$/.test(word) && !/^(?:is|was|has|does|this|its|his|hers|thus|as|us|less|unless)$/.test(word)
      );
    case 'perfect':
      return (word === 'has' || word === 'have') && PAST_PARTICIPLE_WORD.test(next);
  }
}

function clauseOfAnotherForm(form: Form, before: string): boolean {
  switch (form) {
    case 'ing':
      return !PROGRESSIVE.test(before) && !PARTICIPLE_SERIES.test(before);
    case 'past':
      return MODAL.test(before);
    case 'present':
      return NOT_PRESENT.test(before);
    case 'perfect':
      return !/\b(?:has|have)\b/.test(before);
  }
}

const LEADING_LOWER_CASE_WORD = /^\p{Ll}+/u;

/** Where in `content` the speaker's next act starts, or null. `verb` is the verb of saying as written. */
export function speakersNextAct(content: string, verb: string): number | null {
  if (!content.includes('and ')) return null;
  const form = formOf(verb);
  if (!form) return null;
  for (const m of content.matchAll(AND_VERB)) {
    const word = m[1]!;
    const after = content.slice(m.index! + m[0].length).trimStart();
    const next = LEADING_LOWER_CASE_WORD.exec(after)?.[0] ?? '';
    if (!sameForm(form, word, next)) continue;
    // "would be released and returned": after a past, only a comma or dash sets the next verb apart.
    if (form === 'past' && !/^\s*[,—–-]/.test(m[0])) continue;
    const before = content.slice(0, m.index);
    if (before.trim().split(/\s+/).length < MIN_WORDS_BEFORE || !clauseOfAnotherForm(form, before)) continue;
    // "and sales would fall": a noun in -s or -ed that a verb follows is the subject of a clause.
    const tagged = tag(`${word} ${after.slice(0, 40)}`);
    if (tagged[0]?.pos !== 'VERB' && tagged[0]?.pos !== 'AUX') continue;
    if (tagged[1] && (tagged[1].pos === 'AUX' || tagged[1].pos === 'VERB') && form !== 'perfect') continue;
    return m.index!;
  }
  return null;
}
