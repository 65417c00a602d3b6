import { findEntityMentions } from '../entities/mentions.ts';

/**
 * "The Mine Action Agency (ANAMA) reminded … . According to ANAMA, … . The agency added that nine people
 * had been injured": a reporter named by a bare kind of body ("the agency", "the organization", "the
 * department") is the body of that kind the text named last, close before it. The reader takes it so; the
 * figure's reporter shows the words as written and, after them, the body they mean.
 */

/** What "the organization" may stand for: any body named with one of these heads. */
const ORGANISATION_HEADS = [
  'organization',
  'organisation',
  'committee',
  'agency',
  'fund',
  'programme',
  'office',
  'mission',
] as const;

/** The kinds of body a bare "the …" names, and the head nouns of the names each may stand for. */
const HEADS_FOR: Record<string, readonly string[]> = {
  ministry: ['ministry'],
  department: ['department', 'ministry'],
  agency: ['agency', 'service'],
  service: ['service'],
  committee: ['committee'],
  commission: ['commission'],
  office: ['office'],
  organization: ORGANISATION_HEADS,
  organisation: ORGANISATION_HEADS,
};
const ANAPHOR = /^the\s+(ministry|department|agency|service|committee|commission|office|organi[sz]ation)$/i;

/** A capitalised word ("Defense", "U.N", "Prosecutor-General's"), never "The" and never a sentence's last. */
const WORD = "(?!The\\b)\\p{Lu}(?:[\\p{L}\\p{M}'’-]|\\.(?=\\p{Lu}))*";
/** Words of one name stand on one line. */
const GAP = '[ \\t]+';
const HEAD_WORDS =
  'Ministry|Department|Agency|Service|Committee|Commission|Office|Organi[sz]ation|Fund|Programme|Mission';
const HEAD = `(${HEAD_WORDS})`;
/**
 * "of Defense of the Russian Federation", "of the Red Cross", "for Refugees": a complement of capitalised
 * words. "the Ministry of Internal Affairs and the Mine Action Agency" is two bodies: no head noun and no
 * "and the" inside.
 */
const COMPLEMENT_WORD = `(?!(?:${HEAD_WORDS})\\b)${WORD}`;
const COMPLEMENT = `(?:${GAP}(?:of|for|on)${GAP}(?:the${GAP})?${COMPLEMENT_WORD}(?:${GAP}(?:(?:of|and(?![ \\t]+the\\b)|for|the)${GAP})*${COMPLEMENT_WORD}){0,5})?`;
/**
 * A named body: "Armenia's Defense Ministry", "the State Border Service", "The Ministry of Defense of
 * Armenia", "the Mine Action Agency of the Republic of Azerbaijan (ANAMA)". At least one capitalised word
 * besides the head, so a bare "the Service" (itself a back-reference) names nothing.
 */
const NAMED_BODY = new RegExp(
  `(?:\\b[Tt]he${GAP})?(?:${WORD}['’]s${GAP})?((?:${WORD}${GAP}){0,5})${HEAD}\\b(${COMPLEMENT})(?:[ \\t]*\\((\\p{Lu}{2,8})\\))?`,
  'gu',
);
/**
 * A body named in lower case after its owner, as British and translated copy writes it: "the Karabakh health
 * ministry", "Azerbaijan's prosecutor general's office", "Armenia's defence ministry". Only the words that
 * name a portfolio stand between, so "Pashinyan told the ministry" names no body.
 */
const PORTFOLIO =
  "(?:defen[cs]e|health|foreign|interior|emergency|emergencies|justice|prosecutor|prosecutor[ -]general['’]s|general['’]s|border|security|press|information|migration|state|intelligence|statistics|statistical|mine[ \\t]+action)";
const LOWER_NAMED_BODY = new RegExp(
  `(?:\\b[Tt]he${GAP})?(?:${WORD}['’]s|${WORD})${GAP}((?:${PORTFOLIO}${GAP}){1,3})(ministry|department|agency|service|committee|commission|office)\\b`,
  'gu',
);
const ACRONYM = /\b\p{Lu}{3,8}\b/gu;

/** Where the paragraph holding `at` starts (after a line break and any blank lines). */
function paragraphStart(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text.lastIndexOf('\n', end - 1) + 1;
}

interface Named {
  start: number;
  end: number;
  head: string;
  text: string;
  acronym?: string;
}

