import type { Span } from '../types.ts';

/** A day the pointing sentence may give: "on Tuesday", "late on 16 November", "yesterday evening". */
const DAY =
  /(?:(?:late|early)\s+)?(?:on\s+(?:\p{Lu}\p{Ll}+|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})|today|yesterday|earlier|later|(?:this|last)\s+(?:morning|afternoon|evening|night|week))(?:\s+(?:morning|afternoon|evening|night))?/u
    .source;

/**
 * "… 32 people have been killed. This was informed by the ombudsman Gegham Stepanyan.": agency
 * copy in translation names who said the sentence before in a passive sentence of its own; when
 * ("confirmed on Wednesday by …") and whom ("reported to Unikal.org by …", a site's name with its
 * dot) may stand before "by"; the day may carry its part ("yesterday evening", "late on Tuesday",
 * "on 16 November").
 */
const SOURCE_OF_BEFORE = new RegExp(
  `^\\s*(?:This|That|It)\\s+(?:was|has\\s+been)\\s+(?:also\\s+)?(?:informed|reported|announced|stated|said|confirmed)(?:\\s+to\\s+(?:[^,.;:!?\\s]|\\.(?=\\p{Ll})|\\s)[^,;:!?]{0,39}?)?(?:\\s+${DAY})?\\s+by\\s+`,
  'u',
);

/**
 * "That was what the region's health ministry stated on Tuesday.", "So said the foreign minister.": the
 * speaker stands inside the pointing sentence, which holds nothing else but the verb and a day.
 */
const WHAT_SOURCE_SAID = new RegExp(
  `^\\s*(?:That|This)\\s+(?:is|was)\\s+(?:also\\s+)?what\\s+((?:the\\s+)?[^\\s,;:!?"“”][^,;:!?"“”]{1,59}?)\\s+(?:has\\s+|had\\s+)?(?:said|says|stated|states|reported|reports|announced|announces|told\\s+(?:reporters|journalists|the\\s+press|\\p{Lu}[\\p{L}.]+))(?:\\s+${DAY})?[.!]?\\s*$`,
  'du',
);
const SO_SAID = new RegExp(
  `^\\s*So\\s+(?:said|says)\\s+((?:the\\s+)?[^\\s,;:!?"“”][^,;:!?"“”]{1,59}?)(?:\\s+${DAY})?[.!]?\\s*$`,
  'du',
);

/**
 * "Prime Minister Nikol Pashinyan said this in an interview with France 24.", "He announced this at a
 * briefing.": the active form, its subject the source, "this" the sentence before; nothing but a
 * setting may follow ("in an address", "on Sunday", ", the agency reports"). "said this week that …"
 * is a day, not the sentence before.
 */
const SAID_THIS = new RegExp(
  `^\\s*((?:[^\\s,;:!?"“”«»][^,;:!?"“”«»]{1,99}?,\\s+)?[^\\s,;:!?"“”«»][^,;:!?"“”«»]{0,99}?)\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:said|stated|announced|reported|declared|confirmed|wrote|told\\s+(?:reporters|journalists|the\\s+press|\\p{Lu}[\\p{L}.]+))\\s+(?:this|so)(?:\\s+(?:in|at|on|during|to|after|while|via|through|from|yesterday|today|earlier|later|last|late|early)\\b[^.!?"“”«»;:]{0,120})?[.!]?\\s*$`,
  'du',
);

/**
 * What SAID_THIS needs and most sentences lack, "this" or "so" after a space and before a space, a
 * stop or the end: a sentence without it is never tried on the pattern's lazy, backtracking subject.
 */
const SAID_THIS_WORD = /\s(?:this|so)(?:[\s.!]|$)/;

/** "Moderator.az reports that this was announced by …": the outlet passes the pointing sentence on. */
const MEDIUM_THAT =
  /^\s*[^\s,;:!?"“”«»][^,;:!?"“”«»]{0,40}?\s+(?:reports?|reported|writes|wrote)\s+that\s+(?=(?:this|that|it)\s)/u;

/** A role or a chain of them, then the full name of their holder closing the sentence. */
const ROLE_THEN_NAME =
  /^((?:[^,;:]{3,100}?,\s+){1,3})(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})[.!]?\s*$/u;

/** Where the source's noun phrase ends: a setting after it ("on Saturday, 26 March"), or the sentence. */
const SETTING_AFTER_SOURCE =
  /\s+(?:on|in|at|during|late|early|earlier|last|this|yesterday|today)\b|[,;:]|[.!]?\s*$/;

/**
 * The words naming the source in a sentence that is nothing but "This was reported by X", "That was what X
 * said" or "So said X", or null. Shared by statements and figures: the sentence before is X's.
 */
export function sourceOfSentenceBefore(text: string, unit: Span): Span | null {
  const words = text.slice(unit.start, unit.end);
  for (const form of [WHAT_SOURCE_SAID, SO_SAID]) {
    const m = form.exec(words);
    if (!m) continue;
    const [start, end] = m.indices![1]!;
    return { start: unit.start + start, end: unit.start + end };
  }
  const active = saidThisSource(text, unit);
  if (active) return active;
  const medium = MEDIUM_THAT.exec(words)?.[0].length ?? 0;
  const pointing = medium ? words.slice(medium).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : words;
  const by = SOURCE_OF_BEFORE.exec(pointing);
  if (!by) return null;
  const from = unit.start + medium + by[0].length;
  const rest = pointing.slice(by[0].length);
  // "… by the press secretary of the governor, Tom Beale.": the name set after the role is who.
  const named = ROLE_THEN_NAME.exec(rest);
  if (named) {
    const start = from + named[1]!.length;
    return { start, end: start + named[2]!.length };
  }
  const end = SETTING_AFTER_SOURCE.exec(rest)?.index ?? rest.length;
  if (end < 3 || end > 120) return null;
  return { start: from, end: from + end };
}

/**
 * A sentence that does nothing but point back: "X said this in an interview", "The agency reports
 * that this was announced by X". Any clause read from it alone is a misreading; "It was stated by X
 * that …" and "… by X, who said that …" carry words of their own.
 */
export function onlyPointsBack(text: string, unit: Span): boolean {
  if (saidThisSource(text, unit)) return true;
  const words = text.slice(unit.start, unit.end);
  const medium = MEDIUM_THAT.exec(words)?.[0].length ?? 0;
  if (!medium) return false;
  const pointing = words.slice(medium).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const by = SOURCE_OF_BEFORE.exec(pointing);
  return by !== null && !/\b(?:that|who|which)\b|["“”«»]/u.test(pointing.slice(by[0].length));
}

/**
 * The subject of an active "X said this …" sentence, or null. Of "President of the Republic, Commander-in-Chief
 * Ilham Aliyev announced this", the titled name after the comma.
 */
function saidThisSource(text: string, unit: Span): Span | null {
  const words = text.slice(unit.start, unit.end);
  if (!SAID_THIS_WORD.test(words)) return null;
  const m = SAID_THIS.exec(words);
  if (!m) return null;
  let [start, end] = m.indices![1]!;
  const comma = words.lastIndexOf(', ', end);
  if (comma >= start) start = comma + 2;
  return { start: unit.start + start, end: unit.start + end };
}
