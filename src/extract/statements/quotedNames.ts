import type { PersonMention } from './people.ts';
import type { Unit } from './units.ts';

/**
 * "“Higher Brent helps the Federation Account,” … She said …": capitalised words first met inside
 * someone's quote, which the gazetteer does not know as a person, are no one a later "she" points
 * back to; the quote's speaker is. A person named before the quote stays one wherever named again.
 */
export function firstMetInQuote(person: PersonMention, unit: Unit, known: readonly PersonMention[]): boolean {
  if (!person.entity.id.startsWith('text:') || known.some((p) => p.entity.id === person.entity.id))
    return false;
  return unit.quotes.some((q) =>
    q.parts.some((part) => person.start >= part.start && person.start < part.end),
  );
}
