import { isPersonNoun } from '../entities/textEntity.ts';
import type { Statement } from '../types.ts';

/**
 * "The spokesman of the Ministry of Foreign Affairs": "the", a few words, a head noun for one
 * person, and optionally what it is "of". The head is the last word before "of", or the last word.
 */
const DEFINITE_ROLE = /^[Tt]he\s+((?:[\p{L}-]+\s+){0,4}?)([\p{Ll}-]+)(?:\s+of\s+(.+))?$/u;

/** How many body statements after the lead may name the headline's speaker. */
const NAMED_WITHIN = 3;

/** Words too common to show that two lines tell the same thing. */
const FUNCTION_WORDS = new Set(
  'that this with from will would have been were which their there about after over into under also said says must any more than the and for not its'.split(
    ' ',
  ),
);

interface Role {
  head: string;
  words: Set<string>;
}

const headOf = (noun: string) => noun.toLowerCase().replace(/^spokes(?:man|woman|person)$/, 'spokesperson');

function roleOf(mention: string): Role | null {
  const m = DEFINITE_ROLE.exec(mention.trim());
  if (!m || !isPersonNoun(m[2]!)) return null;
  const words = new Set(
    `${m[1] ?? ''} ${m[3] ?? ''}`
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2 && w !== 'the'),
  );
  return { head: headOf(m[2]!), words };
}

/** The content words of a line, cut to five letters so "change" and "changes" meet. */
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** Whether a speaker is only the role it was written as ("text:…-spokesperson"), no one named. */
function namedByRoleOnly(s: Statement, role: Role): boolean {
  return s.speaker.id.startsWith('text:') && s.speaker.id.endsWith(`-${role.head}`);
}

/**
 * Agency layout: a headline "Kanaani: Iran will not accept any change to the borders" over a lead
 * "The spokesman of the Ministry of Foreign Affairs said that Iran … any change to the … borders",
 * the name following a sentence or two on ("Nasser Kanaani said …"). The lead's definite role is
 * cataphoric: it is the person the headline names, when (1) the lead's speaker is that role alone,
 * unnamed; (2) the headline's speaker is a person the body lets speak within the next few
 * statements; (3) the two lines tell the same thing (two content words shared). Later statements
 * by a description the lead's subsumes ("the foreign ministry spokesman") are the same person.
 */
export function leadRoleNamed(
  text: string,
  headlines: readonly Statement[],
  body: readonly Statement[],
): Statement[] {
  const named = headlines.find((h) => h.speaker.kind === 'person' && /^\p{Lu}/u.test(h.mention));
  if (!named) return body as Statement[];
  const ordered = body
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.sentence >= 0)
    .sort((a, b) => a.s.quote.start - b.s.quote.start);
  const lead = ordered[0]?.s;
  const role = lead ? roleOf(lead.mention) : null;
  if (!lead || !role || !namedByRoleOnly(lead, role)) return body as Statement[];
  if (!ordered.slice(1, 1 + NAMED_WITHIN).some(({ s }) => s.speaker.id === named.speaker.id))
    return body as Statement[];
  const told = stems(text.slice(named.quote.start, named.quote.end));
  let shared = 0;
  for (const w of stems(text.slice(lead.quote.start, lead.quote.end))) if (told.has(w)) shared++;
  if (shared < 2) return body as Statement[];
  return body.map((s) => {
    if (s === lead) return { ...s, speaker: named.speaker };
    const later = roleOf(s.mention);
    const same =
      later !== null &&
      later.head === role.head &&
      namedByRoleOnly(s, later) &&
      [...later.words].every((w) => role.words.has(w));
    return same ? { ...s, speaker: named.speaker } : s;
  });
}
