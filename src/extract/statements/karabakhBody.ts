import { entityById } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';

/**
 * A collective body's head, never a person's: "Defense Army", "Emergency Situations Service",
 * "Ministry of Health", "health ministry", "State Service for Emergency Situations", plural
 * "defense officials" (CONVENTIONS 4: Karabakh's officials are its authorities), "the presidency
 * of the self-proclaimed republic"; "the separatist regime in Khankendi", as Azerbaijani copy calls
 * the government (CONVENTIONS 4).
 */
const BODY_NOUN =
  /(?:^|\s)(?:ministry|ministries|service|services|army|authorities|officials|leaders|government|presidency|regime|administration|department|committee|headquarters|police|inspectorate|information\s+cent(?:er|re))(?:\s+(?:of|for)\s+[\p{L}\s-]+|\s+in\s+\p{Lu}[\p{L}-]+|\s+in\s+the\s+(?:region|enclave|territory))?$/iu;

/** Names only Karabakh's Armenian authorities bore: "Artsakh", "NKR", "Nagorno-Karabakh". */
const KARABAKH_NAME = String.raw`(?:the\s+)?(?:Republic\s+of\s+Artsakh|Artsakh(?:\s+Republic)?|NKR|Nagorno[-\s]Karabakh(?:\s+Republic)?|Karabakh)(?:['’]s)?`;
/** What the Karabakh authorities were called by others: "the de facto", "the separatist", "the self-proclaimed". */
const STATUS_WORD = String.raw`(?:de\s+facto|separatist|self-proclaimed|unrecognized|unrecognised|breakaway)`;

const LEADING = new RegExp(String.raw`^(?:the\s+)?(?:${STATUS_WORD}\s+)*${KARABAKH_NAME}\s+(.+)$`, 'iu');
const TRAILING = new RegExp(
  String.raw`^(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?(?:${STATUS_WORD}\s+)*${KARABAKH_NAME}$`,
  'iu',
);
/** "the separatist authorities", "the Armenian separatist authorities in the region": a status word names the polity. */
const STATUS_ONLY = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:ethnic\s+)?Armenian(?:-backed)?\s+)?${STATUS_WORD}\s+(.+)$`,
  'iu',
);
/**
 * "the Interior Ministry of the unrecognized republic", "the defence ministry of the separatist
 * administration": the status alone names the polity.
 */
const OF_STATUS_POLITY = new RegExp(
  String.raw`^(?:the\s+)?(.+?)\s+of\s+the\s+(?:${STATUS_WORD}\s+)+(?:republic|region|enclave|entity|administration|regime|government|authorities)$`,
  'iu',
);
/** The story is Karabakh's: the text names it. */
const KARABAKH_STORY = /\b(?:Karabakh|Karabagh|Artsakh|Stepanakert|Khankendi)\b/;

export function isKarabakhBodyHead(words: string): boolean {
  return BODY_NOUN.test(words);
}

/**
 * "the Artsakh Defense Army", "NKR Emergency Situations Service", "the Ministry of Health of
 * Artsakh", "the de facto health ministry" (in a story about Karabakh): the bodies of Karabakh's
 * Armenian authorities, which the gazetteer and the gold conventions hold as one body. A person
 * ("Artsakh Human Rights Defender") is not a body; neither is a body named with Armenia.
 */
export function karabakhBody(phrase: string, text: string): Entity | null {
  if (!/Artsakh|Karabakh|NKR|de facto|separatist|self-proclaimed|unrecogni[sz]ed|breakaway/i.test(phrase))
    return null;
  const rest = LEADING.exec(phrase)?.[1] ?? TRAILING.exec(phrase)?.[1];
  if (rest !== undefined) return BODY_NOUN.test(rest) && !/\bArmenia\b/.test(rest) ? authorities() : null;
  const statusOnly = STATUS_ONLY.exec(phrase)?.[1] ?? OF_STATUS_POLITY.exec(phrase)?.[1];
  if (statusOnly === undefined || !BODY_NOUN.test(statusOnly) || !KARABAKH_STORY.test(text)) return null;
  return authorities();
}

function authorities(): Entity | null {
  return entityById('karabakh-authorities');
}
