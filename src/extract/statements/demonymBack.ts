import type { Country } from '../entities/gazetteer.ts';
import { COUNTRY_WORDS, qualifiedBody } from '../entities/qualifiedBodies.ts';
import { countryOf } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';

/** "armenian ministry", "azerbaijani department": a back-reference whose first word names a country. */
export function demonymCountry(noun: string): Country | 'GE' | null {
  const first = noun.split(' ')[0] ?? '';
  if (first === noun) return null;
  return COUNTRY_WORDS.find(([word]) => word === first)?.[1] ?? null;
}

/**
 * "The Azerbaijani ministry" after the Armenian Defence Ministry spoke is no back-reference to it:
 * the country the words name must be the body's own (the gazetteer's, else the one its name
 * holds). A body whose country is not known fits none, so no other state's body is taken.
 */
export function ownedByCountry(e: Entity, country: string): boolean {
  return (countryOf(e) ?? qualifiedBody(e.name)?.country ?? null) === country;
}
