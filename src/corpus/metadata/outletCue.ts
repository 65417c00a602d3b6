/**
 * An outlet naming itself in the lead: "As Caliber.Az reports with reference to …",
 * "Trend reports citing …". Only the present tense counts: "Radio Liberty reported that …"
 * cites another outlet. What follows "with reference to" is a source of the content, not the outlet.
 */

export interface OutletCue {
  outlet: string;
  /** The words that named it, as written. */
  phrase: string;
  start: number;
}

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})`;
/** Each cue with a cheap test that must pass first (the name pattern is slow to try everywhere). */
const CUES: { quick: RegExp; full: RegExp; fromName?: true }[] = [
  { quick: /\bAs\s/, full: new RegExp(String.raw`\bAs\s${NAME}\s(?:reports|informs|writes)\b`, 'u') },
  {
    quick: /\s(?:reports|informs)\s(?:with reference to|citing|referring to)\b/,
    full: new RegExp(
      String.raw`(?:^|[.!?]\s+)${NAME}\s(?:reports|informs)\s(?:with reference to|citing|referring to)\b`,
      'mu',
    ),
  },
  // "…, Azernews reports.": the lead's first sentence closing on the outlet in the present tense.
  {
    quick: /,\s\p{Lu}[\p{L}\p{N}.&'’-]*\s(?:reports|informs)\.(?:\s|$)/u,
    full: new RegExp(
      String.raw`^(?:[^\n.!?]|[.!?](?=\S)){20,}?,\s${NAME}\s(?:reports|informs)\.(?=\s|$)`,
      'u',
    ),
    fromName: true,
  },
  // "YEREVAN, 14 Sep - Sputnik.": an agency's date line under a deck, in its own paragraph's opening.
  {
    quick: /\s[-–—]\s\p{Lu}[\p{L}.]*\.\s/u,
    full: new RegExp(
      String.raw`^\p{Lu}{3,}(?:\s\p{Lu}{2,})*,\s\d{1,2}\s\p{L}{3,9}\.?\s[-–—]\s${NAME}\.(?=\s)`,
      'mu',
    ),
  },
];
/**
 * Wire services and international papers and broadcasters never close their own lead on their
 * name ("…, Reuters reports."): there the lead is an aggregator's, citing them, and says nothing
 * of the document's own outlet. Regional agencies do (Azernews, Trend, Azertac, Armenpress).
 */
const CITED_ONLY =
  /^(?:Reuters|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|Bloomberg|dpa|DPA|EFE|ANSA|Kyodo|BBC(?: News)?|CNN|Al Jazeera|(?:The )?(?:New York Times|Washington Post|Guardian|Financial Times|Wall Street Journal|Economist)|Politico|POLITICO|Axios|Euronews|Deutsche Welle|DW|France 24|RFI|Le Monde)$/;

/** Words that start a sentence but are not outlet names. */
const NOT_NAMES = /^(?:The|This|That|It|He|She|They|We|Our|His|Her|Its)\b/;
/** The self-reference sits in the first paragraphs; later mentions cite others. */
const LEAD_LENGTH = 1500;

export function findOutletCue(text: string, bodyStart: number): OutletCue | null {
  const lead = text.slice(bodyStart, bodyStart + LEAD_LENGTH);
  let best: OutletCue | null = null;
  for (const cue of CUES) {
    if (!cue.quick.test(lead)) continue;
    const m = cue.full.exec(lead);
    if (!m) continue;
    const outlet = m[1]!.replace(/[.’']+$/, '');
    // "As Reuters reports, …", "…, AFP reports.": an aggregator citing a wire; an agency's own date line stays.
    if (NOT_NAMES.test(outlet) || (CITED_ONLY.test(outlet) && /\s(?:reports|informs|writes)\b/.test(m[0])))
      continue;
    const phrase = cue.fromName ? m[0].slice(m[0].lastIndexOf(m[1]!)) : m[0].replace(/^[.!?]?\s*/, '');
    const found = { outlet, phrase, start: bodyStart + m.index + (m[0].length - phrase.length) };
    if (!best || found.start < best.start) best = found;
  }
  return best;
}
