import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';

/**
 * States the gazetteer holds no government for, as a text names their government: by capital
 * ("Tehran said"), by nationality ("the Georgian government", "Kyrgyz authorities") or by seat
 * ("officials in New Delhi"). CONVENTIONS rule 3: such a government is `text:` + the country.
 * Capitals that seat international bodies too (Brussels, Vienna, Geneva) are left out; so is a
 * nationality with "officials", which names people of that kind (rule 5: `georgian-officials`).
 */
const STATES: readonly (readonly [country: string, demonym: string, capital: string])[] = [
  ['Iran', 'Iranian', 'Tehran'],
  ['India', 'Indian', 'New Delhi'],
  ['Georgia', 'Georgian', 'Tbilisi'],
  ['Kyrgyzstan', 'Kyrgyz', 'Bishkek'],
  ['Kazakhstan', 'Kazakh', 'Astana'],
  ['Uzbekistan', 'Uzbek', 'Tashkent'],
  ['Tajikistan', 'Tajik', 'Dushanbe'],
  ['Turkmenistan', 'Turkmen', 'Ashgabat'],
  ['Belarus', 'Belarusian', 'Minsk'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['China', 'Chinese', 'Beijing'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Pakistan', 'Pakistani', 'Islamabad'],
  ['Greece', 'Greek', 'Athens'],
  ['Cyprus', 'Cypriot', 'Nicosia'],
  ['Italy', 'Italian', 'Rome'],
  ['Germany', 'German', 'Berlin'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Qatar', 'Qatari', 'Doha'],
  ['Hungary', 'Hungarian', 'Budapest'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Syria', 'Syrian', 'Damascus'],
  ['South Korea', 'South Korean', 'Seoul'],
  ['Israel', 'Israeli', 'Jerusalem'],
];

const BY_CAPITAL = new Map(STATES.map(([country, , capital]) => [capital.toLowerCase(), country]));
const BY_DEMONYM = new Map(STATES.map(([country, demonym]) => [demonym.toLowerCase(), country]));
const BY_NAME = new Map(STATES.map(([country]) => [country.toLowerCase(), country]));

const GOVERNMENT = String.raw`(?:[Gg]overnment|[Aa]uthorities|[Ll]eadership)`;
const NATIONAL = new RegExp(String.raw`^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+(?:${GOVERNMENT}|side)$`, 'u');
const SEATED = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:${GOVERNMENT}|[Oo]fficials)\s+in\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$`,
  'u',
);
const OF_STATE = new RegExp(String.raw`^(?:[Tt]he\s+)?${GOVERNMENT}\s+of\s+(\p{Lu}\p{Ll}+)$`, 'u');

/** A word each of the three patterns needs: most phrases hold none and skip them. */
const PATTERN_WORD = /overnment|uthorities|eadership|side|fficials/;

export function otherStateGovernment(phrase: string): Entity | null {
  const byCapital = BY_CAPITAL.get(phrase.toLowerCase());
  if (!byCapital && !PATTERN_WORD.test(phrase)) return null;
  const country =
    byCapital ??
    BY_DEMONYM.get(NATIONAL.exec(phrase)?.[1]?.toLowerCase() ?? '') ??
    BY_CAPITAL.get(SEATED.exec(phrase)?.[1]?.toLowerCase() ?? '') ??
    BY_NAME.get(OF_STATE.exec(phrase)?.[1]?.toLowerCase() ?? '');
  return country ? { ...textEntity(country), kind: 'government' } : null;
}

/** A state's name that is a given name too: "Georgia, 34, said" may be a woman. */
const GIVEN_NAME_TOO = new Set(['Georgia']);

/**
 * "Canada said" after "Global Affairs Canada": a state the text names bare is its government,
 * read before any longer name the text ends with it, which would take it as a short form.
 */
export function namedState(phrase: string): Entity | null {
  const country = BY_NAME.get(phrase.toLowerCase());
  if (!country || phrase !== country || GIVEN_NAME_TOO.has(country)) return null;
  return { ...textEntity(country), kind: 'government' };
}

/**
 * A state named bare as one item of a list of states ("Turkey, Iran and Georgia said"): its
 * government. Among other states a state's name is never a woman's, so "Georgia" is read too.
 */
export function listedState(phrase: string): Entity | null {
  const country = BY_NAME.get(phrase.toLowerCase()) ?? BY_CAPITAL.get(phrase.toLowerCase());
  if (!country || (phrase !== country && !BY_CAPITAL.has(phrase.toLowerCase()))) return null;
  return { ...textEntity(country), kind: 'government' };
}
