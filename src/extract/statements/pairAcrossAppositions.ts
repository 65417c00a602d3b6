import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { jointSpeakers } from './jointSpeakers.ts';

/** An apposition set off by commas that opens in lower case: "|, the head of the separatist administration,|". */
const APPOSITION = String.raw`,\s+\p{Ll}[^,;:"“”.]{2,90},`;
/** Capitalised words, a title and a name: "Deputy Prime Minister Mher Grigoryan". */
const NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]+`;
/** The second conjunct: a name, or a counterpart named at once ("his Azerbaijani counterpart Shahin Mustafayev"). */
const SECOND = String.raw`(?:(?:his|her|their)\s+(?:\p{Lu}\p{Ll}+\s+)?counterpart\s+)?${NAME}`;
const SAYING = String.raw`\s+(?:also\s+|jointly\s+|both\s+)?(?:said|told|stated|wrote|announced|warned|added|urged|noted|insisted|declared|appealed)\b`;

const AFTER_FIRST = new RegExp(
  String.raw`^${APPOSITION}\s+and\s+(${SECOND})(?:${APPOSITION})?${SAYING}`,
  'u',
);
const BEFORE_SECOND = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME})${APPOSITION}\s+and\s+$`, 'u');
const AFTER_SECOND = new RegExp(`^(?:${APPOSITION})?${SAYING}`, 'u');

/**
 * "Arayik Harutyunyan, the head of the separatist administration, and Ruben Vardanyan, who leads
 * the local government, said": the subject is both people, though an apposition stands between
 * them and the phrase read is one of them. Each is a speaker (CONVENTIONS 13), as jointSpeakers
 * reads the pair without the appositions; null when the text around the phrase is no such pair.
 */
export function pairAcrossAppositions(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  if (d.speakerAt < 0 || !d.text.startsWith(phrase, d.speakerAt)) return null;
  const end = d.speakerAt + phrase.length;
  const after = d.text.slice(end, end + 300);
  const second = AFTER_FIRST.exec(after)?.[1];
  if (second) return jointSpeakers(`${phrase} and ${second}`, d);
  const first = AFTER_SECOND.test(after)
    ? BEFORE_SECOND.exec(d.text.slice(Math.max(0, d.speakerAt - 300), d.speakerAt))?.[1]
    : undefined;
  return first ? jointSpeakers(`${first} and ${phrase}`, d) : null;
}
