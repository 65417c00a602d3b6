/**
 * A date that is part of a document's name: "the trilateral statement of November 9, 2020",
 * "the Moscow Declaration of 22 November 2018", "the November 10 ceasefire agreement", "the ceasefire
 * deal of November 2020", "the cease-fire of Nov. 10, 2020", "the memorandum with Baku of July 2022". It tells
 * which document, not what happened on the day the sentence tells, so it is no event, and its
 * year never anchors the year of another date ("in August" a paragraph on).
 */

/** Nouns for written instruments, which are named by the date they bear. */
const INSTRUMENT =
  'statements?|declarations?|agreements?|accords?|resolutions?|decrees?|laws?|memorand(?:um|a)|' +
  'treat(?:y|ies)|protocols?|communiqu[eé]s?|conventions?|charters?|acts?|ordinances?|' +
  // A court's or a government's acts: "by Orders of 7 December 2021", "the Judgment of 3 February 2015".
  // "the International Court of Justice order of February 22": a court's order, singular too.
  'orders?|judge?ments?|rulings?|verdicts?|directives?|regulations?|edicts?|' +
  // Deals and truces are named by their date too: "the ceasefire deal of November 2020".
  'deals?|pacts?|truces?|armistices?|cease-?fires?|' +
  // So are maps: "Soviet maps of 1976", and the borders they draw: "the borders of 1991".
  'maps?|borders|frontiers';

/**
 * A topic that is itself an event: the date after it tells what happened, not the instrument's name.
 * So does a part of the day ("agreed to a ceasefire on the evening of November 16"): it tells when.
 */
const EVENT_TOPIC =
  '(?:the\\s+|a\\s+|its\\s+)?(?:fighting|attacks?|offensive|war|clashes|shelling|strikes?|talks|meetings?|' +
  'operation|escalation|hostilities|violence|incidents?|events?|killings?|massacres?|vote|elections?|' +
  'morning|afternoon|evening|night|eve|day)';
/**
 * "… statement of", "… Declaration of the", "the memorandum on gas of", with the instrument's name ending
 * right before the date. A topic ("on gas", "on transit routes") is part of the name; one that is itself
 * an event ("the statement on the fighting of 19 September") takes the date, which then tells what happened.
 */
const BEFORE = new RegExp(
  // "the trilateral statement" of November 2020": a name quoted, its date after the closing mark.
  `\\b(?:${INSTRUMENT})["”’]?\\s+(?:(?:on|about|regarding|concerning)\\s+(?!(?:${EVENT_TOPIC})\\b)(?:[\\p{L}-]+\\s+){1,2})?` +
    // "the gas memorandum with Baku of July 2022", "the accord between Armenia and Azerbaijan of 2020": its parties.
    `(?:(?:with|between)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:and\\s+)?){1,4})?` +
    // "the joint statement of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020": its signatories.
    `(?:of\\s+the\\s+(?:leaders|presidents|heads\\s+of\\s+state|foreign\\s+ministers|governments|parties)\\s+of\\s+` +
    `(?:\\p{Lu}[\\p{L}'’-]*,?\\s+(?:and\\s+)?){1,4})?of\\s+(?:the\\s+)?$`,
  'iu',
);
/** After the date: up to three modifiers, then the instrument ("ceasefire agreement", "trilateral statement"). */
const AFTER = new RegExp(
  `^(?:,\\s*\\d{4},?)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT})\\b(?!\\s+(?:that|to|with)\\b)`,
  'iu',
);
/** "the 1997 treaty", "a 2022 supply pact": a year named with the instrument, the name written whole. */
const INSTRUMENT_AT_END = new RegExp(`\\s(?:${INSTRUMENT})$`, 'i');
/** "the November 10 statement", "an April agreement": a determiner or possessive opens the name before the date. */
/** "the two countries' 1997 treaty": a plural possessive too. */
const OPENS_NAME = /(?:^|[^\p{L}])(?:the|an?|its|their|[\p{L}]+['’]s|[\p{L}]+s['’])\s+$/iu;
/**
 * "since the signing of the November 10 statement": the name is the object of a dated event. "Since the
 * cease-fire of Nov. 10, 2020" names the instrument, as "since the 2016 clashes" names the clashes: no event.
 */
const EVENT_OF_NAME =
  /\b(?:signing|signature|adoption|conclusion|passage|publication|entry\s+into\s+force)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:of\s+(?:the\s+)?)?$/iu;

/** Nouns for published pieces: a correction or a review names one by the day it ran. */
const PIECE =
  'articles?|reports?|pieces?|items?|obituar(?:y|ies)|captions?|editorials?|columns?|stor(?:y|ies)|' +
  'interviews?|reviews?|letters?|features?|leaders?|analys[ie]s|headlines?|graphics?|photographs?|broadcasts?|' +
  'programmes?|podcasts?|comment|op-eds?';
/**
 * "An article in the World News pages (September 28th, "Thousands queue …")", "An Analysis piece on the
 * offensive (September 22nd) said": a bracket holding only a date (maybe the piece's title after it), in a
 * sentence that opens by naming a published piece. The date is the piece's, not an event's.
 */
const PIECE_OPENING = new RegExp(
  `(?:^|[.!?]["”’)]?\\s+|\\n\\s*)(?:an?|the|our|this|that|one|yesterday['’]s)\\s+(?:[^\\s.!?;:()]+\\s+){0,3}(?:${PIECE})\\b[^.!?;:()]{0,80}\\($`,
  'iu',
);
const PIECE_BRACKET_END = /^(?:\)|,\s*["“‘'])/u;
/** "the Baku dailies of 11-12 January", "Tuesday's editions": newspapers named by the day they came out. */
const PAPERS_OF = /\b(?:dailies|newspapers|papers|editions|issues?|weeklies)\s+of\s+(?:the\s+)?$/i;

function namesPiece(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (/^of\s/i.test(written)) return PAPERS_OF.test(text.slice(Math.max(0, start - 30), start) + 'of ');
  if (text[start - 1] === '(') {
    return (
      PIECE_BRACKET_END.test(text.slice(end, end + 3)) &&
      PIECE_OPENING.test(text.slice(Math.max(0, start - 160), start))
    );
  }
  return PAPERS_OF.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "an internal note of the agency dated 5 October", "a letter dated 12 May": the participle gives the date a
 * paper bears, whatever the paper; "dated back to 1920" and "dated to the 12th century" are not this.
 */
const DATED_BEFORE = /\bdated\s+$/i;

/** Does the date written at `start`..`end` of `text` sit inside the name of a document? */
export function inDocumentName(text: string, start: number, end: number): boolean {
  if (namesPiece(text, start, end) || DATED_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    return true;
  const written = text.slice(start, end);
  // "on November 9" is when something happened, even before an instrument noun; "based on the 1991 Almaty
  // Declaration", "as set out in the 2021 agreement", "as defined by the 1991 Almaty Declaration": a name after
  // "on", "in" or "by" and its determiner is still a name.
  if (/^(?:on|in|since|by|until|from|during)\s/i.test(written))
    return /^(?:on|in|by)\s+(?:the|a|its|their)\s/i.test(written) && INSTRUMENT_AT_END.test(written);
  // The date's own "of" ("of November 9, 2020") belongs to the name before it.
  const before = text.slice(Math.max(0, start - 100), start) + (/^of\s/i.exec(written)?.[0] ?? '');
  const name =
    BEFORE.test(before) ||
    INSTRUMENT_AT_END.test(written) ||
    (OPENS_NAME.test(before) && AFTER.test(text.slice(end, end + 60)));
  return name && !EVENT_OF_NAME.test(before);
}
