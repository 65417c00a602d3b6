import { MASK } from './mask.ts';

/** Verbs that pass a count on as a thing, not as words: "reported 80 dead", "confirmed the death of …". */
const TOLL_VERB =
  /^(?:report(?:s|ed)?|confirm(?:s|ed)?|admit(?:s|ted)?|acknowledge[sd]?|announce[sd]?|record(?:s|ed)?)$/i;

/** A hedge before a count: "at least 200", "nearly 50", "another 12". */
const HEDGE =
  '(?:(?:at\\s+least|more\\s+than|over|nearly|almost|about|around|some|up\\s+to|another|a\\s+further)\\s+)?';
const COUNT =
  '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+dozen|dozens|scores|hundreds)';
const CASUALTY = '(?:dead|killed|wounded|injured|casualties|fatalities|deaths|victims|missing|captured)';

/** Losses told with no count, a quality before them: "heavy losses", "military casualties", "new deaths". */
const LOSSES =
  '(?:heavy|significant|serious|severe|major|large|considerable|substantial|high|no|new|military|civilian)\\s+(?:losses|casualties|fatalities|deaths)';

/** A partitive after the count, the whole it is taken from: "80 of its own", "7 of their servicemen". */
const PARTITIVE = '(?:of\\s+(?:its|their|his|her|our|the)\\s+(?:own\\s+)?(?:\\p{Ll}+\\s+)?)?';

/**
 * A toll as the verb's bare object: "80 dead among its troops", "192 dead servicemen", "two wounded
 * on its side", "the deaths of 220 of its soldiers", "the death of one serviceman"; words that
 * qualify the count may stand before its noun ("12 more dead", "2,700 military dead", "five
 * civilian casualties"), a partitive after it ("80 of its own killed", "7 of its servicemen
 * killed"). A count and its state with no verb is a small clause of the object, a
 * figure too: "20 soldiers still missing". A count of people
 * then a clause ("50 soldiers were killed") is no bare object: the auxiliary is checked apart.
 */
const TOLL = new RegExp(
  `^(?:(?:the\\s+)?deaths?\\s+of\\s+|${HEDGE}${COUNT}\\s+${PARTITIVE}(?:\\p{Ll}+\\s+){0,2}(?:still\\s+)?${CASUALTY}(?![\\p{L}-])|${LOSSES}(?![\\p{L}-]))`,
  'iu',
);

/** Where the object ends: a second verb of the same subject ("… and blamed …") or a clause after a comma. */
const OBJECT_END = /\s+and\s+\p{Ll}+ed(?![\p{L}-])|,\s|;/u;

const CLAUSE_WORD =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|said|says|that)(?![\p{L}])/iu;

/**
 * "The ministry reported 77 dead in its ranks", "Baku reported two wounded on its side and blamed
 * …": a toll named as the object of a verb of reporting is a figure, as "put the toll at N" is
 * (CONVENTIONS 10), not reported words. What the subject goes on to say after "and" is read apart.
 */
export function reportsToll(verb: string, opening: string): boolean {
  if (!TOLL_VERB.test(verb) || !TOLL.test(opening)) return false;
  const end = opening.search(OBJECT_END);
  const object = end < 0 ? opening : opening.slice(0, end);
  return !object.includes(MASK) && !CLAUSE_WORD.test(object);
}
