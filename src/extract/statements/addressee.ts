import { POSSESSIVE } from './lexicon.ts';
import { MASK } from './mask.ts';
import { tag } from './nounPhrase.ts';

/**
 * Who was told is not what was told. After a verb that takes the person addressed as its object
 * ("told host A on Thursday how …", "asked Sanders whether …", "told voters she is …"), the
 * content starts past that object and any setting after it, at the word that opens the content:
 * a conjunction or wh-word, a quote, or the subject pronoun of a clause. Read off part-of-speech tags,
 * so the object may be any noun phrase; when the words after the object open no content, the
 * verb is left to the other rules (null).
 */

const ADDRESSING_VERB =
  /^(?:tell|tells|told|telling|ask|asks|asked|asking|warn|warns|warned|warning|remind|reminds|reminded|reminding|assure|assures|assured|assuring|inform|informs|informed|informing)$/i;

/**
 * What may open the content after the object. Not an infinitive's "to": who is urged or asked
 * to act is part of what is asked ("asked the network to donate …").
 */
const OPENER = /^(?:that|how|why|what|whether|if|when|where|who)$/i;
/** Wh-words that also open a relative clause on the object ("told Ann Lee, who …"). */
const RELATIVE = /^(?:who|whom|whose|which|where|when)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it|there)$/i;
/** Object pronouns: the object may be one, it never opens the content. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|you|reporters)$/i;

/** Words of the object and its setting to look through. */
const MAX_WORDS = 14;

/**
 * A show addressed by its title in quotes, then "that": "told “Morning Joe” that …", "tells
 * Public TV’s “Hayeli” on Friday that …", "told “Hetq” by phone that …", "told the “Caucasian Knot”
 * correspondent that …" (the title with its article and the newsroom noun it names). The title is who was
 * told; the content is past "that".
 */
const TITLE_THEN_THAT =
  /^\s*(?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*\s+){0,2}?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*['’]s\s+)?\u2591{1,40}(?:\s+(?:correspondent|reporter|journalist|newspaper|paper|programme|program|show|agency|channel|website|site|outlet|magazine)s?)?(?:\s+(?:on|in|at|by|over|last|this|earlier)\s[^.;:,\u2591]{0,30}?)?\s+that\s+(?=\S)/u;

/** A news site named by its address: "168.am", "iLur.am", "Iravaban.net", "news.az". */
const SITE_ADDRESS =
  /(?<![\p{L}\p{N}.@/-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:am|az|ru|ge|com|net|org|info|news|ua|tr|ir|kz|by|eu|uk)(?![\p{L}\p{N}.-]|\.\p{L})/giu;

export function afterAddressee(masked: string, verbEnd: number, verb: string, end: number): number | null {
  const lastWord = verb.trim().split(/\s+/).pop() ?? '';
  if (!ADDRESSING_VERB.test(lastWord)) return null;
  const title = TITLE_THEN_THAT.exec(masked.slice(verbEnd, Math.min(end, verbEnd + 120)));
  if (title) return verbEnd + title[0].length;
  // Up to the first quote (a quote right after the object is the content) or the clause's end.
  const windowEnd = Math.min(end, verbEnd + 200);
  const raw = masked.slice(verbEnd, windowEnd);
  const quoteAt = raw.indexOf(MASK);
  // "told 168.am that …", "told iLur.am that …": a site's address is one name, its ".am" no verb.
  const piece = (quoteAt >= 0 ? raw.slice(0, quoteAt) : raw).replace(
    SITE_ADDRESS,
    (site) => `S${'x'.repeat(site.length - 1)}`,
  );
  const tagged = tag(piece);
  let at = 0;
  let objectWords = 0;
  let sawNoun = false;
  for (let i = 0; i < tagged.length && i < MAX_WORDS; i++) {
    const t = tagged[i]!;
    const found = piece.indexOf(t.word, at);
    if (found < 0) return null;
    const start = verbEnd + found;
    const lower = t.word.toLowerCase();
    // "told civilians there to leave": "there" before an infinitive is a place, no clause's subject.
    const place = lower === 'there' && tagged[i + 1]?.word.toLowerCase() === 'to';
    // "asked Ruth Lee, who studies the region, to comment": a wh-word set off by a comma opens a
    // relative clause on the one addressed, never what they were asked or told.
    const relative = RELATIVE.test(lower) && /,\s*$/.test(piece.slice(0, found));
    if (relative) return null;
    const opens =
      objectWords > 0 && sawNoun && (OPENER.test(lower) || (SUBJECT_PRONOUN.test(lower) && !place));
    if (opens) return start;
    if (objectWords > 0 && sawNoun && opensSubject(tagged, i, quoteAt >= 0)) return start;
    // The object opens with a noun phrase: "warned of …", "told, …" name no one addressed.
    if (objectWords === 0 && !/^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(t.pos)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    if (t.pos === 'PRON' && !OBJECT_PRONOUN.test(lower) && !POSSESSIVE.test(lower)) return null;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && OBJECT_PRONOUN.test(lower)))
      sawNoun = true;
    objectWords++;
    at = found + t.word.length;
  }
  // A quote right after the object and its setting: "told his supporters, “…”".
  if (quoteAt >= 0 && sawNoun && objectWords > 0 && objectWords < MAX_WORDS) {
    const between = piece.slice(at);
    if (/^[\s,:]*$/.test(between)) return verbEnd + quoteAt;
  }
  return null;
}

/** Words of time that may follow who was told ("told reporters Tuesday the …") and open no clause. */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|earlier|later)$/i;

/**
 * Does a second noun phrase start at `i`, right after the object, as the subject of the content?
 * "told the AP his firm had …", "told host Sean Hannity a loss is “likely”", "told them Clinton “has …”":
 * a determiner or possessive after a noun, or a name after an object pronoun, opens a noun phrase
 * that a verb (or the quote) follows at once. "told the crowd the story he had heard" opens none.
 */
function opensSubject(
  tagged: readonly { word: string; pos: string }[],
  i: number,
  quoteNext: boolean,
): boolean {
  const t = tagged[i]!;
  const before = tagged[i - 1];
  if (!before || TIME_WORD.test(t.word)) return false;
  const afterNoun = before.pos === 'NOUN' || before.pos === 'PROPN';
  const afterObjectPronoun = OBJECT_PRONOUN.test(before.word);
  const possessive = POSSESSIVE.test(t.word);
  const opensPhrase =
    ((t.pos === 'DET' || possessive) && (afterNoun || afterObjectPronoun)) ||
    (t.pos === 'PROPN' && afterObjectPronoun);
  if (!opensPhrase) return false;
  let j = i + 1;
  // "the cease-fire": a hyphen inside a compound is read as a word of the noun phrase.
  const inPhrase = (k: number) =>
    /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tagged[k]?.pos ?? '') ||
    (tagged[k]?.word === '-' && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tagged[k + 1]?.pos ?? ''));
  while (j < tagged.length && inPhrase(j)) j++;
  if (j === i + 1 && t.pos !== 'PROPN') return false;
  // "her group never worked …": an adverb may stand between the subject and its verb.
  if (tagged[j]?.pos === 'ADV') j++;
  const next = tagged[j];
  return next ? next.pos === 'VERB' || next.pos === 'AUX' : quoteNext;
}
