import { COUNTRY_ADJECTIVE } from '../entities/demonyms.ts';
import { countryOf, entityById, officialsOf, type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import { LOWER_CASE_DOMAIN } from './placeFrame.ts';

/**
 * "the presidential administration in Baku", "the foreign ministry in Yerevan", "The Foreign Ministry in
 * Baku" (as translated copy capitalises it), "The Ministry of Foreign Affairs in Baku" (its domain
 * written out after "of", also in lower case: "the ministry of foreign affairs in Baku"): a body and its seat.
 */
const BODY_IN_PLACE = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:[\p{L}'’-]+\s+){0,3}(?:[Mm]inistry|[Aa]dministration|[Pp]residency|[Oo]ffice|[Pp]ress\s+[Ss]ervice|[Pp]arliament|[Cc]abinet|[Cc]ommittee|[Aa]gency|[Ee]mbassy|[Gg]overnment)(?:\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3}|${LOWER_CASE_DOMAIN}))?)\s+in\s+(\p{Lu}[\p{L}-]+)$`,
  'u',
);

const KARABAKH = 'karabakh-authorities';
/** A state's own body, no other organisation's unit: "Defense Ministry", "health ministry", "parliament". */
const KARABAKH_STATE_BODY =
  /^(?:(?:[Dd]efen[cs]e|[Hh]ealth|[Ii]nterior|[Ff]oreign|[Ee]mergenc(?:y|ies)|[Ss]tate)\s+)?(?:[Mm]inistry|[Gg]overnment|[Pp]arliament|[Pp]ress\s+[Ss]ervice|[Aa]dministration)(?:\s+of\s+(?:[Dd]efen[cs]e|[Hh]ealth|[Ff]oreign\s+[Aa]ffairs|[Ii]nternal\s+[Aa]ffairs|[Ee]mergency\s+[Ss]ituations))?$/;

/**
 * The body "the <body> in <capital>" names: the one the gazetteer knows for the government that
 * city stands for ("the presidential administration in Baku" is Azerbaijan's presidential
 * administration). Null when the place is no seat of a government or that government has no such
 * body the gazetteer knows: the words are then filed as written.
 */
export function bodyInPlace(
  phrase: string,
  at: RoleDate | null,
  portfolioInView: () => string | null = () => null,
  spokenMinistryOf: (seat: Entity) => Entity | null = () => null,
): Entity | null {
  if (!phrase.includes(' in ')) return null;
  const m = BODY_IN_PLACE.exec(phrase);
  if (!m) return null;
  // "The Defense Ministry in Stepanakert": a state body seated where Karabakh's authorities sat then
  // is theirs (CONVENTIONS 4); a unit of another body there ("the ICRC office in …") is not.
  if (at && KARABAKH_STATE_BODY.test(m[1]!) && officialsOf(`authorities in ${m[2]}`, at)?.id === KARABAKH)
    return entityById(KARABAKH);
  const seat = resolveEntityAt(m[2]!, at);
  const country = seat?.kind === 'government' ? /^Government of (.+)$/.exec(seat.name)?.[1] : undefined;
  if (!seat || !country) return null;
  // "The ministry in Baku" after the Armenian Foreign Ministry spoke: Baku's ministry of the kind in
  // view, never its government; with no kind in view, no one.
  const bare = /^ministry$/i.test(m[1]!);
  // "Armenia's Ministry of Defence said … The ministry in Yerevan reported": the seat's ministry
  // that already spoke is the one the text goes back to, whatever other kind is in view.
  const spoken = bare ? spokenMinistryOf(seat) : null;
  if (spoken) return spoken;
  const portfolio = bare ? portfolioInView() : null;
  if (bare && !portfolio) return null;
  const body = portfolio ? `${portfolio} Ministry` : m[1]!;
  const demonym = COUNTRY_ADJECTIVE[country];
  const names = [`${country}'s ${body}`, `${body} of ${country}`, ...(demonym ? [`${demonym} ${body}`] : [])];
  for (const name of names) {
    const e = resolveEntityAt(name, at);
    // A ministry the gazetteer does not know resolves through its country's name to the government: no one.
    if (e && e.kind === 'government' && /ministry/i.test(body)) continue;
    if (e && e.kind !== 'place' && e.kind !== 'person' && countryOf(e) === countryOf(seat)) return e;
  }
  return null;
}

/** "The ICRC delegation in Yerevan", "the UN office in Geneva": a known body's unit named by its place. */
const UNIT_IN_PLACE =
  /^(?:[Tt]he\s+)?(.+?)\s+(?:delegation|office|branch|bureau|representation)\s+in\s+\p{Lu}[\p{L}-]+$/u;

/** "The International Committee of the Red Cross in Armenia": a body named in capitals with where it works. */
const NAMED_BODY_IN_PLACE = /^(?:[Tt]he\s+(?=\p{Lu})|(?![Tt]he\s))(\p{Lu}.+?)\s+in\s+\p{Lu}[\p{L}-]+$/u;

/**
 * The organisation a unit in a place belongs to, or that a place follows, when the gazetteer knows
 * it by the words before the place; else null. Where a body works is no part of its name
 * (CONVENTIONS 5): "the ICRC delegation in Yerevan" and "the International Committee of the Red
 * Cross in Armenia" are the ICRC.
 */
export function organisationOfUnit(phrase: string, at: RoleDate | null): Entity | null {
  if (!phrase.includes(' in ')) return null;
  const owner = UNIT_IN_PLACE.exec(phrase)?.[1] ?? NAMED_BODY_IN_PLACE.exec(phrase)?.[1];
  const known = owner ? resolveEntityAt(owner, at) : null;
  return known?.kind === 'organisation' ? known : null;
}
