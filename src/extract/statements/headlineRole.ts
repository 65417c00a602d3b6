import { COUNTRY_ADJECTIVE } from '../entities/demonyms.ts';
import type { Entity, Statement } from '../types.ts';
import { singleNounHolder } from './nounHolder.ts';

/**
 * A headline that names its speaker by role alone ("…, PM says", "… - MoD", "…: FM", "…, foreign
 * ministry spokesman says") speaks for the one the body names in that role: agencies write the
 * role in the headline and the name in the lead or soon after. Only a named holder counts (a
 * "government spokesman" of the body is still no one).
 */

/** Agency abbreviations of roles and bodies, and what the body calls them. */
const ABBREVIATIONS: Record<string, RegExp> = {
  PM: /\bprime\s+minister\b/i,
  FM: /\bforeign\s+minister\b/i,
  MoD: /\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b/i,
  MFA: /\b(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+affairs\s+ministry)\b/i,
};

/** Words a spelled-out role is made of; the last is who holds it. */
const ROLE_MODIFIER =
  /^(?:prime|foreign|defen[cs]e|interior|health|emergency|presidential|government|ministry|state)$/i;
const ROLE_HEAD = /^(?:spokes(?:man|woman|person)|minister|ministry|ombudsman)$/i;

/** A rank before the role makes it another role: a deputy prime minister is no prime minister. */
const OTHER_RANK = /\b(?:deputy|vice|former|ex-?|acting)\s*$/i;

