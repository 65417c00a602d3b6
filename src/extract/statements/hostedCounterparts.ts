import { resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import type { Discourse } from './discourse/state.ts';

/** A minister's or leader's title written before a name: "Foreign Minister Shah Mahmood Qureshi". */
const HOST_TITLE = /\b((?:Foreign|Defen[cs]e|Interior|Prime)\s+Minister|President)\s+\p{Lu}/u;

/** "hosted his Turkish and Azerbaijani counterparts", "met her Armenian, Georgian and Azerbaijani counterparts". */
const COUNTERPARTS =
  /\b(?:hosted|met|received|welcomed)\s+(?:with\s+)?(?:his|her)\s+((?:\p{Lu}\p{Ll}+(?:,\s+|\s+and\s+))+\p{Lu}\p{Ll}+)\s+counterparts\b/u;

/** "hosted the leaders of Azerbaijan and Armenia". */
const LEADERS_OF =
  /\b(?:hosted|met|received|welcomed)\s+(?:with\s+)?the\s+leaders\s+of\s+((?:\p{Lu}\p{Ll}+(?:,\s+|\s+and\s+))+\p{Lu}\p{Ll}+)/u;

const listed = (words: string): string[] => words.split(/,\s+|\s+and\s+/);

/** Letters only, accents folded: "Çavuşoğlu" and "Cavusoglu" are one surname as written. */
const plain = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();

/** The text names the person somewhere, by surname: a role's holder the text never names is left unnamed. */
function namedInText(person: Entity, text: string): boolean {
  const surname = person.name.split(/\s+/).at(-1);
  return !!surname && surname.length > 2 && plain(text).includes(plain(surname));
}

/**
 * "Foreign Minister Shah Mahmood Qureshi hosted his Turkish and Azerbaijani counterparts … the
 * three foreign ministers said", "Putin hosted the leaders of Azerbaijan and Armenia … the three
 * leaders said": the people a host's sentence counts by role, each the holder of that role in
 * that country on the story's day (a leader being the president or the prime minister, whichever
 * the text names), and only when the text names that holder somewhere. Null unless every one is
 * found.
 */
export function hostedCounterparts(words: string, d: Discourse): Entity[] | null {
  const counterparts = COUNTERPARTS.exec(words);
  if (counterparts) {
    const title = HOST_TITLE.exec(words.slice(0, counterparts.index))?.[1];
    if (!title) return null;
    return allFound(listed(counterparts[1]!).map((adjective) => holder([`${adjective} ${title}`], d)));
  }
  const leaders = LEADERS_OF.exec(words);
  if (!leaders) return null;
  return allFound(
    listed(leaders[1]!).map((country) =>
      holder([`President of ${country}`, `Prime Minister of ${country}`], d),
    ),
  );
}

/** The one person among the roles' holders that the text names. */
function holder(roles: string[], d: Discourse): Entity | null {
  const found = roles
    .map((role) => resolveEntityAt(role, d.at))
    .filter((e): e is Entity => !!e && e.kind === 'person' && namedInText(e, d.text));
  return found.length === 1 ? found[0]! : null;
}

function allFound(people: (Entity | null)[]): Entity[] | null {
  return people.every((p) => p !== null) ? (people as Entity[]) : null;
}
