import type { Entity, Statement } from '../types.ts';
import { allMatches } from './allMatches.ts';

/**
 * Court documents name the parties by their procedural roles: in "Application of the Convention
 * (Armenia v. Azerbaijan)" the Applicant is Armenia and the Respondent Azerbaijan, so "According to
 * the Applicant, …" is Armenia's. Read only when the document names exactly one case, in its opening.
 */

const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const PARTY = String.raw`${WORD}(?:\s+(?:of\s+(?:the\s+)?)?${WORD}){0,3}`;
const CASE = new RegExp(String.raw`(?<![\p{L}])(${PARTY})\s+v\.?\s+(${PARTY})(?![\p{L}])`, 'gu');
/** "Case of Georgia v. Russia": the case's own name is no party's. */
const CASE_WORDS = /^(?:(?:Case|Matter|Application|Judgment|Order|Decision)\s+(?:of|in)\s+(?:the\s+)?)+/;
/** The text ids of "the Applicant", "the applicant Government", "the Respondent State" … */
const ROLE_ID = /^text:(?:the-)?(applicant|respondent)(?:-(?:state|government|party|country))?$/;

export function withCourtParties(
  text: string,
  statements: Statement[],
  resolve: (phrase: string) => Entity | null,
): Statement[] {
  if (!statements.some((s) => ROLE_ID.test(s.speaker.id))) return statements;
  const opening = text.slice(0, 3000);
  if (!/\sv\.?\s/.test(opening)) return statements;
  const cases = new Map<string, [string, string]>();
  for (const m of allMatches(CASE, opening)) {
    const applicant = m[1]!.replace(CASE_WORDS, '');
    cases.set(`${applicant} v ${m[2]}`, [applicant, m[2]!]);
  }
  if (cases.size !== 1) return statements;
  const [applicant, respondent] = cases.values().next().value!;
  const parties = { applicant: resolve(applicant), respondent: resolve(respondent) };
  return statements.map((s) => {
    const role = ROLE_ID.exec(s.speaker.id)?.[1] as keyof typeof parties | undefined;
    const party = role && parties[role];
    return party && party.kind !== 'place' ? { ...s, speaker: party } : s;
  });
}
