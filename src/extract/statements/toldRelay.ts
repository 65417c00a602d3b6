import type { Span } from '../types.ts';
import type { ResolvedSpeaker } from './discourse/state.ts';
import { LEADING_CONNECTIVE } from './lexicon.ts';

/**
 * "Michel said Aliyev had told him that …", "Stepanyan said the organisation had assured him that
 * …": a person who says a named principal told, assured or promised them something relays the
 * principal's words (CONVENTIONS 14): the person's statement and the principal's, naming both.
 * Only the clause's subject telling the one who speaks (him, her, me), a party it names ("promised
 * Tehran") or a short object ("his Russian counterpart"), with words of its own (a that-clause or a
 * quote), counts; "her aunt told her the line …" names no one, and findPrincipal drops a principal
 * it cannot name.
 */
const SUBJECT_TOLD_SPEAKER =
  /^(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+|(?:of|the)\s+)*?(?:\p{Lu}[\p{L}.’'-]*|side|organi[sz]ation)\s+(?:(?:had|has|have|also|then|later)\s+)*(?:told|assured|promised|asked(?=\s+(?:him|her|me|us)\s+to\s+(?:convey|pass\s+on|relay)\s))\s+(?:him|her|me|us|\p{Lu}[\p{L}’'-]+|(?:his|her|their|the|both|each)\s+[\p{L}’'-]+)\s+(?:[^,.;:"“”]{0,60}?\s)??(?:that\s+\S|["“]\S)/u;

export function relaysTelling(text: string, content: Span, outer: ResolvedSpeaker): boolean {
  if (outer.entity.kind !== 'person' || outer.viaDocument) return false;
  const clause = text.slice(content.start, Math.min(content.end, content.start + 200));
  const opened = clause
    .replace(LEADING_CONNECTIVE, '')
    .trimStart()
    .replace(/^that\s+/, '');
  return SUBJECT_TOLD_SPEAKER.test(opened);
}
