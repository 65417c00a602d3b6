import type { Paragraph } from '../types.ts';

/**
 * Written questions and answers (a parliament's or an assembly's Q&A pages): a question tabled
 * by a member, then "Answered on <date>" and the answering minister's name on its own line, or
 * "Answer given by <title> <Name> on behalf of …". Every prose paragraph of the answer is the
 * answerer's own statement, until the next question. This module reads the whole document once and
 * says who answers in which paragraph, as written; resolving the name is left to the caller.
 */

/** "Answered on", "Answered on 10 October 2023", "Answered by Name on …", "Answer given by … (12.10.2023)". */
const ANSWER_HEAD = /^(?:Answered[ \t]+(?:on|by)\b|Answer[ \t]+(?:given[ \t]+)?by\b)/;

/** What ends an answer: the next question, its number or the page's grouping. */
const QUESTION_HEAD =
  /^(?:Questions?\b|To ask\b|Asked by\b|Tabled\b|Grouped\b|UIN\b|Question for written answer\b|Priority question\b|Subject:)/;

/** A name standing alone on its line: two to four capitalised words ("Leo Docherty", "Baroness Goldie"). */
const NAME_LINE = /^(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]*$/u;

/** "by High Representative/Vice-President Borrell on behalf of …": the words before the procedure. */
const ANSWERED_BY =
  /\bby[ \t]+([^\n(]{3,120}?)(?=[ \t]+on[ \t]+behalf\b|[ \t]+on[ \t]+\d|[ \t]*\(|[ \t]*[:.]?[ \t]*$)/m;

const PROSE_END = /[.!?…"”]$/;

/**
 * A question as a parliament's record prints it: "145. Deputy Brendan Smith asked the Minister for
 * Foreign Affairs if he will …". The answer follows under the minister's label.
 */
const ASKED =
  /\basked the (?:Minister|Secretary|Taoiseach|T\u00e1naiste|Prime Minister|Government|Commission|First Minister)\b/;

/**
 * The answer's label: the office, then the minister's name in brackets, then a colon: "Minister for
 * Foreign Affairs (Micheál Martin):", "The Minister of State, Foreign Office (Leo Docherty):".
 */
export const OFFICE_NAME_LABEL =
  /^(?:The\s+)?(?:Minister|Secretary|Parliamentary|Under-Secretary|Chancellor|Prime Minister|Taoiseach|T\u00e1naiste|Attorney|Solicitor|Lord|Leader|First Minister|Deputy First Minister)\b[^():\n]{0,120}?\s*\((\p{Lu}[^()\n:]{2,60})\):[ \t]+/u;

/** Who answers in a paragraph, and where their words start (after a label, if the paragraph has one). */
export interface WrittenAnswer {
  name: string;
  from: number;
}

const read = new WeakMap<readonly Paragraph[], ReadonlyMap<number, WrittenAnswer> | null>();

const ANY_LOWER_CASE = /\p{Ll}/u;

/** Each answering paragraph with the answerer's name as the page writes it; null when the page has none. */
export function writtenAnswersOf(
  text: string,
  paragraphs: readonly Paragraph[],
): ReadonlyMap<number, WrittenAnswer> | null {
  let known = read.get(paragraphs);
  if (known !== undefined) return known;
  known = null;
  // One literal look over the text: most documents never say "Answer".
  if (text.includes('Answer') || text.includes(' asked the ')) {
    const answers = new Map<number, WrittenAnswer>();
    let answerer: string | null = null;
    let asked = false;
    let awaitingName = false;
    let skipped = 0;
    for (const p of paragraphs) {
      const said = text.slice(p.start, p.end).trim();
      const head = ANSWER_HEAD.exec(said);
      if (head && said.length < 200 && !/[.!?]["”]?$/.test(said.split('\n')[0]!.trim())) {
        const by = ANSWERED_BY.exec(said)?.[1];
        answerer = by ? lastName(by) : null;
        awaitingName = !answerer;
        skipped = 0;
        continue;
      }
      if (QUESTION_HEAD.test(said) || ASKED.test(said)) {
        answerer = null;
        awaitingName = false;
        asked = ASKED.test(said);
        continue;
      }
      const office = asked ? OFFICE_NAME_LABEL.exec(said) : null;
      if (office) {
        answerer = office[1]!.trim();
        asked = false;
        if (PROSE_END.test(said)) answers.set(p.index, { name: answerer, from: p.start + office[0].length });
        continue;
      }
      if (awaitingName) {
        // The date, the answerer's name, then their office ("10 October 2023 / Leo Docherty / Minister of …").
        answerer = NAME_LINE.exec(said.split('\n')[0]!)?.[1] ?? null;
        if (answerer || (!PROSE_END.test(said) && ++skipped < 3)) {
          awaitingName = !answerer;
          continue;
        }
        awaitingName = false;
      }
      if (answerer && PROSE_END.test(said) && ANY_LOWER_CASE.test(said))
        answers.set(p.index, { name: answerer, from: p.start });
    }
    if (answers.size > 0) known = answers;
  }
  read.set(paragraphs, known);
  return known;
}

const TRAILING_NAME = /(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,3})[ \t]*$/u;

/** "High Representative/Vice-President Borrell" → "Borrell"; "the Minister, Leo Docherty" → "Leo Docherty". */
function lastName(by: string): string | null {
  const words = TRAILING_NAME.exec(by.trim())?.[1];
  if (!words) return null;
  return (
    words
      .split(/[ \t]+/)
      .filter((w) => !w.includes('/'))
      .join(' ') || null
  );
}
