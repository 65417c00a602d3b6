/**
 * Dev only: how robust speaker attribution is to the wording of its sentence. Every statement the
 * extractor gets right in the eval sets named on the command line (speaker as the strict scorer
 * reads it) has its sentence rewritten one way at a time, the way another outlet could have
 * written it: the saying verb swapped within its family and tense, the attribution moved before or
 * after what was said, "according to", a weekday after the verb, a fronted adverbial after
 * "that", an apposition after the subject, the headline in capitals or Title Case; tails and
 * frames ("said in a statement", "on Telegram", "In a statement, X said", "was quoted as saying"),
 * "according to" after or inside the clause, a later statement of the same speaker by pronoun,
 * surname, "Mr/Ms Surname" or "the ministry", a body's owner as genitive, adjective, "of" or
 * "MFA", and a role before a name moved after it. The variant goes
 * back into its document, the document is extracted again, and the variant survives when the same
 * speaker and quote start come out. Prints survival per transformation; rows that did not survive
 * go to $OUT (default: a file in the temp dir).
 *
 *   npx tsx scripts/wordingVariants.ts outlets-fresh-29 outlets-fresh-30
 *   ONLY=moved-before,according-to npx tsx scripts/wordingVariants.ts outlets-fresh-29
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDocument, isDocument } from '../src/corpus/document.ts';
import { COUNTRY_ADJECTIVE } from '../src/extract/entities/demonyms.ts';
import { slug } from '../src/extract/entities/normalise.ts';
import { extractCorpus } from '../src/extract/index.ts';
import { givenNameGender } from '../src/extract/statements/personGender.ts';
import type { Statement } from '../src/extract/types.ts';
import { ownedRoleMatches } from './eval/ownedRole.ts';
import { survivalTally } from './eval/variantSurvival.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');
const fold = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();

interface Gold {
  speaker: string;
  quoteStart: string;
}
/** One right statement and the text it was read from. */
interface Case {
  text: string;
  st: Statement;
  gold: Gold;
}
/** A rewrite of [start, end) of the document, and the quote start the variant should give. */
interface Edit {
  start: number;
  end: number;
  insert: string;
  quoteStart: string;
}
type Transform = (c: Case) => Edit | null;

const PAST_SAY = /\b(said|says)\b/g;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const FUNCTION_START =
  /^(?:On|In|At|After|During|Since|From|For|By|With|About|More|Some|The|It|They|He|She|A|An|This|That|These|Those|There|We|Its|Their|His|Her|No|All|Some|Any|Both|Such|Our|Each|One|Only|Further|Several|Many)\b/;

/** Spans of the context that are quoted or are the statement's own words: verbs there are not the attribution's. */
function quotedSpans(c: Case): [number, number][] {
  const spans: [number, number][] = [[c.st.quote.start, c.st.quote.end]];
  for (const s of c.st.continuation ?? []) spans.push([s.start, s.end]);
  const { start, end } = c.st.context;
  const re = /“[^”]*”|"[^"]*"/g;
  for (const m of c.text.slice(start, end).matchAll(re))
    spans.push([start + m.index, start + m.index + m[0].length]);
  return spans;
}

/** The saying verb of the attribution: "said"/"says" outside every quote, nearest the mention. */
function sayingVerb(c: Case): { at: number; word: string } | null {
  const { start, end } = c.st.context;
  const spans = quotedSpans(c);
  const body = c.text.slice(start, end);
  const mentionAt = body.indexOf(c.st.mention);
  let best: { at: number; word: string } | null = null;
  for (const m of body.matchAll(PAST_SAY)) {
    const at = start + m.index;
    if (spans.some(([a, b]) => at >= a && at < b)) continue;
    const d = mentionAt < 0 ? 0 : Math.abs(m.index - mentionAt);
    const bd = best && mentionAt >= 0 ? Math.abs(best.at - start - mentionAt) : Number.POSITIVE_INFINITY;
    if (!best || d < bd) best = { at, word: m[1]! };
  }
  return best;
}

/** Verbs an outlet puts before the speaker after a quote ("…,” added Lavrov."). */
const INVERTING = new Set(['stated', 'noted', 'added', 'stressed', 'wrote']);

