import type { Attribution } from './attribution.ts';
import { NAMED_BODY } from './jointSpeakers.ts';

/** The last comma-separated piece of what precedes a trailing attribution: `…, the Foreign Ministry`. */
const LAST_PIECE = /,\s*([^,\u2591]+?)\s*$/u;

/**
 * "…, the Prosecutor General's Office, the Interior Ministry and ANAMA said in a joint statement":
 * a trailing attribution whose speakers are listed with commas was cut at the list's last comma, so
 * its first bodies were read as the end of what was said. When the speaker phrase joins named
 * bodies with "and", the named bodies before it, comma by comma, belong to the speakers. Anything
 * else before the comma (a clause, a place, a person) leaves the attribution as it was.
 */
export function withListedSpeakers(text: string, masked: string, attribution: Attribution): Attribution {
  if (attribution.form !== 'trailing' || attribution.content.end > attribution.speaker.start)
    return attribution;
  const phrase = text.slice(attribution.speaker.start, attribution.speaker.end);
  const joined = phrase.split(/\s+and\s+/);
  if (joined.length !== 2 || !joined.every((part) => NAMED_BODY.test(part.trim()))) return attribution;
  let contentEnd = attribution.content.end;
  let speakerStart = attribution.speaker.start;
  for (let listed = 0; listed < 3; listed++) {
    const piece = LAST_PIECE.exec(masked.slice(attribution.content.start, contentEnd));
    if (!piece || !NAMED_BODY.test(piece[1]!)) break;
    speakerStart = attribution.content.start + piece.index + piece[0].indexOf(piece[1]!);
    contentEnd = attribution.content.start + piece.index;
  }
  if (speakerStart === attribution.speaker.start || contentEnd <= attribution.content.start)
    return attribution;
  return {
    ...attribution,
    speaker: { start: speakerStart, end: attribution.speaker.end },
    frame: { start: Math.min(speakerStart, attribution.frame.start), end: attribution.frame.end },
    content: { start: attribution.content.start, end: contentEnd },
  };
}
