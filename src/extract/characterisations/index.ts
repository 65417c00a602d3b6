import { findEntityMentions } from '../entities/mentions.ts';
import { type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import { allMatches } from '../statements/allMatches.ts';
import { SPEAKER_NOUN } from '../statements/lexicon.ts';
import type { Entity, Sentence, Span } from '../types.ts';

/**
 * A party's own word for an event, as the text reports it: `Baku … what it described as "local
 * anti-terrorist measures"`, `Yerevan …, calling what was happening "an act of large-scale
 * aggression"`, `the ministry condemned the "provocation"`. Only the quoted words are the
 * characterisation; who used them is read from the sentence, and left null when it does not say.
 */
export interface Characterisation {
  /** The quoted words, without the quotation marks. */
  phrase: Span;
  /** The words that introduce them: "what it described as", "calling what was happening". */
  cue: string;
  /** Who used the words, where the sentence says; the mention as written beside it. */
  speaker: Entity | null;
  mention: string;
  /** The sentence holding it, and its number in the document. */
  sentence: number;
  context: Span;
}

const VERBS = String.raw`(?:described|characteri[sz]ed|called|termed|dubbed|branded|labell?ed)`;
const PARTICIPLES = String.raw`(?:describing|characteri[sz]ing|calling|terming|dubbing|branding|labell?ing)`;
const CONDEMN = String.raw`(?:condemned|denounced|decried|condemns|denounces)`;
const WORD = String.raw`[\p{L}\p{N}.'’-]+`;
/** What is being named: "it", "the operation", "Baku's offensive", "what was happening". */
const OBJECT = [
  String.raw`(?:it|this|that|them`,
  String.raw`|(?:the|its|their|\p{Lu}\p{L}+['’]s)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}`,
  String.raw`|what\s+(?:was|is|had\s+been)\s+(?:happening|going\s+on|unfolding)|what\s+happened)`,
].join('');
const PRONOUN = String.raw`(?:it|they|he|she)`;
/** A subject as written: a pronoun, or up to six words ending the clause before the verb. */
const SUBJECT = String.raw`(?:${PRONOUN}|[\p{Lu}]${WORD.slice(0, -1)}*(?:\s+${WORD}){0,5}|the\s+${WORD}(?:\s+${WORD}){0,5})`;
const ADVERBS = String.raw`(?:\s+(?:has|had|have|also|repeatedly|publicly|officially|strongly|earlier|then|\p{L}+ly))*`;
const ARTICLE = String.raw`(?:\s+(?:an?|the))?`;

interface Cue {
  /** Matched against the sentence up to the opening quotation mark. */
  pattern: RegExp;
  /** Where the speaker is: a named subject group, or the sentence's subject (participles). */
  subject: 'group' | 'sentence';
}

/** A cue ending right before the opening quotation mark (an article may stand between). */
function cue(source: string, subject: Cue['subject'] = 'group'): Cue {
  return { pattern: new RegExp(`${source}${ARTICLE}\\s*$`, 'du'), subject };
}

const CUES: readonly Cue[] = [
  // the operation, described by Baku as "…"; what was referred to by the ministry as "…"
  cue(String.raw`\b(?:${VERBS}|referred\s+to)\s+by\s+(?<subject>${SUBJECT})\s+as`),
  // what Baku referred to as "…"
  cue(String.raw`\bwhat\s+(?<subject>${SUBJECT})${ADVERBS}\s+referred\s+to\s+as`),
  // what it described as "…"; what Baku called "…"
  cue(String.raw`\bwhat\s+(?<subject>${SUBJECT})${ADVERBS}\s+${VERBS}(?:\s+as)?`),
  // Baku described it as "…"; the ministry called the operation "…"
  cue(String.raw`(?<subject>${SUBJECT})${ADVERBS}\s+${VERBS}\s+${OBJECT}(?:\s+as)?`),
  // Yerevan, …, calling what was happening "…"
  cue(String.raw`,\s*(?:and\s+)?${PARTICIPLES}\s+${OBJECT}(?:\s+as)?`, 'sentence'),
  // Baku condemned the "…"
  cue(
    String.raw`(?<subject>${SUBJECT})${ADVERBS}\s+${CONDEMN}\s+(?:the|an?|its|their|what\s+${PRONOUN}\s+${VERBS}(?:\s+as)?)`,
  ),
];

/** Words one of the cues needs: a sentence (or document) without any has no characterisation. */
const NAMING_WORD = /described|characteri[sz]|call|term|dubb|brand|label|condemn|denounc|decri|referred/;

/** False when a text cannot hold a characterisation (no naming word, or no quotation mark): skip it unread. */
export function mayHoldCharacterisations(text: string): boolean {
  return NAMING_WORD.test(text) && /["“«]/.test(text);
}

const OPENING = /["“«]/g;
/** Characters before a quote where its cue may stand: a six-word subject, a verb and its object. */
const CUE_WINDOW = 200;
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»' };
/** Words that are no speaker: a relative pronoun or a conjunction left at the front of a clause. */
const NOT_A_SUBJECT = /^(?:who|which|that|and|but|as|what|where|when|while|also)\b/i;

/** A subject taken from the clause before the verb: its last segment after a comma or "that". */
function clauseSubject(words: string): string {
  const segment = words
    .split(/,|;|\bthat\b|\band\b|\bbut\b/)
    .pop()!
    .trim();
  return segment.replace(/^(?:in turn|meanwhile|however|also|then)\s+/i, '').trim();
}

/** The entity a sentence's subject names: its first person or body (not a place), and the words used. */
function sentenceSubject(text: string, from: number, to: number): { entity: Entity; mention: string } | null {
  const first = findEntityMentions(text, from, to).find((m) => m.entity.kind !== 'place');
  return first ? { entity: first.entity, mention: text.slice(first.start, first.end) } : null;
}

/**
 * What a pronoun leans on in its sentence: "he"/"she" the one person named before it (two
 * people named: unsure, so no one), "it"/"they" the nearest body before it.
 */
function antecedent(
  text: string,
  from: number,
  to: number,
  pronoun: string,
): { entity: Entity; mention: string } | null {
  const before = findEntityMentions(text, from, to).filter((m) => m.entity.kind !== 'place');
  const person = /^(?:he|she)$/i.test(pronoun);
  const fitting = before.filter((m) => (m.entity.kind === 'person') === person);
  if (person && new Set(fitting.map((m) => m.entity.id)).size !== 1) return null;
  const last = fitting.at(-1);
  return last ? { entity: last.entity, mention: text.slice(last.start, last.end) } : null;
}

function resolveSubject(words: string, at: RoleDate): Entity | null {
  const named = resolveEntityAt(words, at);
  if (named) return named;
  const found = findEntityMentions(words, 0, words.length).filter((m) => m.entity.kind !== 'place');
  if (found.length) return found.at(-1)!.entity;
  return SPEAKER_NOUN.test(words) ? textEntity(words) : null;
}

/**
 * The characterisations of a document: each quoted phrase introduced by one of the cues above,
 * within one sentence. Role phrases ("the foreign minister") are read at `at`.
 */
export function findCharacterisations(
  text: string,
  sentences: readonly Sentence[],
  at: RoleDate,
): Characterisation[] {
  const found: Characterisation[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!NAMING_WORD.test(body)) continue;
    for (const open of allMatches(OPENING, body)) {
      const close = body.indexOf(CLOSING[open[0]]!, open.index + 1);
      if (close < 0 || close - open.index < 3 || close - open.index > 300) continue;
      // The cues are short: reading only the words just before the quote bounds the cost on long sentences.
      const windowStart = Math.max(0, open.index - CUE_WINDOW);
      const before = body.slice(windowStart, open.index);
      for (const cue of CUES) {
        const m = cue.pattern.exec(before);
        if (!m) continue;
        const cueStart = sentence.start + windowStart + m.index;
        let speaker: Entity | null = null;
        let mention = '';
        const subjectWords = m.groups?.subject ? clauseSubject(m.groups.subject) : '';
        if (cue.subject === 'sentence') {
          const subject = sentenceSubject(text, sentence.start, cueStart);
          if (subject) ({ entity: speaker, mention } = subject);
        } else if (/^(?:it|they|he|she)$/i.test(subjectWords)) {
          const subject = antecedent(
            text,
            sentence.start,
            sentence.start + windowStart + m.indices!.groups!.subject![0],
            subjectWords,
          );
          if (subject) ({ entity: speaker, mention } = subject);
        } else if (subjectWords && !NOT_A_SUBJECT.test(subjectWords)) {
          speaker = resolveSubject(subjectWords, at);
          mention = subjectWords;
        }
        const phrase = trimSpan(text, sentence.start + open.index + 1, sentence.start + close);
        found.push({
          phrase,
          cue: m[0].trim(),
          speaker,
          mention,
          sentence: sentence.index,
          context: { start: sentence.start, end: sentence.end },
        });
        break;
      }
    }
  }
  return found;
}

/** The phrase without white space or a final full stop inside the quotes. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;]/.test(text[end - 1]!)) end--;
  return { start, end };
}