const PERSON_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{Ll}'’-]+$/u;
const BODY_WORD =
  /\b(?:Office|Ministry|Council|Government|Service|International|Watch|Committee|Court|Assembly|Parliament|Kremlin|Department|Agency)\b/;

const quoteStartOf = (c: Case) => c.gold.quoteStart;

function swapVerb(past: string, present: string, onlyBeforeThat = false): Transform {
  return (c) => {
    const v = sayingVerb(c);
    if (!v) return null;
    const after = c.text.slice(v.at + v.word.length, v.at + v.word.length + 6);
    if (onlyBeforeThat && !/^ that\b/.test(after)) return null;
    // "…,” said Overchuk." inverts only a verb that stands alone: no "reported Overchuk".
    const inverted = c.text.slice(v.at + v.word.length).startsWith(` ${c.st.mention}`);
    if (inverted && !INVERTING.has(past)) return null;
    return {
      start: v.at,
      end: v.at + v.word.length,
      insert: v.word === 'said' ? past : present,
      quoteStart: quoteStartOf(c),
    };
  };
}

/** Does the statement's context open a sentence (not a clause after "while" or a semicolon)? */
function opensSentence(c: Case): boolean {
  const before = c.text.slice(0, c.st.context.start).trimEnd();
  return before === '' || /[.!?”"\n]$/.test(before) || /\n\s*$/.test(c.text.slice(0, c.st.context.start));
}

/** The context as one sentence: "<subject> said [that] <clause>." with a named or role subject. */
function preposed(c: Case): { subject: string; verb: string; clause: string } | null {
  if (c.st.kind !== 'reported' || !opensSentence(c)) return null;
  const { start, end } = c.st.context;
  const sentence = c.text.slice(start, end).trim();
  const m = /^([^,“”"]+?) (said|says)(?: that)? (.+)\.$/su.exec(sentence);
  if (!m || PRONOUN.test(m[1]!) || /\n/.test(sentence) || !m[1]!.endsWith(c.st.mention)) return null;
  if (!fold(m[3]!).startsWith(fold(c.gold.quoteStart).slice(0, 20))) return null;
  return { subject: m[1]!, verb: m[2]!, clause: m[3]! };
}

/** "<clause>, <subject> said." or "“<quote>,” <subject> said." as one sentence. */
function postposed(c: Case): { subject: string; verb: string; clause: string; quoted: boolean } | null {
  if (!opensSentence(c)) return null;
  const { start, end } = c.st.context;
  const sentence = c.text.slice(start, end).trim();
  if (/\n/.test(sentence)) return null;
  const q = /^“([^”]+),” (?:([^,“”"]+?) (said|says)|(said|says) ([^,“”"]+?))\.$/u.exec(sentence);
  if (q) {
    const subject = q[2] ?? q[5]!;
    if (PRONOUN.test(subject) || !subject.endsWith(c.st.mention)) return null;
    return { subject, verb: q[3] ?? q[4]!, clause: q[1]!, quoted: true };
  }
  const r = /^([^“”"]+), ([^,“”"]+?) (said|says)\.$/u.exec(sentence);
  if (!r || PRONOUN.test(r[2]!) || !r[2]!.endsWith(c.st.mention) || /^\p{Lu}{2,}/u.test(r[1]!)) return null;
  return { subject: r[2]!, verb: r[3]!, clause: r[1]!, quoted: false };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const decapitalise = (s: string) => (FUNCTION_START.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const whole = (c: Case, insert: string, quoteStart: string): Edit => {
  const lead = /^\s*/.exec(c.text.slice(c.st.context.start, c.st.context.end))![0].length;
  const trail = /\s*$/.exec(c.text.slice(c.st.context.start, c.st.context.end))![0].length;
  return { start: c.st.context.start + lead, end: c.st.context.end - trail, insert, quoteStart };
};

const TRANSFORMS: Record<string, Transform> = {
  'verb:stated': swapVerb('stated', 'states'),
  'verb:noted': swapVerb('noted', 'notes'),
  'verb:added': swapVerb('added', 'adds'),
  'verb:stressed': swapVerb('stressed', 'stresses'),
  'verb:told-reporters': swapVerb('told reporters', 'tells reporters'),
  'verb:wrote': swapVerb('wrote', 'writes'),
  'verb:claimed': swapVerb('claimed', 'claims'),
  'verb:reported': swapVerb('reported', 'reports'),
  'verb:informed-that': swapVerb('informed', 'informs', true),
  'verb:voiced-hope-that': swapVerb('voiced hope', 'voices hope', true),
  'moved-after': (c) => {
    const p = preposed(c);
    if (!p) return null;
    return whole(c, `${capitalise(p.clause)}, ${decapitalise(p.subject)} ${p.verb}.`, c.gold.quoteStart);
  },
  'moved-before': (c) => {
    const p = postposed(c);
    if (!p) return null;
    const subject = decapitalise(p.subject) === p.subject ? p.subject : capitalise(p.subject);
    const insert = p.quoted
      ? `${capitalise(subject)} ${p.verb}: “${p.clause}.”`
      : `${capitalise(subject)} ${p.verb} that ${decapitalise(p.clause)}.`;
    return whole(c, insert, c.gold.quoteStart);
  },
  'according-to': (c) => {
    const p = preposed(c);
    if (p) return whole(c, `According to ${decapitalise(p.subject)}, ${p.clause}.`, c.gold.quoteStart);
    const q = postposed(c);
    if (!q || q.quoted) return null;
    return whole(c, `${q.clause}, according to ${decapitalise(q.subject)}.`, c.gold.quoteStart);
  },
  'weekday-on': (c) => weekday(c, ' on Tuesday'),
  'weekday-bare': (c) => weekday(c, ' Tuesday'),
  'adverbial-after-that': (c) => {
    const v = sayingVerb(c);
    if (!v || c.st.kind === 'direct') return null;
    const at = v.at + v.word.length;
    if (!/^ that \S/.test(c.text.slice(at, at + 8))) return null;
    const clauseAt = at + ' that '.length;
    if (clauseAt !== c.st.quote.start) return null;
    const adverbial = 'at the same time, ';
    return { start: clauseAt, end: clauseAt, insert: adverbial, quoteStart: adverbial + c.gold.quoteStart };
  },
  'tail:in-a-statement': (c) => tail(c, ' in a statement'),
  'tail:on-telegram': (c) => tail(c, ' on Telegram'),
  'tail:at-a-briefing': (c) => tail(c, ' at a briefing'),
  'tail:on-tuesday-that': (c) => {
    const e = weekday(c, ' on Tuesday');
    return e && /^ that\b/.test(c.text.slice(e.start, e.start + 6)) ? e : null;
  },
  'verb:told-news-agency': swapVerb('told the news agency', 'tells the news agency'),
  'verb:told-state-television': swapVerb('told state television', 'tells state television', true),
  'frame:in-a-statement-fronted': reframed(
    (p) => `In a statement, ${decapitalise(p.subject)} ${p.verb} ${p.clause}.`,
  ),
  'frame:quoted-as-saying': reframed(
    (p) => `${p.subject} ${p.verb === 'says' ? 'is' : 'was'} quoted as saying that ${p.clause}.`,
  ),
  'according-to:after': reframed((p) => `${capitalise(p.clause)}, according to ${decapitalise(p.subject)}.`),
  'according-to:inside': (c) => {
    const p = preposed(c);
    if (!p) return null;
    const m = AUX.exec(p.clause);
    // A subject of a few words; a fronted adverbial ("There", "Meanwhile") is no subject.
    if (!m || /[,;:“”"—]/.test(m[1]!) || /^(?:there|here|then|now|so|meanwhile)$/i.test(m[1]!)) return null;
    const rest = p.clause.slice(m[1]!.length);
    return whole(
      c,
      `${capitalise(m[1]!)}, according to ${decapitalise(p.subject)},${rest}.`,
      // The quote runs from the clause's subject, before the source, and goes on after it.
      m[1]!.slice(0, 20),
    );
  },
  'next:pronoun': renamed((c) => (c.st.speaker.kind === 'person' ? pronounOf(c) : null)),
  'next:it': renamed((c) => (['organisation', 'government'].includes(c.st.speaker.kind) ? 'it' : null)),
  'next:surname': renamed(surname),
  'next:mr-surname': renamed((c) => {
    const s = surname(c);
    const p = pronounOf(c);
    return s && p ? `${p === 'she' ? 'Ms' : 'Mr'} ${s}` : null;
  }),
  'next:the-body': renamed((c) => {
    const m = /\b(Ministry|Office|Service|Council|Committee|Government|Embassy|Agency|Department)\b/.exec(
      c.st.mention,
    );
    return m && !isPerson(c) ? `the ${m[1]!.toLowerCase()}` : null;
  }),
  'next:they': renamed((c) => (c.st.speaker.kind === 'group' ? 'they' : null)),
  'later:surname': renamedLater((c) => c.st.mention.split(/\s+/).at(-1)!),
  'later:mr-surname': renamedLater((c) => {
    const p = pronounOf(c);
    return p ? `${p === 'she' ? 'Ms' : 'Mr'} ${c.st.mention.split(/\s+/).at(-1)!}` : null;
  }),
  'later:the-role': renamedLater(bareRole),
  'owner:genitive': ownerForm('genitive'),
  'owner:adjective': ownerForm('adjective'),
  'owner:of': ownerForm('of'),
  'owner:mfa': ownerForm('mfa'),
  'name:role-after': roleAfter,
  apposition: (c) => {
    const v = sayingVerb(c);
    // "who" stands after a person's name: two capitalised words or more, no body's.
    if (!v || !PERSON_NAME.test(c.st.mention) || BODY_WORD.test(c.st.mention)) return null;
    const before = c.text.slice(c.st.context.start, v.at);
    if (!before.endsWith(`${c.st.mention} `)) return null;
    return {
      start: v.at - 1,
      end: v.at - 1,
      insert: ', who spoke after a meeting of the security council,',
      quoteStart: c.gold.quoteStart,
    };
  },
};

/** After the saying verb, where a tail can stand: "that", a quote, the sentence's end. */
function tail(c: Case, words: string): Edit | null {
  const v = sayingVerb(c);
  if (!v) return null;
  const at = v.at + v.word.length;
  if (c.text.slice(at).startsWith(` ${c.st.mention}`)) return null;
  if (/^ (?:in|on|at) (?:a|an|the|Telegram|X)\b/.test(c.text.slice(at, at + 16))) return null;
  if (!/^(?: that\b|[.,:] |\.$|, “| “)/.test(c.text.slice(at, at + 6))) return null;
  return { start: at, end: at, insert: words, quoteStart: c.gold.quoteStart };
}

/** The subject of a preposed attribution rewritten: "<subject> said" → "<f(subject)>". */
function reframed(f: (p: { subject: string; verb: string; clause: string }) => string): Transform {
  return (c) => {
    const p = preposed(c);
    return p ? whole(c, f(p), c.gold.quoteStart) : null;
  };
}

const AUX =
  /^(.{3,60}?) (is|are|was|were|has|have|had|will|would|could|can|did|does|must|should|remains|remained)\b/su;

/** Statements of one speaker in two sentences in a row: the second names the speaker again. */
function secondMention(c: Case, all: Case[]): { at: number } | null {
  if (c.st.kind === 'direct') return null;
  const prev = all.find(
    (x) => x !== c && x.gold.speaker === c.gold.speaker && x.st.sentence === c.st.sentence - 1,
  );
  if (!prev) return null;
  const v = sayingVerb(c);
  if (!v) return null;
  const before = c.text.slice(c.st.context.start, v.at);
  if (!before.endsWith(`${c.st.mention} `)) return null;
  const head = before.slice(0, before.length - c.st.mention.length - 1).trim();
  // The mention is the sentence's subject, first in it or after a quote: "“…,” Hajiyev said."
  if (head !== '' && !/[”"],?$/.test(head)) return null;
  return { at: v.at - c.st.mention.length - 1 };
}

/** A later mention of a person named in full earlier in the text, as the subject of the saying. */
function laterMention(c: Case): { at: number } | null {
  if (c.st.kind === 'direct' || c.st.speaker.kind !== 'person' || !c.st.mention.includes(' ')) return null;
  if (!c.text.slice(0, c.st.context.start).includes(c.st.mention)) return null;
  const v = sayingVerb(c);
  if (!v) return null;
  const before = c.text.slice(c.st.context.start, v.at);
  if (!before.endsWith(`${c.st.mention} `)) return null;
  return { at: v.at - c.st.mention.length - 1 };
}

/** "Foreign Minister Ararat Mirzoyan" → "the foreign minister"; null without a role. */
function bareRole(c: Case): string | null {
  const r = ROLE_BEFORE.exec(c.st.mention);
  if (!r) return null;
  const role = r[1]!
    .replace(/^\p{Lu}\p{Ll}+['’]s /u, '')
    .replace(new RegExp(`^(?:${Object.values(COUNTRY_ADJECTIVE).join('|')}) `), '');
  return `the ${lowerRole(role)}`;
}

function renamedLater(pick: (c: Case) => string | null): Transform {
  return (c) => {
    const m = laterMention(c);
    if (!m) return null;
    let name = pick(c);
    if (!name) return null;
    const atStart = c.text.slice(c.st.context.start, m.at).trim() === '';
    if (atStart) name = capitalise(name);
    return { start: m.at, end: m.at + c.st.mention.length, insert: name, quoteStart: c.gold.quoteStart };
  };
}

function renamed(pick: (c: Case) => string | null): Transform {
  return (c) => {
    const all = (c as Case & { all?: Case[] }).all ?? [];
    const m = secondMention(c, all);
    if (!m) return null;
    let name = pick(c);
    if (!name) return null;
    const sentenceStart = c.text.slice(c.st.context.start, m.at).trim() === '';
    const lead = c.text.slice(m.at - 4, m.at);
    if (sentenceStart || /[.!?]\s*$/.test(lead)) name = capitalise(name);
    return { start: m.at, end: m.at + c.st.mention.length, insert: name, quoteStart: c.gold.quoteStart };
  };
}

const isPerson = (c: Case) => c.st.speaker.kind === 'person' && PERSON_NAME.test(c.st.mention);
function surname(c: Case): string | null {
  return isPerson(c) ? c.st.mention.split(/\s+/).at(-1)! : null;
}
/** The person's pronoun when the given name or the text's title tells it; null when unknown. */
function pronounOf(c: Case): 'he' | 'she' | null {
  const g = givenNameGender(c.st.speaker);
  if (g) return g === 'f' ? 'she' : 'he';
  const last = c.st.speaker.name.split(/\s+/).at(-1) ?? '';
  if (new RegExp(`\\b(?:Mrs|Ms|Madam)\\.? ${last}\\b`).test(c.text)) return 'she';
  if (new RegExp(`\\bMr\\.? ${last}\\b`).test(c.text)) return 'he';
  return null;
}

const COUNTRY = Object.fromEntries(Object.entries(COUNTRY_ADJECTIVE).map(([k, v]) => [v, k]));
const BODY_HEAD = '(?:Ministry|Office|Service|Council|Committee|Government|Parliament|Embassy)';
const OWNED = new RegExp(
  `(?:\\b([Tt]he) (${Object.values(COUNTRY_ADJECTIVE).join('|')})|\\b(${Object.keys(COUNTRY_ADJECTIVE).join('|')})['’]s) ((?:\\p{Lu}\\p{Ll}+ )*${BODY_HEAD})\\b(?! of)`,
  'u',
);

/** A body named with its owner in the attribution, rewritten to another owner form. */
function ownerForm(form: 'genitive' | 'adjective' | 'of' | 'mfa'): Transform {
  return (c) => {
    const v = sayingVerb(c);
    if (!v) return null;
    const from = c.st.context.start;
    const m = OWNED.exec(c.text.slice(from, v.at));
    if (!m) return null;
    const country = m[3] ?? COUNTRY[m[2]!]!;
    const body = m[4]!;
    const the =
      m[1] ?? (m.index === 0 || /[.!?”]\s*$/.test(c.text.slice(from, from + m.index)) ? 'The' : 'the');
    const The = the === 'The' ? 'The' : 'the';
    const was = m[3] ? 'genitive' : 'adjective';
    if (form === was) return null;
    let insert: string;
    if (form === 'genitive') insert = `${country}'s ${body}`;
    else if (form === 'adjective') insert = `${The} ${COUNTRY_ADJECTIVE[country]} ${body}`;
    else if (form === 'of') insert = `${The} ${body} of ${country}`;
    else {
      if (body !== 'Foreign Ministry') return null;
      insert = `${The} ${COUNTRY_ADJECTIVE[country]} MFA`;
    }
    if (form === 'genitive' && The === 'The') insert = capitalise(insert);
    return {
      start: from + m.index,
      end: from + m.index + m[0].length,
      insert,
      quoteStart: c.gold.quoteStart,
    };
  };
}

const ROLE_HEAD =
  /(?:Minister|President|Spokes(?:man|woman|person)|Secretary|Ombudsman|Ambassador|Envoy|Adviser|Advisor|Speaker|Chairman|Chair|Mayor|Governor|Commander|Representative|Prosecutor|Chancellor|Premier)/;
const ROLE_BEFORE = new RegExp(
  `^((?:\\p{Lu}\\p{Ll}+['’]s )?(?:(?:\\p{Lu}[\\p{Ll}-]+|of|for|the) ){0,4}${ROLE_HEAD.source}) (.+)$`,
  'u',
);

/** "Foreign Minister Ararat Mirzoyan said" ↔ "Ararat Mirzoyan, the foreign minister, said". */
/** Role words in lower case, names kept: "Kremlin Spokesman" → "Kremlin spokesman". */
function lowerRole(role: string): string {
  return role.replace(
    /\b(Minister|President|Spokes\w+|Secretary|Adviser|Advisor|Foreign|Defen[cs]e|National|State|Prime|Deputy|Interior|Economy|Justice|Assistant|Press|Chief|Human|Rights|Defender|Ombudsman|Ambassador|Envoy|Special|Representative)\b/g,
    (w) => w.toLowerCase(),
  );
}

function roleAfter(c: Case): Edit | null {
  const v = sayingVerb(c);
  if (!v || c.st.speaker.kind !== 'person') return null;
  const before = c.text.slice(c.st.context.start, v.at);
  if (!before.endsWith(`${c.st.mention} `)) return null;
  // The mention carries its role: "Turkish Foreign Minister Mevlut Cavusoglu".
  const r = ROLE_BEFORE.exec(c.st.mention);
  if (!r || !PERSON_NAME.test(r[2]!) || r[2]!.split(' ').length < 2) return null;
  const role = r[1]!;
  const owned = /['’]s /.test(role) || Object.values(COUNTRY_ADJECTIVE).some((d) => role.startsWith(`${d} `));
  const lower = lowerRole(role);
  const appos = owned ? lower : `the ${lower}`;
  const at = v.at - 1 - c.st.mention.length;
  return { start: at, end: v.at - 1, insert: `${r[2]!}, ${appos},`, quoteStart: c.gold.quoteStart };
}

function weekday(c: Case, words: string): Edit | null {
  const v = sayingVerb(c);
  if (!v) return null;
  const sentence = c.text.slice(c.st.context.start, c.st.context.end);
  if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/.test(sentence))
    return null;
  const at = v.at + v.word.length;
  if (!/^(?: that\b|[.,:] |\.$| “)/.test(c.text.slice(at, at + 6))) return null;
  return { start: at, end: at, insert: words, quoteStart: c.gold.quoteStart };
}

/** Headline transforms rewrite the first line of the file; they test headline statements only. */
const HEADLINE: Record<string, (line: string) => string> = {
  'headline:capitals': (line) => line.toUpperCase(),
  'headline:title-case': (line) =>
    line.replace(/(^|[\s“"‘(-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
};

function extract(file: string, text: string): { text: string; statements: Statement[] } {
  const doc = buildDocument(file, new TextEncoder().encode(text));
  if (!isDocument(doc)) throw new Error(`${file}: ${doc.reason}`);
  const { byDoc } = extractCorpus([doc], NOW);
  return { text: doc.text, statements: byDoc.get(doc.id)!.statements };
}

function same(s: Statement, speaker: string): boolean {
  return (
    s.speaker.id === speaker ||
    `text:${slug(s.speaker.name)}` === speaker ||
    ownedRoleMatches(speaker, s.speaker.id, s.mention, s.via?.id, s.speaker.name)
  );
}
const startsAs = (text: string, s: Statement, quoteStart: string) =>
  fold(text.slice(s.quote.start, Math.max(s.quote.end, s.quote.start + 40))).startsWith(
    fold(quoteStart).slice(0, 20),
  );

/** Right statements: each gold statement's first match by speaker and quote start. */
function rightCases(text: string, statements: Statement[], gold: Gold[]): Case[] {
  const used = new Set<number>();
  const cases: Case[] = [];
  for (const g of gold) {
    const i = statements.findIndex(
      (s, j) => !used.has(j) && same(s, g.speaker) && startsAs(text, s, g.quoteStart),
    );
    if (i < 0) continue;
    used.add(i);
    cases.push({ text, st: statements[i]!, gold: g });
  }
  return cases;
}

const { lost, wanted, count, print } = survivalTally('wording-variants.json');

for (const set of process.argv.slice(2)) {
  const dir = join(ROOT, set);
  for (const n of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(dir, n), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, n.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
      statements: Gold[];
    };
    const base = extract(n, raw);
    const cases = rightCases(base.text, base.statements, gold.statements ?? []);
    const body = cases.filter((c) => c.st.sentence >= 0 && c.st.line !== 'headline');
    for (const c of body) (c as Case & { all?: Case[] }).all = body;
    for (const [name, t] of Object.entries(TRANSFORMS)) {
      if (!wanted(name)) continue;
      const edits: { c: Case; e: Edit }[] = [];
      for (const c of body) {
        const e = t(c);
        if (!e || edits.some((x) => e.start < x.c.st.context.end && x.c.st.context.start < e.end)) continue;
        if (edits.some((x) => x.c.st.context.start === c.st.context.start)) continue;
        // "His team, he said, found …": gold words that run over the edit are compared up to it.
        const upTo = e.start - c.st.quote.start;
        if (upTo > 0 && upTo < 20) e.quoteStart = e.quoteStart.slice(0, upTo);
        edits.push({ c, e });
      }
      if (edits.length === 0) continue;
      let text = base.text;
      for (const { e } of [...edits].sort((a, b) => b.e.start - a.e.start))
        text = text.slice(0, e.start) + e.insert + text.slice(e.end);
      const variant = extract(n, text);
      for (const { c, e } of edits) {
        const ok = variant.statements.some(
          (s) => same(s, c.gold.speaker) && startsAs(variant.text, s, e.quoteStart),
        );
        count(name, ok);
        if (!ok) {
          const shift = edits
            .filter((x) => x.e.start < e.start)
            .reduce((d, x) => d + x.e.insert.length - (x.e.end - x.e.start), 0);
          const from = c.st.context.start + shift;
          const to = from + (c.st.context.end - c.st.context.start) + e.insert.length - (e.end - e.start);
          lost.push({
            transform: name,
            set,
            file: n,
            speaker: c.gold.speaker,
            variant: text.slice(from, to).trim(),
          });
        }
      }
    }
    const heads = cases.filter((c) => c.st.sentence < 0 || c.st.line === 'headline');
    for (const [name, rewrite] of Object.entries(HEADLINE)) {
      if (!wanted(name)) continue;
      for (const c of heads) {
        const { start, end } = c.st.context;
        const line = c.text.slice(start, end);
        const text = c.text.slice(0, start) + rewrite(line) + c.text.slice(end);
        const variant = extract(n, text);
        const ok = variant.statements.some(
          (s) => same(s, c.gold.speaker) && startsAs(variant.text, s, c.gold.quoteStart),
        );
        count(name, ok);
        if (!ok)
          lost.push({ transform: name, set, file: n, speaker: c.gold.speaker, variant: rewrite(line) });
      }
    }
  }
}
print();