/** A named body as the regular expression read it, or null when it is a bare "the Service". */
function namedAt(m: RegExpExecArray | RegExpMatchArray, from: number): Named | null {
  const modifiers = m[1] ?? '';
  const complement = m[3] ?? '';
  if (!modifiers.trim() && !complement.trim() && !/['’]s\s/.test(m[0])) return null;
  const start = from + m.index!;
  const acronym = m[4];
  return {
    start,
    end: start + m[0].length,
    head: m[2]!.toLowerCase(),
    text: m[0],
    ...(acronym && { acronym }),
  };
}

/**
 * The acronyms a text spells out ("the Mine Action Agency (ANAMA)" → agency), read once per text: a live
 * blog says "the ministry said" thousands of times.
 */
let acronymsRead: { text: string; heads: Map<string, string> } | null = null;
function acronymHeads(text: string): Map<string, string> {
  if (acronymsRead?.text === text) return acronymsRead.heads;
  const heads = new Map<string, string>();
  if (text.includes('(')) {
    for (const m of text.matchAll(NAMED_BODY)) {
      const named = namedAt(m, 0);
      if (named?.acronym) heads.set(named.acronym, named.head);
    }
  }
  acronymsRead = { text, heads };
  return heads;
}

/** The bodies named in `text` between `from` and `end`, by name or by an acronym the text spelt out. */
function namedBodies(text: string, from: number, end: number): Named[] {
  const window = text.slice(from, end);
  const found: Named[] = [];
  for (const m of window.matchAll(NAMED_BODY)) {
    const named = namedAt(m, from);
    if (named) found.push(named);
  }
  for (const m of window.matchAll(LOWER_NAMED_BODY)) {
    const start = from + m.index;
    if (!found.some((f) => f.start <= start && start < f.end))
      found.push({ start, end: start + m[0].length, head: m[2]!.toLowerCase(), text: m[0] });
  }
  // "According to ANAMA, …": an acronym the text spelt out stands for the body of that kind.
  const acronyms = acronymHeads(text);
  if (acronyms.size > 0)
    for (const m of window.matchAll(ACRONYM)) {
      const head = acronyms.get(m[0]);
      const start = from + m.index;
      if (head && !found.some((f) => f.start <= start && start < f.end))
        found.push({ start, end: start + m[0].length, head, text: m[0], acronym: m[0] });
    }
  return found.sort((a, b) => a.start - b.start);
}

/** One body however the text writes it: by its acronym where it has one. */
const bodyKey = (b: Named) =>
  (b.acronym ?? b.text.replace(/^the\s+/i, '').replace(/\s+/g, ' ')).toLowerCase();

/**
 * The reporter's words with the body they mean ("the agency (ANAMA)"), or null when the words are no bare
 * kind of body or no one body of that kind is named close before `at` (where the words stand in `text`):
 * in its own paragraph, else (when that names none) in the paragraph before. Two bodies of the kind there
 * ("the Russian Defense Ministry …, the Azerbaijani Defense Ministry …, the ministry said") name none.
 */
export function bodyAntecedent(
  reporter: string,
  text: string,
  at: number,
  sentenceStart = at,
): string | null {
  const m = ANAPHOR.exec(reporter.trim());
  if (!m) return null;
  const heads = HEADS_FOR[m[1]!.toLowerCase()]!;
  const own = paragraphStart(text, at);
  const bodies = namedBodies(text, paragraphStart(text, own), at).filter((b) => heads.includes(b.head));
  const inOwn = bodies.filter((b) => b.start >= own);
  const near = inOwn.length > 0 ? inOwn : bodies;
  if (near.length === 0 && /^organi[sz]ation$/i.test(m[1]!)) {
    const known = organisationInSentence(text, sentenceStart, at);
    return known ? `${reporter} (${known})` : null;
  }
  if (near.length === 0 || new Set(near.map(bodyKey)).size > 1) return null;
  // "the Mine Action Agency (ANAMA)" inside the brackets: "the agency (the Mine Action Agency, ANAMA)".
  const name = near
    .at(-1)!
    .text.replace(/\s+/g, ' ')
    .replace(/\s*\((\p{Lu}{2,8})\)$/u, ', $1');
  return `${reporter} (${name})`;
}

/**
 * "Before the suspension, the ICRC had evacuated 600 patients, the organisation said": with no body named
 * by a name of its kind, "the organisation" is the one organisation the gazetteer knows that its own
 * sentence names before it, as statements read it; two organisations there name none.
 */
function organisationInSentence(text: string, from: number, at: number): string | null {
  if (at <= from) return null;
  const orgs = findEntityMentions(text, from, at).filter((e) => e.entity.kind === 'organisation');
  if (orgs.length === 0 || new Set(orgs.map((o) => o.entity.id)).size > 1) return null;
  const last = orgs.at(-1)!;
  const written = text.slice(last.start, last.end);
  return /^the\s/i.test(text.slice(Math.max(from, last.start - 4), last.end)) ? `the ${written}` : written;
}