/** A country's "leader" in a headline is its head of government or of state, whichever the body names. */
const LEADER = /\b(?:prime\s+minister|president)\b/i;
const COUNTRY_ROLE = /^(\p{Lu}\p{Ll}+)(?:['’]s)?\s+(\S.*)$/u;

/**
 * The role a headline's name part gives, when it is a role alone: "PM", "foreign ministry
 * spokesman"; or a country's role ("Iran FM", "Armenia's leader", "Armenian PM"), whose holder
 * the body names with that country ("Iranian Foreign Minister …", "the prime minister of Armenia").
 */
export function headlineRole(part: string): RegExp | null {
  const own = roleAlone(part);
  if (own) return own;
  const m = COUNTRY_ROLE.exec(part.trim());
  if (!m) return null;
  const country = Object.entries(COUNTRY_ADJECTIVE).find(
    ([name, adjective]) => m[1] === name || (m[1] === adjective && !/['’]s\s/u.test(part)),
  )?.[0];
  const role = /^leader$/i.test(m[2]!) ? LEADER : roleAlone(m[2]!);
  if (!country || !role) return null;
  const adjective = COUNTRY_ADJECTIVE[country]!;
  return new RegExp(
    `\\b(?:${country}(?:['’]s)?|${adjective})\\s+(?:${role.source})|(?:${role.source})\\s+of\\s+(?:the\\s+)?${country}\\b`,
    'i',
  );
}

function roleAlone(part: string): RegExp | null {
  const name = part.trim();
  const abbreviation = ABBREVIATIONS[name];
  if (abbreviation) return abbreviation;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!ROLE_HEAD.test(words.at(-1)!) || !words.slice(0, -1).every((w) => ROLE_MODIFIER.test(w))) return null;
  const spelled = words.map((w) => w.toLowerCase().replace(/^defen[cs]e$/, 'defen[cs]e'));
  // "Defense Ministry:" over "the Ministry of Defense said": a ministry is written both ways.
  if (spelled.length === 2 && spelled[1] === 'ministry' && spelled[0] !== 'ministry')
    return new RegExp(`\\b(?:${spelled[0]}\\s+ministry|ministry\\s+of\\s+${spelled[0]})\\b`, 'i');
  return new RegExp(`\\b${spelled.join('\\s+')}\\b`, 'i');
}

/** Does this wording name the role itself, not a deputy's or a former holder's? */
function holds(role: RegExp, wording: string | undefined): boolean {
  if (!wording) return false;
  const m = role.exec(wording);
  return !!m && !OTHER_RANK.test(wording.slice(0, m.index));
}

const CAPITAL_START = /^\p{Lu}/u;

/** Known to the gazetteer, or a person the text names in full ("Wang Wenbin", not "Iran's foreign minister"). */
function named(e: Entity): boolean {
  if (!e.id.startsWith('text:')) return true;
  const words = e.name.split(/\s+/);
  return (
    e.kind === 'person' &&
    words.length > 1 &&
    words.every((w) => CAPITAL_START.test(w) || NAME_PARTICLE.test(w))
  );
}
const NAME_PARTICLE = /^(?:de|da|di|van|von|der|al|bin|ibn|la|le)$/;

/**
 * The body's first speaker in the role, when named: the story tells who holds it before any
 * other holder ("Iran's foreign minister" first, and Mirzoyan later, leaves the role open).
 */
export function roleHolder(role: RegExp, body: readonly Statement[]): Entity | null {
  for (const s of body)
    if ([s.speaker.role, s.speaker.name, s.mention].some((w) => holds(role, w)))
      return named(s.speaker) ? s.speaker : null;
  return null;
}

/** Words a title alone is made of ("Deputy Prime Minister", "Ombudsman"); the last is its head. */
const TITLE_WORD =
  /^(?:deputy|vice|first|prime|foreign|defen[cs]e|interior|health|state|presidential|minister|president|spokes(?:man|woman|person)|ombudsman|chairman|chairwoman|speaker|mayor|governor|ambassador|envoy|commander|secretary|general|adviser|advisor|aide)$/i;
const TITLE_HEAD =
  /^(?:minister|president|spokes(?:man|woman|person)|ombudsman|chairman|chairwoman|speaker|mayor|governor|ambassador|envoy|commander|secretary|adviser|advisor|aide)$/i;

/**
 * The noun a headline's name part gives when it is a title alone, capitalised as a label is
 * ("Ombudsman", "Deputy Prime Minister", "Spokesman"), or null. Whose title it is is the body's
 * to say (titleHolder).
 */
export function bareTitle(part: string): string | null {
  const words = part.trim().split(/\s+/);
  if (words.length > 4 || !CAPITAL_START.test(words[0]!)) return null;
  if (!TITLE_HEAD.test(words.at(-1)!) || !words.every((w) => TITLE_WORD.test(w))) return null;
  return words.join(' ').toLowerCase();
}

/** A rank that makes the title another one: a former or acting holder is not the one the body quotes now. */
const NOT_THE_HOLDER = /^(?:former|ex-.*|acting|outgoing|interim|late)$/i;

/** "a spokesman", "one minister": someone unnamed of that title, not its one holder. */
const SOMEONE = /^(?:a|an|one|another|some|several|two|three)$/i;

/**
 * The title a lower-case noun phrase after a verb of saying gives ("…, says ombudsman", "…, the
 * region's ombudsman says", "…, says the deputy prime minister"): an article or an owner's
 * possessive and words that place or qualify the holder ("local", "separatist") may open it; the
 * title is its head with the title words right before it. Whose title it is is the body's to say
 * (titleHolder), as for a capitalised label (bareTitle).
 */
export function titleAfterVerb(part: string): string | null {
  const words = part.trim().split(/\s+/);
  if (words.length > 5 || !TITLE_HEAD.test(words.at(-1)!) || CAPITAL_START.test(words.at(-1)!)) return null;
  if (words.some((w) => NOT_THE_HOLDER.test(w) || SOMEONE.test(w))) return null;
  let first = words.length - 1;
  while (first > 0 && TITLE_WORD.test(words[first - 1]!) && !CAPITAL_START.test(words[first - 1]!)) first--;
  // What opens it: an article, one owner's possessive, lower-case qualifiers; never a name.
  const opening = words.slice(0, first);
  if (!opening.every((w, i) => (i === 0 && /^the$/i.test(w)) || /^\p{Ll}[\p{L}-]*(?:['’]s)?$/u.test(w)))
    return null;
  return words.slice(first).join(' ').toLowerCase();
}

/**
 * The one person the body gives the title and quotes: a speaker whose role or mention carries it
 * ("Iran's Foreign Ministry spokesman Nasser Kanaani"), or the one holder the body's grammar
 * gives it (nounHolder.ts: "Deputy Prime Minister Shahin Mustafayev"). No holder, or two, leave
 * the headline unattributed: which minister it is is then unclear.
 */
export function titleHolder(
  noun: string,
  bodyText: string,
  body: readonly Statement[],
  resolve: (phrase: string) => Entity | null,
): Entity | null {
  const spelled = noun.replace(/\s+/g, '\\s+').replace(/defen[cs]e/, 'defen[cs]e');
  // Armenia's and Karabakh's ombudsman is by law the "Human Rights Defender": one office, two names.
  const role = new RegExp(
    `\\b(?:${spelled}${noun === 'ombudsman' ? '|human\\s+rights\\s+defender' : ''})\\b`,
    'i',
  );
  const holders = new Map<string, Entity>();
  for (const s of body)
    if (s.speaker.kind === 'person' && [s.speaker.role, s.mention].some((w) => holds(role, w)))
      holders.set(s.speaker.id, s.speaker);
  const carried = singleNounHolder(noun, bodyText, resolve);
  if (carried) {
    const spoke = body.find((s) => s.speaker.id === carried.id || s.speaker.name === carried.name);
    if (spoke) holders.set(spoke.speaker.id, spoke.speaker);
  }
  if (holders.size !== 1) return null;
  const holder = [...holders.values()][0]!;
  return named(holder) ? holder : null;
}
