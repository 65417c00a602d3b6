import type { Entity } from '../types.ts';
import { GAZETTEER } from './gazetteer.ts';
import { entityById } from './resolve.ts';

export interface EntityMention {
  entity: Entity;
  start: number;
  end: number;
}

/** One-word variants that are also ordinary English words: never read as a mention in running text. */
const COMMON_WORDS = new Set(['Power', 'Price', 'Susa', 'Zohrab', 'Zahrab', 'US', 'UN', 'EU']);

let matcher: { pattern: RegExp; byVariant: Map<string, Entity> } | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildMatcher(): { pattern: RegExp; byVariant: Map<string, Entity> } {
  const byVariant = new Map<string, Entity>();
  for (const entry of GAZETTEER) {
    const entity = entityById(entry.id)!;
    for (const variant of [entry.name, ...entry.variants]) {
      if (COMMON_WORDS.has(variant) || !/^[\p{Lu}]/u.test(variant)) continue;
      const key = variant.toLowerCase().replace(/’/g, "'");
      if (!byVariant.has(key)) byVariant.set(key, entity);
    }
  }
  const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length).map((v) => escape(v).replace(/'/g, "['’]"));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), byVariant };
}

/**
 * Gazetteer names as written in text[from, to), longest first, left to right. A mention must
 * start with a capital ("Azerbaijan's foreign ministry" counts, "power" does not).
 */
export function findEntityMentions(text: string, from: number, to: number): EntityMention[] {
  matcher ??= buildMatcher();
  const slice = text.slice(from, to);
  const found: EntityMention[] = [];
  const pattern = matcher.pattern;
  pattern.lastIndex = 0;
  // exec, not matchAll: matchAll clones the (large) pattern on every call.
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    // Names start with a capital in running text: "Baku", not "baku"; "power" is no one.
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const entity = matcher.byVariant.get(m[0].toLowerCase().replace(/’/g, "'"));
    if (entity) found.push({ entity, start: from + m.index, end: from + m.index + m[0].length });
  }
  return found;
}
