import type { Entity, Statement } from '../types.ts';

/**
 * A heading that describes its speaker instead of naming them ("Armenian archbishop leading mass
 * protests says …", "Stockton barber with family roots in the region says …", "The President of
 * the European Council says …") speaks for the one person the body names so, or for the one
 * person the body quotes in the heading's own quoted words. A description no body speaker
 * answers alone leaves the heading unattributed: a wrong speaker is worse than none.
 */

/** Head nouns of one person a heading describes: an office, a trade, a relation. */
const PERSON_HEAD =
  /^(?:archbishop|bishop|priest|pastor|cleric|barber|baker|dad|mum|mom|father|mother|grandmother|grandfather|son|daughter|widow|woman|man|expert|analyst|scholar|professor|historian|volunteer|activist|doctor|nurse|surgeon|teacher|student|lawyer|journalist|photographer|writer|veteran|soldier|survivor|refugee|resident|farmer|shopkeeper|owner|president|premier|minister|leader|commissioner|envoy|ambassador|diplomat|spokes(?:man|woman|person)|chair(?:man|woman)?|mayor|governor|commander|general|ombudsman|adviser|advisor|aide|senator|lawmaker|director|organi[sz]er)$/i;

/** Words before the head that make it another one than the body's present holder. */
const OTHER_HOLDER =
  /^(?:former|ex-\S*|acting|outgoing|interim|late|deputy|vice|another|some|two|three|several)$/i;

/** A heading's subject a description of one person: an article at most, then words with such a head. */
export function describesPerson(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length > 10 || words.some((w) => OTHER_HOLDER.test(w))) return false;
  return headNoun(part) !== null;
}

/** The person noun of the description: its last word before a modifier ("barber" of "Stockton barber with family roots …"). */
function headNoun(part: string): string | null {
  const words = part
    .trim()
    .replace(/^(?:the|a|an|one)\s+/i, '')
    .split(/\s+/);
  const modifierAt = words.findIndex(
    (w, i) => i > 0 && /^(?:of|in|from|with|at|for|who|leading|behind|whose|on)$/i.test(w),
  );
  const core = modifierAt > 0 ? words.slice(0, modifierAt) : words;
  const head = core.at(-1)!.replace(/['’]s$/u, '');
  return PERSON_HEAD.test(head) ? head.toLowerCase() : null;
}

const STOP_WORD =
  /^(?:that|this|with|from|have|has|had|will|would|must|they|their|them|there|were|been|being|said|says|about|after|before|into|over|than|then|when|which|while|what|only|also|both|more|most|some|such|very|just|still|could|should)$/;

/** Content words of four letters or more, lower-cased. */
function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP_WORD.test(w)));
}

function plainWords(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Phrases of two words or more the heading's words set in quotation marks. */
function quotedPhrases(said: string): string[] {
  return [...said.matchAll(/["“«‘']([^"“”«»‘’']{3,}?)["”»’']/gu)]
    .map((m) => plainWords(m[1]!))
    .filter((p) => p.trim().split(' ').length >= 2);
}

/** The one value of a list of speakers, or null when there are none or two. */
function onlyOne(speakers: readonly Entity[]): Entity | null {
  const ids = new Set(speakers.map((e) => e.id));
  return ids.size === 1 ? speakers[0]! : null;
}

/**
 * The person the body names as the heading describes, or whose quote holds the heading's quoted
 * words; `said` is the heading's words, `quoteOf` a body statement's quoted text.
 */
export function describedHolder(
  part: string,
  said: string,
  body: readonly Statement[],
  quoteOf: (s: Statement) => string,
): Entity | null {
  const people = body.filter((s) => s.speaker.kind === 'person');
  // "The President of the European Council" over Michel, whose role the body gives in those words.
  const phrase = part
    .trim()
    .replace(/^(?:the|a|an|one)\s+/i, '')
    .toLowerCase();
  if (phrase.split(/\s+/).length >= 3) {
    const titled = onlyOne(
      people.filter((s) => (s.speaker.role ?? '').toLowerCase() === phrase).map((s) => s.speaker),
    );
    if (titled) return titled;
  }
  // "Armenian archbishop … says Pashinyan must resign" over Archbishop Galstanyan's quotes on Pashinyan.
  const head = headNoun(part);
  if (head) {
    const noun = new RegExp(`\\b${head}\\b`, 'i');
    const holders = people.filter((s) => noun.test(s.speaker.role ?? '') || noun.test(s.mention));
    const holder = onlyOne(holders.map((s) => s.speaker));
    const wanted = contentWords(said);
    const ownWords = holder
      ? people.filter((s) => s.speaker.id === holder.id).flatMap((s) => [...contentWords(quoteOf(s))])
      : [];
    if (holder && ownWords.some((w) => wanted.has(w))) return holder;
    if (holders.length) return null;
  }
  // "Stockton barber … says the withdrawal "closes a chapter"" over the one body quote of those words.
  const phrases = quotedPhrases(said);
  if (!phrases.length) return null;
  return onlyOne(
    people.filter((s) => phrases.some((p) => plainWords(quoteOf(s)).includes(p))).map((s) => s.speaker),
  );
}
