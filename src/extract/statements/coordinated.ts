import type { Span } from '../types.ts';
import { findFrameAttribution } from './attribution/frames.ts';
import { parseAttributionTail } from './attribution/tail.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { SPEECH_VERB } from './lexicon.ts';

/**
 * Where a clause with a subject of its own may open after a saying: ", but", ", while", ", and",
 * ", whereas", ", yet", a concessive ", although"/", though", a semicolon, or "while"/"whereas"
 * with no comma.
 */
const COORDINATOR =
  /(?:[,;]\s*(?:but|while|whereas|and|yet|(?:even\s+)?(?:al)?though)|;|\s(?:while|whereas)|(\s(?:and|but)))\s+(?=\S)/g;
/** Only these let a sentence hold a second clause: a cheap test before the pattern runs. */
const MAY_COORDINATE =
  /[,;]\s*(?:but|while|whereas|and|yet|(?:even\s+)?(?:al)?though)\s|;\s|\s(?:while|whereas|and|but)\s/;
/**
 * With no comma, "and"/"but" may join two subjects of one verb or sit inside what was said ("said
 * the leaders of Armenia and Azerbaijan said …"): only a named subject and a verb that answers
 * the first saying open a clause of its own there ("… and Peskov added that …").
 */
const ANSWERING_SOON =
  /^\p{Lu}(?:[^\s;:\u2591]*\s+){1,12}?(?:\p{Ll}+\s+)?(?:added|adds|insisted|insists|countered|counters|replied|replies|responded|responds|retorted|stressed|stresses)\b/u;
/** The verbs ANSWERING_SOON needs, alone: a cheap test before the pattern runs. */
const ANSWERING_VERB =
  /(?:added|adds|insisted|insists|countered|counters|replied|replies|responded|responds|retorted|stressed|stresses)\b/u;
/** A verb of saying, or "according to", anywhere in the words before the coordinator. */
const ANY_SAYING = new RegExp(`${SPEECH_VERB.source}|[Aa]ccording to`, 'u');

/**
 * A sentence that holds two sayings, each with its own subject: "A, Ruben Vardanyan said, but
 * Hikmet Hajiyev insisted that B", "“A,” Pashinyan said, while Aliyev said B", "Officials said A,
 * but residents said B", "A, one diplomat said; a second said B". Where the first saying's words
 * end (`cut`) and the second's subject begins (`next`): the clause after the coordinator opens
 * with its subject and a verb of saying, and the words before it hold a saying of their own (a
 * quote with its attribution, or any attribution). Null when there is no such pair: then "and
 * that B" or a second verb with no subject ("…, and added that B") stays with the first saying.
 *
 * `quoteClose` is where the unit's leading quote closes, when the unit opens with one.
 */
