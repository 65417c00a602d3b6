import type { Entity } from '../types.ts';
import { type Country, GAZETTEER } from './gazetteer.ts';
import { privateNamesake } from './privateNamesake.ts';
import { COUNTRY_WORDS } from './qualifiedBodies.ts';
import { entityById } from './resolve.ts';

export interface EntityMention {
  entity: Entity;
  start: number;
  end: number;
}

/** One-word variants that are also ordinary English words: never read as a mention in running text. */
const COMMON_WORDS = new Set(['Power', 'Price', 'Susa', 'Zohrab', 'Zahrab', 'US', 'UN', 'EU']);

/** A variant with its entity, and the country of a body (people are never owned by a country word). */
interface Variant {
  key: string;
  entity: Entity;
  bodyCountry: Country | undefined;
}

/** Variants by their first two letters (lower case, straight apostrophe), longest first. */
interface Matcher {
  byPrefix: Map<string, Variant[]>;
}

let matcher: Matcher | null = null;

function fold(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

function buildMatcher(): Matcher {
  const byVariant = new Map<string, Variant>();
  for (const entry of GAZETTEER) {
    const entity = entityById(entry.id)!;
    const bodyCountry = entry.kind === 'person' ? undefined : entry.country;
    for (const variant of [entry.name, ...entry.variants]) {
      if (COMMON_WORDS.has(variant) || !/^[\p{Lu}]/u.test(variant)) continue;
      const key = fold(variant);
      if (!byVariant.has(key)) byVariant.set(key, { key, entity, bodyCountry });
    }
  }
  const byPrefix = new Map<string, Variant[]>();
  for (const variant of [...byVariant.values()].sort((a, b) => b.key.length - a.key.length)) {
    const { key } = variant;
    const bucket = byPrefix.get(key.slice(0, 2)) ?? [];
    bucket.push(variant);
    byPrefix.set(key.slice(0, 2), bucket);
  }
  return { byPrefix };
}

const COUNTRY_OF_WORD = new Map<string, string>(COUNTRY_WORDS);
const WORD_BEFORE = /(\p{L}+)(?:['’]s)?\s+$/u;
const OF_WORD_AFTER = /^\s+of\s+(?:the\s+)?(\p{L}+)/u;

/**
 * "Armenia's Security Council", "the Armenian Security Council", "the Security Council of Armenia":
 * a country word owning a body's name that is not the body's own country makes it another body.
 */
function ownedByAnotherCountry(text: string, start: number, end: number, own: Country): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = OF_WORD_AFTER.exec(text.slice(end, end + 32))?.[1];
  return [before, after].some((word) => {
    const country = word && COUNTRY_OF_WORD.get(word.toLowerCase());
    return country !== undefined && country !== own;
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(ch);
}

function isUpper(code: number, ch: string): boolean {
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(ch);
}

/**
 * Gazetteer names as written in text[from, to), longest first, left to right. A mention must
 * start with a capital ("Azerbaijan's foreign ministry" counts, "power" does not); the rest
 * matches whatever its case. Only capitalised word starts are tried, against the variants
 * sharing their first two letters (one alternation over every variant was most of the cost).
 */
export function findEntityMentions(text: string, from: number, to: number): EntityMention[] {
  matcher ??= buildMatcher();
  const found: EntityMention[] = [];
  // Folded once; where folding changes the length (rare letters), each candidate is folded alone.
  const folded = fold(text.slice(from, to));
  const sameLength = folded.length === to - from;
  let after = from;
  // Names start where a word starting with a capital begins.
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (at < after || !isUpper(code, text[at]!)) continue;
    if (at > 0 && isWordChar(text.charCodeAt(at - 1), text[at - 1]!)) continue;
    const bucket = matcher.byPrefix.get(
      sameLength ? folded.slice(at - from, at - from + 2) : fold(text.slice(at, at + 2)),
    );
    if (!bucket) continue;
    for (const { key, entity, bodyCountry } of bucket) {
      const end = at + key.length;
      if (
        end > to ||
        !(sameLength ? folded.startsWith(key, at - from) : fold(text.slice(at, at + key.length)) === key) ||
        (end < text.length && isWordChar(text.charCodeAt(end), text[end]!)) ||
        (bodyCountry !== undefined && ownedByAnotherCountry(text, at, end, bodyCountry))
      )
        continue;
      // "Armen Sargsyan, 41," with no title in the text: a private namesake, not the public figure.
      found.push({ entity: privateNamesake(entity, text.slice(at, end), text) ?? entity, start: at, end });
      after = end;
      break;
    }
  }
  return found;
}
