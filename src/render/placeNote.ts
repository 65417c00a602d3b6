import { placesSearched } from '../extract/entities/placeNames.ts';

/** After the echoed search words: which contested places they were searched as, both names given. */
export function searchedAs(words: string): string {
  const places = placesSearched(words);
  return places ? ` (searched under both names: ${places})` : '';
}
