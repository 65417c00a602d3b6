import { COUNTRY_WORDS } from '../entities/qualifiedBodies.ts';

/**
 * "In Baku, the Defense Ministry said …", "In Yerevan on Tuesday, the Foreign Ministry …": a
 * sentence that opens by setting the scene in a city, with the speaker right after the frame.
 * A script's speaker label before it ("ASATRYAN (VO): In Baku, …") opens the sentence as well.
 * The city is returned as written; whether it seats a government is the caller's question.
 */
const OPENING_FRAME =
  /(?:^|[.!?]["”]?\s+|\n\s*|\p{Lu}\)?:\s+)In\s+(\p{Lu}[\p{L}-]+)(?:\s+(?:on|late on|early on)\s+\p{Lu}\p{Ll}+)?,\s+$/u;
/** "In Baku they insist": a frame before a pronoun subject needs no comma. */
const BARE_FRAME =
  /(?:^|[.!?]["”]?\s+|\n\s*)In\s+(\p{Lu}[\p{L}-]+)(?:\s+(?:on|late on|early on)\s+\p{Lu}\p{Ll}+)?,?\s+$/u;

/** How far back the frame may start: the city and a day name. */
const FRAME_REACH = 60;

/**
 * The city a sentence-opening "In <City>," frame names just before `speakerAt`, else null; with
 * `pronoun`, the speaker is a pronoun and the comma may be left out ("In Baku they insist").
 */
export function framingCity(text: string, speakerAt: number, pronoun = false): string | null {
  if (speakerAt <= 0) return null;
  return (
    (pronoun ? BARE_FRAME : OPENING_FRAME).exec(
      text.slice(Math.max(0, speakerAt - FRAME_REACH), speakerAt),
    )?.[1] ?? null
  );
}

/**
 * A ministry's domain as copy writes it in lower case after "of": "the ministry of foreign
 * affairs", "the ministry of defence".
 */
export const LOWER_CASE_DOMAIN = String.raw`(?:foreign\s+affairs|defen[cs]e|health|internal\s+affairs|emergency\s+situations|justice)`;

/**
 * "the Defense Ministry", "the ministry", "the presidential administration", "the Ministry of
 * Health" (its domain after "of"), "the government's press service": a body named with no owner.
 */
const BARE_BODY = new RegExp(
  String.raw`^[Tt]he\s+(?:[\p{L}-]+(?:['’]s)?\s+){0,3}(?:[Mm]inistry|[Aa]dministration|[Pp]residency|[Pp]ress\s+[Ss]ervice|[Cc]abinet|[Pp]arliament|[Gg]overnment)(?:\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3}|${LOWER_CASE_DOMAIN}))?$`,
  'u',
);

/** Is the phrase a body with no owner written ("the Armenian Defense Ministry" has one)? */
export function ownerlessBody(phrase: string): boolean {
  if (!BARE_BODY.test(phrase)) return false;
  const words = ` ${phrase.toLowerCase().replace(/['’]s\b/g, '')} `;
  return !COUNTRY_WORDS.some(([word]) => words.includes(` ${word} `));
}
