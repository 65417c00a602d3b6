import type { Country } from './gazetteer.ts';
import { normaliseName } from './normalise.ts';

/**
 * A body named with or without its country: "Armenia's health ministry", "the Armenian health
 * ministry", "the Ministry of Health of Armenia" and "the health ministry" have one head ("health
 * ministry"); the first three name Armenia. Countries as the bodies of this corpus name them.
 */
export const COUNTRY_WORDS: [string, Country | 'GE'][] = [
  ['nagorno karabakh', 'NK'],
  ['united states', 'US'],
  ['armenia', 'AM'],
  ['armenian', 'AM'],
  ['azerbaijan', 'AZ'],
  ['azerbaijani', 'AZ'],
  ['russia', 'RU'],
  ['russian', 'RU'],
  ['turkey', 'TR'],
  ['turkish', 'TR'],
  ['turkiye', 'TR'],
  ['iran', 'IR'],
  ['iranian', 'IR'],
  ['france', 'FR'],
  ['french', 'FR'],
  ['georgia', 'GE'],
  ['georgian', 'GE'],
  ['us', 'US'],
  ['american', 'US'],
  ['karabakh', 'NK'],
  ['artsakh', 'NK'],
];

export interface QualifiedBody {
  /** The country the name holds, or null ("the health ministry"). */
  country: string | null;
  /** The name without it, "ministry of X" written "X ministry": "health ministry". */
  head: string;
}

function leadingCountry(words: string): { country: string; rest: string } | null {
  for (const [name, country] of COUNTRY_WORDS)
    if (words.startsWith(`${name} `)) return { country, rest: words.slice(name.length + 1) };
  return null;
}

function trailingCountry(words: string): { country: string; rest: string } | null {
  for (const [name, country] of COUNTRY_WORDS)
    if (words.endsWith(` of ${name}`)) return { country, rest: words.slice(0, -(name.length + 4)) };
  return null;
}

/**
 * The country and head of a body's name; null when the head is one word ("Armenia's government":
 * no head to tell bodies apart) or the name holds two countries.
 */
export function qualifiedBody(name: string): QualifiedBody | null {
  let words = normaliseName(name);
  const lead = leadingCountry(words);
  const trail = trailingCountry(lead?.rest ?? words);
  if (lead && trail) return null;
  const country = lead?.country ?? trail?.country ?? null;
  words = trail?.rest ?? lead?.rest ?? words;
  words = words.replace(/^(ministry|department|office|service|committee) of (?:the )?(.+)$/, '$2 $1');
  words = words.replace(/\bforeign affairs\b/, 'foreign');
  if (!words.includes(' ') || leadingCountry(words) || trailingCountry(words)) return null;
  return { country, head: words };
}
