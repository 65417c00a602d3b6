import { type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';

/** A firm's own name before the lower-case class noun: "the Artsakhgaz company", 'the "Electric Networks" company'. */
const NAME_THEN_CLASS = String.raw`[Tt]he\s+["“«]?(\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,2})["”»]?\s+(?:company|corporation|firm|operator)`;

const FIRM_PHRASE = new RegExp(String.raw`^${NAME_THEN_CLASS}$`, 'u');
const FIRMS_IN = new RegExp(String.raw`(?<![\p{L}])${NAME_THEN_CLASS}(?![\p{L}])`, 'gu');

/**
 * The class noun before the firm's own name: "The Slovak gas company SPP", "the Azerbaijani state
 * oil company SOCAR", "the consulting company Caspian Advisory" (CONVENTIONS 2 and 7: the body is
 * its name or abbreviation, not the writer's description of it).
 */
const CLASS_THEN_NAME =
  /^[Tt]he\s+(?:[\p{L}-]+\s+){0,3}(?:company|corporation|firm|operator)\s+["“«]?(\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,2})["”»]?$/u;

/** "the company", "the firm": the class noun alone, pointing back to a firm named so. */
export const FIRM_BACK = /^the\s+(?:company|corporation|firm|operator)$/i;

function firm(name: string, at: RoleDate): Entity {
  const known = resolveEntityAt(name, at);
  if (known && known.kind !== 'person' && known.kind !== 'place') return known;
  return { ...textEntity(name), kind: 'organisation' };
}

/**
 * "the Artsakhgaz company said", "the gas company SPP said": the firm is its name, not the class
 * noun the writer added; and
 * "the company" after it is that firm, when the text named only one firm so before. Null when
 * the words are neither, or two firms were named (either could be meant).
 */
export function namedFirm(phrase: string, before: string, at: RoleDate): Entity | null {
  const own = FIRM_PHRASE.exec(phrase)?.[1] ?? CLASS_THEN_NAME.exec(phrase)?.[1];
  if (own) return firm(own, at);
  if (!FIRM_BACK.test(phrase)) return null;
  const names = new Set([...before.matchAll(FIRMS_IN)].map((m) => m[1]!));
  return names.size === 1 ? firm([...names][0]!, at) : null;
}