export function coordinatedSaying(
  text: string,
  masked: string,
  unit: Span,
  quoteClose: number | null,
): { cut: number; next: number } | null {
  const region = masked.slice(unit.start, unit.end);
  if (!MAY_COORDINATE.test(region))
    return quoteClose === null ? mainAfterSubordinate(text, masked, unit) : null;
  COORDINATOR.lastIndex = 0;
  for (let m = COORDINATOR.exec(region); m; m = COORDINATOR.exec(region)) {
    const cut = unit.start + m.index;
    const next = cut + m[0].length;
    if (cut <= (quoteClose ?? unit.start)) continue;
    const opening = masked.slice(next, Math.min(unit.end, next + 120));
    // `“a fragile truce,” but X said`: a comma inside the closing quote sets the clause off as one outside would.
    const bare = m[1] !== undefined && !/,\s*["”’']$/.test(text.slice(Math.max(unit.start, cut - 3), cut));
    const answers = bare
      ? ANSWERING_VERB.test(opening) && ANSWERING_SOON.test(opening)
      : ANY_SAYING.test(masked.slice(next, unit.end));
    if (!answers) continue;
    const before = masked.slice(unit.start, cut);
    // "The authorities put their dead at 200; Baku said it had lost 192": after a semicolon, a
    // clause that opens with its own speaker is read alone, whatever the clause before says.
    const semicolon = m[0].startsWith(';');
    if (quoteClose === null && !semicolon && !ANY_SAYING.test(before) && !CALLED_QUOTE.test(before)) continue;
    // "…, but according to Yerevan it has been blocked": a source named first opens the clause too.
    const second = findFrameAttribution(text, masked, next, unit.end);
    const opensClause =
      second &&
      (second.form === 'verb'
        ? subjectOpens(masked.slice(next, second.speaker.start))
        : second.form === 'according-to'
          ? /^according to\s/i.test(masked.slice(next, next + 13)) ||
            // "A, according to Baku, and B, according to Yerevan": two clauses, each with its source.
            (second.content.start === next && SOURCE_CLOSES.test(before))
          : // "…, while the shops are empty, a shopkeeper added": the clause is what the second speaker
            // said. After "and" it may be what both said ("X said A, and B, the Kremlin said"): not read.
            second.form === 'trailing' && !/\band\b/.test(m[0]) && second.content.start === next);
    if (!second || !opensClause) continue;
    // "…, although Baku acknowledged only 72": a concession of a count or a thing (a noun phrase)
    // sets a fact against the clause; only a clause or a quote after its verb is words said.
    if (
      CONCESSIVE.test(m[0]) &&
      (second.form !== 'verb' ||
        !CLAUSE_OR_QUOTE.test(masked.slice(second.content.start, second.content.end)))
    )
      continue;
    const first =
      quoteClose !== null
        ? parseAttributionTail(masked, quoteClose, cut, true)
        : findFrameAttribution(text, masked, unit.start, cut);
    if (
      first ||
      (semicolon &&
        second.form === 'verb' &&
        PLAIN_SAYING.test(masked.slice(second.speaker.end, second.content.start)))
    )
      return { cut, next };
  }
  return quoteClose === null ? mainAfterSubordinate(text, masked, unit) : null;
}

/** A sentence that opens with a subordinate clause: "While Moscow pledged support, …", "Even as …,". */
const SUBORDINATE_OPENING =
  /^\s*(?:(?:and|but|yet)\s+)?(?:while|although|though|even though|even as|whereas|when|after|before|as|since|once|because|until)\s/i;

/** A comma outside quotes (the masked text hides theirs). */
const COMMA = /,\s+/g;

/**
 * "While Moscow pledged support, Petrosyan said the convoy would be stopped", "Even as Baku
 * claimed that the road was open, a monitor said …": the sentence's reading finds the saying in
 * the subordinate clause first and stops there, so the main clause's own subject and saying are
 * lost (or read as the first saying's words). The main clause is read alone when it opens, after
 * a comma, with a subject and a verb of saying, and the whole sentence's reading took its speaker
 * from the subordinate clause; a main clause that is itself the words ("As X said, the road is
 * closed") has no saying and stays with the first.
 */
function mainAfterSubordinate(
  text: string,
  masked: string,
  unit: Span,
): { cut: number; next: number } | null {
  const region = masked.slice(unit.start, unit.end);
  if (!SUBORDINATE_OPENING.test(region)) return null;
  const whole = findFrameAttribution(text, masked, unit.start, unit.end);
  if (whole?.form !== 'verb') return null;
  COMMA.lastIndex = 0;
  for (let m = COMMA.exec(region); m; m = COMMA.exec(region)) {
    const cut = unit.start + m.index;
    const next = cut + m[0].length;
    if (whole.speaker.start >= cut) return null;
    if (cut <= whole.speaker.end) continue;
    const main = findFrameAttribution(text, masked, next, unit.end);
    if (
      main?.form === 'verb' &&
      main.speaker.start >= next &&
      subjectOpens(masked.slice(next, main.speaker.start))
    )
      return { cut, next };
  }
  return null;
}

const CONCESSIVE = /(?:al)?though\s+$/;
/** A finite verb of a clause, or a quote (masked). */
const CLAUSE_OR_QUOTE = new RegExp(
  `\u2591|(?<![\\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|did|does|do|${IRREGULAR_PAST}|\\p{Ll}{3,}ed)(?![\\p{L}])`,
  'u',
);

/** A plain verb of saying right after its subject: only such a clause is read alone after a semicolon. */
const PLAIN_SAYING =
  /^\s*(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|told|tells|added|adds|insisted|insists|claimed|claims|stated|states|warned|warns|argued|argues|noted|notes)\b/;

/** A clause that ends with its source: "…, according to Baku". */
const SOURCE_CLOSES = /,\s*according\s+to\s+[^,;:\u2591]{1,80}$/i;

/** "The ministry called it “a historic event”": what a quote is called is a saying too. */
const CALLED_QUOTE = /\bcall(?:s|ed)\s[^\u2591]{0,40}\u2591/u;

/** Words a clause's subject may be read past ("only 49 percent| of Republicans"): no clause opener, no comma. */
const CLAUSE_OPENER =
  /^(?:that|which|who|whom|whose|if|because|when|as|after|before|since|although|though|whether|where|how|why|what|so|then)\b/i;

function subjectOpens(gap: string): boolean {
  return (
    gap === '' || (!/[,;:\u2591]/.test(gap) && !CLAUSE_OPENER.test(gap) && gap.split(/\s+/).length <= 10)
  );
}
