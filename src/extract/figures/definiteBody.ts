import type { Entity, Span, Statement } from '../types.ts';

/**
 * "Azerbaijan's Defense Ministry said … . The ministry said four police officers were killed": "the
 * ministry" reporting a figure is the body the statements extractor resolved for the same words (the
 * statement holding the number, with that mention). The words stay as written; the entity says who.
 * A body the statements left unresolved, a person, or a kind of body named twice before ("the Russian
 * Defense Ministry", then "the Azerbaijani Defense Ministry") is not read here.
 */
const DEFINITE_BODY =
  /^the\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:ministry|agency|office|service|committee|department|administration|embassy|commission|directorate|mission)$/u;

export function definiteBodyReporter(
  reporter: string,
  statements: readonly Statement[],
  number: Span,
): { entity: Entity; text: string } | null {
  if (!DEFINITE_BODY.test(reporter.replace(/^The\b/, 'the'))) return null;
  const holds = (q: Span) => q.start <= number.start && number.end <= q.end;
  const st = statements.find(
    (s) =>
      s.mention.toLowerCase() === reporter.toLowerCase() && (holds(s.quote) || s.continuation?.some(holds)),
  );
  if (
    !st ||
    st.speaker.kind === 'person' ||
    st.speaker.kind === 'unknown' ||
    st.speaker.id.startsWith('text:')
  )
    return null;
  const head = new RegExp(String.raw`\b${reporter.split(/\s+/).at(-1)}\b`, 'i');
  const bodies = new Set(
    statements
      .filter((s) => s.quote.start <= st.quote.start && s.speaker.kind !== 'person' && head.test(s.mention))
      .map((s) => s.speaker.id),
  );
  return bodies.size === 1 ? { entity: st.speaker, text: reporter } : null;
}
