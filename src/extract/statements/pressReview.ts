import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Statement } from '../types.ts';

/**
 * A press review (a monitoring service's digest of the day's papers): each paragraph names a paper
 * ("Zerkalo leads with …", "Novoye Vremya writes that …", "Yeni Musavat returns to …") and then
 * points back to it as "the paper", "the daily", "the newspaper", "An editorial in the same paper".
 * Those words name the paper named last before them, whatever else spoke in between.
 */

/** A digest names itself near its top. */
const DIGEST_HEAD =
  /\b(?:press\s+(?:review|digest|round-?up|monitor|summary)|(?:news)?papers?\s+review|review\s+of\s+the\s+(?:\p{L}+\s+)?(?:press|papers|dailies)|what\s+the\s+papers\s+say|front\s+pages)\b/iu;

/** A paper at a sentence's start with a verb only papers take: "Kaspiy reports", "Zerkalo also carries". */
const PAPER_AT =
  /(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:also\s+|again\s+)?(?:leads|carries|runs|writes|quotes|cites|reports|publishes|devotes|features|headlines|splashes|prints|returns\s+to|focuses\s+on|opens\s+with)\b/gu;

/** The words that point back to the paper: "the paper", "The daily", "An editorial in the same paper". */
const PAPER_BACK =
  /^(?:(?:the|this)\s+(?:same\s+)?(?:paper|newspaper|daily|weekly|tabloid|broadsheet)|(?:an?|the)\s+(?:editorial|commentary|leader|column|op-ed|leading\s+article)\s+in\s+the\s+same\s+(?:paper|newspaper|daily))$/i;

/** Each paper the digest names, with where it is named. */
function papersOf(text: string): Map<string, number[]> | null {
  if (!DIGEST_HEAD.test(text.slice(0, 600))) return null;
  const papers = new Map<string, number[]>();
  for (const m of text.matchAll(PAPER_AT)) papers.set(m[1]!, []);
  for (const name of papers.keys()) {
    // A person the gazetteer knows ("Aliyev writes in …") is no paper.
    if (resolveEntityAt(name, null)?.kind === 'person') papers.delete(name);
  }
  if (papers.size < 2) return null;
  for (const [name, at] of papers)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) at.push(i);
  return papers;
}

/** In a press review, statements of "the paper" are the paper named last before them. */
export function withPapersNamed(text: string, statements: Statement[]): Statement[] {
  if (!statements.some((s) => PAPER_BACK.test(s.mention))) return statements;
  const papers = papersOf(text);
  if (!papers) return statements;
  const entities = new Map<string, Entity>();
  for (const s of statements) if (papers.has(s.mention)) entities.set(s.mention, s.speaker);
  return statements.map((s) => {
    if (!PAPER_BACK.test(s.mention)) return s;
    const at = text.indexOf(s.mention, s.context.start);
    let last: string | null = null;
    let lastAt = -1;
    for (const [name, places] of papers)
      for (const p of places) if (p < at && p > lastAt) [last, lastAt] = [name, p];
    if (!last) return s;
    let paper = entities.get(last);
    if (!paper) entities.set(last, (paper = textEntity(last)));
    return { ...s, speaker: paper };
  });
}
