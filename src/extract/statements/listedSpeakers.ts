import type { Attribution } from './attribution/tail.ts';
import { isNamedBody } from './jointSpeakers.ts';

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
  if (attribution.form === 'according-to') return withListAfterSource(masked, attribution);
  if (attribution.form !== 'trailing' || attribution.content.end > attribution.speaker.start)
    return attribution;
  const phrase = text.slice(attribution.speaker.start, attribution.speaker.end);
  const joined = phrase.split(/\s+and\s+/);
  if (joined.length !== 2 || !joined.every((part) => isNamedBody(part.trim()))) return attribution;
  let contentEnd = attribution.content.end;
  let speakerStart = attribution.speaker.start;
  for (let listed = 0; listed < 3; listed++) {
    const piece = LAST_PIECE.exec(masked.slice(attribution.content.start, contentEnd));
    if (!piece || !isNamedBody(piece[1]!)) break;
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

/** The rest of a list after the first comma: ", the Interior Ministry and ANAMA, " up to the comma closing it. */
const LIST_REST = /^,\s*((?:[^,\u2591]{2,80},\s*){0,3}[^,\u2591]{2,80}?\s+and\s+[^,\u2591]{2,100}?),\s*/u;

/** "the joint statement of the Prosecutor General's Office": the body the statement is of. */
const STATEMENT_OF =
  /^(?:the|a)\s+(?:joint\s+)?(?:statement|communiqu[eé]|release|information)\s+(?:of|by|from)\s+/i;

/**
 * "According to the joint statement of the Prosecutor General's Office, the Ministry of Internal
 * Affairs and ANAMA, the incident …": the source was cut at the list's first comma, so the other
 * bodies were read as what was said. When the source names a body and the words after the comma
 * list named bodies closed by "and", the list belongs to the source.
 */
function withListAfterSource(masked: string, attribution: Attribution): Attribution {
  const { speaker, content } = attribution;
  // LIST_REST opens with the comma right after the source: a cheap test before the patterns run.
  if (content.start < speaker.end || masked.charCodeAt(speaker.end) !== 44) return attribution;
  const source = masked.slice(speaker.start, speaker.end).replace(STATEMENT_OF, '');
  if (!isNamedBody(source.trim())) return attribution;
  const rest = LIST_REST.exec(masked.slice(speaker.end, content.end));
  if (!rest) return attribution;
  const bodies = rest[1]!.split(/,\s*|\s+and\s+/);
  if (!bodies.every((body) => isNamedBody(body.trim()))) return attribution;
  const end = speaker.end + rest[0].indexOf(rest[1]!) + rest[1]!.length;
  const start = speaker.end + rest[0].length;
  if (start >= content.end) return attribution;
  return {
    ...attribution,
    speaker: { start: speaker.start, end },
    frame: {
      start: Math.min(attribution.frame.start, speaker.start),
      end: Math.max(attribution.frame.end, end),
    },
    content: { start, end: content.end },
  };
}
