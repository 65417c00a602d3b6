import { resolveEntityAt } from '../../entities/resolve.ts';
import { textEntity } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { allMatches } from '../allMatches.ts';
import { SPEAKER_NOUN } from '../lexicon.ts';
import { tag } from '../nounPhrase.ts';
import { findPeople, fitsPronoun, type Gender, knownGender, type PersonMention } from '../people.ts';
import { givenNameGender, votedGender } from '../personGender.ts';
import type { Discourse } from './state.ts';

/** The pronoun's own clause says its speaker goes unnamed ("he said, asking not to be named"). */
const UNNAMED_SAYING =
  /^[^.!?"“”]{0,40}?\b(?:asking|who\s+asked|requesting)\s+not\s+to\s+be\s+(?:named|identified)|^[^.!?"“”]{0,40}?\b(?:on\s+condition\s+of|requesting)\s+anonymity/u;

export function saysUnnamed(d: Discourse): boolean {
  return d.speakerAt >= 0 && UNNAMED_SAYING.test(d.text.slice(d.speakerAt, d.speakerAt + 90));
}

/** A definite description opening its sentence, set off by a comma before the pronoun: "The head of state, he added, …". */
const SET_OFF_DESCRIPTION = /^["“]?[Tt]he\s+[^,.;:"“”]{1,40},\s*$/u;

/**
 * "X's spokesman said Macron considered …. The head of state, he added, wanted …": after a relay,
 * a pronoun set off behind a description of the one relayed is the relayer, who goes on speaking
 * about them.
 */
export function relayerOfSetOffPronoun(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (d.speakerAt <= d.unitStart || !SET_OFF_DESCRIPTION.test(d.text.slice(ownSentenceStart(d), d.speakerAt)))
    return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/**
 * "Hajiyev recalled that Aliyev had warned …. According to him, the head of state had said …": the
 * source "according to" names right after a relay is the relayer, who tells; the one relayed is only
 * told about. Both must be people the pronoun fits, the relay in the paragraph before or this one.
 */
export function relayerAsSource(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (active.principal.kind !== 'person' || d.speakerAt <= d.unitStart) return null;
  if (!/(?:^|[.!?]\s+|["“”]\s*)[Aa]ccording\s+to\s*$/u.test(d.text.slice(ownSentenceStart(d), d.speakerAt)))
    return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/**
 * "Hajiyev told journalists that Aliyev had said …. He added that …": "added" (or a plain "said")
 * goes on with the saying the sentence before told, whose subject is the relayer; the one relayed
 * was only told about. Both must be people the pronoun fits, the pronoun opening its sentence.
 */
export function relayerAdds(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (active.principal.kind !== 'person' || d.speakerAt < d.unitStart) return null;
  if (!/^["“]?$/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).trim())) return null;
  const after = d.text.slice(d.speakerAt + pronoun.length, d.speakerAt + pronoun.length + 24);
  if (!/^\s+(?:also\s+)?(?:added|said|went\s+on\s+to\s+say)\b/.test(after)) return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/** "the same source", "the same source in the ministry": a source who spoke before, pointed back to. */
const SAME_SOURCE_BACK = /^the\s+same\s+source(?:\s+(?:in|at|from|close\s+to)\s+[^,;:]{1,60})?$/iu;

/**
 * "A source in the Foreign Ministry told Etemad …. According to the same source in the Foreign
 * Ministry, …": the unnamed source who spoke last, though a named person spoke since. Null when no
 * unnamed source spoke: the words stay no one's (sameSource.ts).
 */
export function sameUnnamedSource(phrase: string, d: Discourse): Entity | null {
  return SAME_SOURCE_BACK.test(phrase) ? unnamedSpeakerSo('source', d) : null;
}

/**
 * "A paediatrician at the hospital, who asked not to be named, said …. "…," she said": the
 * unnamed person such a description introduced as a speaker, found by the description's noun.
 */
export function unnamedSpeakerSo(description: string, d: Discourse): Entity | null {
  const noun = description.split(/\s+/).pop()!;
  for (let i = d.unnamedSpeakers.length - 1; i >= 0; i--)
    if (hasWord(d.unnamedSpeakers[i]!.name, noun)) return d.unnamedSpeakers[i]!;
  return null;
}

/** The one person the people read so far name by these words, fitting the pronoun; null when none or several. */
export function onlyPersonNamed(name: string, pronoun: string, d: Discourse): Entity | null {
  const words = name.toLowerCase().split(/\s+/);
  let only: Entity | null = null;
  for (const p of d.people) {
    if (!words.some((w) => hasWord(p.entity.name, w))) continue;
    if (!fitsPronoun(pronoun, knownGender(p.entity) ?? textTold(d.genders.get(p.entity.id)))) continue;
    if (only && only.id !== p.entity.id) return null;
    only = p.entity;
  }
  return only;
}

/** Which of the people named in the nearest unit before a pronoun it points to. */
export function namedBefore(pronoun: string, there: readonly PersonMention[], d: Discourse): Entity | null {
  const last = there.find((p) => p.entity.id === d.lastPerson?.id);
  if (last) return last.entity;
  if (twoFitEqually(pronoun, there, d)) return null;
  const contacted = contactedByUnknown(there, d);
  if (contacted) return contacted;
  const roleSubject = roleSubjectBefore(there[0]!.start, d);
  if (roleSubject === undefined) return there[0]!.entity;
  return roleSubject && d.lastPerson && fitsPronoun(pronoun, genderOfEntity(d.lastPerson, d))
    ? d.lastPerson
    : null;
}

/**
 * A verb of getting in touch between a subject and a person named after it: "spoke by telephone
 * with", "reached", "talked to", "interviewed", with at most a few describing words before the
 * object's name ("reached Ganja resident Elnur Mammadli").
 */
const CONTACT_BETWEEN =
  /^\s+(?:(?:has|had)\s+)?(?:spoke|spoken|talked|reached|interviewed|phoned)(?:\s+by\s+(?:tele)?phone)?(?:\s+(?:to|with))?\s+(?:[\p{L}-]+\s+){0,3}?$/u;

/**
 * "De Morgen spoke by telephone with Anahit Sargsyan, a teacher in Stepanakert. '…,' she says":
 * the one got in touch with is who then speaks, when the subject who did so is a name the text
 * tells nothing of as a person (no known gender, no title, not in the gazetteer): a paper or a
 * reporter reaching a source, whose words follow. A subject known as a person ("Blinken spoke by
 * phone with Pashinyan. He said …") stays the subject, as before.
 */
function contactedByUnknown(there: readonly PersonMention[], d: Discourse): Entity | null {
  const subject = there[0]!;
  if (!subject.entity.id.startsWith('text:') || genderOfMention(subject, d) !== null) return null;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(subject.start, subject.start + 80));
  if (!name) return null;
  const subjectEnd = subject.start + name[0].length;
  const object = there.find((p) => p.entity.id !== subject.entity.id && p.start > subjectEnd);
  if (!object || object.start - subjectEnd > 80) return null;
  return CONTACT_BETWEEN.test(d.text.slice(subjectEnd, object.start)) ? object.entity : null;
}

/** A possessive and a relation noun before a name: "Her daughter Leyla", "his brother, Aram,". */
const RELATION_BEFORE_NAME =
  /\b(his|her)\s+(?:(?:elder|older|younger|little|eldest|youngest|late|\d+-year-old)\s+)?(?:son|daughter|brother|sister|mother|father|husband|wife|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother|neighbou?r|friend|colleague|partner|child)\s*,?\s*$/iu;

/**
 * Two people the pronoun fits stand in the nearest unit and neither spoke last, so the unit's
 * first-named subject is no sure antecedent: "Aram and Davit fled. He said …" names two men alike
 * (a coordinated subject), and "Her daughter Leyla sleeps there. She says …" names the daughter
 * as kin of a woman of the same gender who is the paragraph's topic. Who speaks is unsure.
 */
function twoFitEqually(pronoun: string, there: readonly PersonMention[], d: Discourse): boolean {
  const first = there[0]!;
  const relation = RELATION_BEFORE_NAME.exec(d.text.slice(Math.max(0, first.start - 50), first.start));
  if (relation && fitsPronoun(pronoun, relation[1]!.toLowerCase() === 'his' ? 'm' : 'f')) return true;
  const second = there.find((p) => p.entity.id !== first.entity.id);
  if (!second || second.start < first.start) return false;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(first.start, second.start));
  const between = d.text.slice(first.start + (name?.[0].length ?? 0), second.start);
  return /^\s*(?:,[^,.;:!?"“”]{1,60},\s*)?(?:and|&)\s+$/u.test(between);
}

/**
 * A name opening a sentence that may be who a pronoun points to instead of its antecedent: a
 * person the text names (the people reader's, or a name it gives an age or a saying verb), not
 * the antecedent, not a body or place the gazetteer knows, not one the text tells is of the
 * other gender.
 */
export function anotherPerson(name: string, pronoun: string, antecedent: Entity, d: Discourse): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const own = (e: Entity) => words.some((w) => hasWord(e.name, w));
  if (own(antecedent)) return false;
  const known = resolveEntityAt(name, d.at);
  if (known && known.kind !== 'person') return false;
  const named = d.people.filter((p) => own(p.entity));
  if (named.length > 0)
    return !named.some((p) => {
      const told = knownGender(p.entity) ?? textTold(d.genders.get(p.entity.id));
      return told !== null && !fitsPronoun(pronoun, told);
    });
  return personLikeName(name, d.text);
}

/**
 * The last person, other than `holder`, when the words just before their latest mention hold the
 * head word of the role phrase ("the minister" after "Foreign Minister of Armenia Ararat Mirzoyan").
 */
export function lastPersonWithRoleWord(phrase: string, holder: Entity, d: Discourse): Entity | null {
  const last = d.lastPerson;
  if (!last || last.id === holder.id || last.kind !== 'person') return null;
  const head = phrase.trim().split(/\s+/).pop()!.toLowerCase();
  const surname = last.name.split(' ').pop()!;
  const before = d.text.slice(0, Math.max(d.unitStart, d.speakerAt));
  const at = before.lastIndexOf(surname);
  const holderAt = before.lastIndexOf(holder.name.split(' ').pop()!);
  if (at < 0 || at < holderAt) return null;
  return hasWord(before.slice(Math.max(0, at - 60), at), head) ? last : null;
}

/**
 * "Ilham Aliyev announced …. "We have returned to Shusha," the president said" after "President
 * Vladimir Putin" a paragraph before: the last person, named in the speaker's own paragraph after
 * the holder the role's shapes found, whose own office is that role ("President of Azerbaijan"), is
 * nearer. A former holder's office ("former President") is not the role now.
 */
export function lastHolderInParagraph(phrase: string, holder: Entity, d: Discourse): Entity | null {
  const last = d.lastPerson;
  if (!last || last.id === holder.id || last.kind !== 'person' || !last.role) return null;
  const role = phrase
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
  if (!hasWord(last.role, role) || /\b(?:former|ex|late)\b/i.test(last.role)) return null;
  const before = d.text.slice(0, Math.max(d.unitStart, d.speakerAt));
  const paragraph = before.lastIndexOf('\n\n');
  const at = before.lastIndexOf(last.name.split(' ').pop()!);
  const holderAt = before.lastIndexOf(holder.name.split(' ').pop()!);
  return at > paragraph && at > holderAt ? last : null;
}

/** The gender the text's own words tell, a given name aside (it may mislead: "Yuri Kim"). */
function textTold(votes: { m: number; f: number } | undefined): Gender {
  if (!votes) return null;
  if (votes.m > 0 && votes.m >= 2 * votes.f) return 'm';
  if (votes.f > 0 && votes.f >= 2 * votes.m) return 'f';
  return null;
}

/** "Emin, 34,", "Emin said", "said Emin": the text treats the name as a person's. */
function personLikeName(name: string, text: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b${n},\\s+\\d{1,3},|\\b${n}\\s+(?:said|says|told)\\b|\\b(?:said|says)\\s+${n}\\b`,
    'u',
  ).test(text);
}

/**
 * A person's gender as far as the document tells: the gazetteer's record, else the text's
 * evidence read so far (titles, the person's own pronouns), else a given name of one gender,
 * else what the mention itself said (a speaker recorded as "he" may have been a pronoun read
 * wrongly once; it must not carry the error on). Null when nothing tells.
 */
export function genderOfMention(p: PersonMention, d: Discourse): Gender {
  return knownGender(p.entity) ?? votedGender(d.genders, p.entity) ?? givenNameGender(p.entity) ?? p.gender;
}

export function genderOfEntity(e: Entity, d: Discourse): Gender {
  return knownGender(e) ?? votedGender(d.genders, e) ?? givenNameGender(e);
}

/** "The press secretary of the Prime Minister |": only title words from the sentence's "The" to a name. */
const TITLE_RUN_TO_NAME =
  /^["“]?The\s+(?:(?:of|for|to|the|\p{Lu}[\p{L}'’.-]*|former|acting|deputy|chief|senior|foreign|prime|press|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|official|representative|leader|president|head|commander)\s+){1,8}$/u;

/**
 * "The Chairman-in-Office spoke with Foreign Ministers A and B. He underlined …": when the sentence
 * naming the people opens with a definite role ("The minister", "The Chairman-in-Office") before
 * them, that role is its subject and the pronoun's; the people it met are objects. Gives true
 * when the last speaker holds that role, false when the role names someone else or no one known
 * (then no one is the speaker), undefined when the sentence opens otherwise.
 */
function roleSubjectBefore(at: number, d: Discourse): boolean | undefined {
  const before = d.text.slice(Math.max(0, at - 300), at);
  const stop = Math.max(before.search(/[^.!?\n]*$/), 0);
  // "The Minister for Europe, Catherine Colonna, spoke …": a name in apposition to the role is the subject.
  if (/,\s*$/.test(before)) return undefined;
  // "The press secretary of the Prime Minister Mane Gevorgyan said …": a title run up to the name is the name's own.
  if (TITLE_RUN_TO_NAME.test(before.slice(stop).trimStart())) return undefined;
  const opening = /^["“]?The\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?\s+\S/u.exec(before.slice(stop).trimStart());
  if (!opening) return undefined;
  const words = [opening[1]!, opening[2] ?? ''].filter((w) => w !== '').map((w) => w.toLowerCase());
  const last = d.lastPerson;
  // The role as the entity holds it, or as written before a mention of the person (a long one is not kept).
  const roles = last?.role ? [last.role] : last ? rolesWrittenBefore(last.name, d.text, d.unitStart) : [];
  if (words.some((w) => w.length > 2 && roles.some((role) => hasWord(role, w)))) return true;
  const role = words.find((w) => SINGLE_PERSON_NOUN.test(w));
  return role ? false : undefined;
}

/**
 * The person a description points back to among those named just before (or the last speaker):
 * the one who holds its role as the text wrote it ("Tigran Avetisyan, the regional governor" …
 * "The governor"). Null when none does: the description is someone the text did not name.
 */
export function holderOf(
  description: string,
  named: readonly (PersonMention & { unit: number })[],
  d: Discourse,
): Entity | null {
  const words = description.split(/\s+/).filter((w) => w.length > 2 && !/^(?:the|one|another)$/.test(w));
  const candidates = d.lastPerson
    ? [d.lastPerson, ...named.map((p) => p.entity)]
    : named.map((p) => p.entity);
  for (const e of candidates) {
    const roles = e.role ? [e.role] : [];
    roles.push(
      ...rolesWrittenBefore(e.name, d.text, d.unitStart),
      ...rolesWrittenAfter(e.name, d.text, d.unitStart),
    );
    // "Press secretary of the Prime Minister": the words after "of" name whose secretary she is.
    const spelled = roles.map((role) => ownRole(role.replace(TITLE_ABBREVIATION, (a) => TITLE_WORD[a] ?? a)));
    if (words.some((w) => spelled.some((role) => hasWord(role, w)))) return e;
  }
  return null;
}

/** An aide's role after its noun ("Press secretary of the Prime Minister"): whose aide, not a role held. */
const ROLE_COMPLEMENT =
  /(?<=\b(?:secretary|spokes(?:man|woman|person)|adviser|advisor|aide|assistant|representative|envoy))\s+(?:of|to|for)\s+the\s.*$/is;

/** A role as its holder holds it: "Press secretary of the Prime Minister" is a press secretary. */
export function ownRole(role: string | undefined): string {
  return (role ?? '').replace(ROLE_COMPLEMENT, '');
}

const TITLE_ABBREVIATION = /\b(?:Sen|Rep|Gov|Gen|Pres|Amb|Sec)\./g;
const TITLE_WORD: Record<string, string> = {
  'Sen.': 'senator',
  'Rep.': 'representative',
  'Gov.': 'governor',
  'Gen.': 'general',
  'Pres.': 'president',
  'Amb.': 'ambassador',
  'Sec.': 'secretary',
};

/** The apposition after each mention of a name up to `end`: ", the regional governor,". */
function rolesWrittenAfter(name: string, text: string, end: number): string[] {
  const roles: string[] = [];
  for (
    let at = text.indexOf(name);
    at >= 0 && at < end && roles.length < 8;
    at = text.indexOf(name, at + 1)
  ) {
    const after = /^,\s+([^,.;:!?"“”]{1,80})/.exec(text.slice(at + name.length, at + name.length + 90));
    if (after) roles.push(after[1]!);
  }
  return roles;
}

/** The words before each mention of a name up to `end`, back to the last stop: where a title stands. */
export function rolesWrittenBefore(name: string, text: string, end: number): string[] {
  const roles: string[] = [];
  for (let at = text.indexOf(name); at >= 0 && at < end && roles.length < 8; at = text.indexOf(name, at + 1))
    roles.push(
      text
        .slice(Math.max(0, at - 120), at)
        .split(/[.;:!?\n"“”]/)
        .pop() ?? '',
    );
  return roles;
}

const SINGLE_PERSON_NOUN =
  /^(?:minister|president|premier|secretary|chairman|chairwoman|chair|chancellor|ambassador|envoy|spokes(?:man|woman|person)|commander|governor|mayor|leader|official|diplomat|ombudsman|senator|general)(?:-in-office|-general)?$/;

/**
 * No person named before fits the pronoun's gender as the text wrote it: the last speaker, or
 * the last person the gazetteer knows, when their recorded gender does not contradict it. "She"
 * never goes to a man because no woman was named; then no one is the speaker.
 */
export function lastFitting(pronoun: string, d: Discourse): Entity | null {
  const fits = (e: Entity) => e.kind === 'person' && fitsPronoun(pronoun, genderOfEntity(e, d));
  if (d.lastPerson) return fits(d.lastPerson) ? d.lastPerson : null;
  return lastMentioned(d, fits);
}

/**
 * Only a title before a name that opens its sentence: capitalised words ("Former Rep.") and
 * lower-case role nouns ("Kremlin spokesman", "Foreign Ministry press secretary"), or an opening quote mark.
 */
const BEFORE_SUBJECT =
  /^[\s"“'‘]*(?:(?:\p{Lu}[\p{L}.'’-]*|former|acting|deputy|chief|senior|foreign|prime|press|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|official|leader|president|head|commander)\s+)*$/u;

/**
 * A fronted adverbial of time or place set off by its comma before the subject: "On Monday,
 * former prosecutor Luis Ocampo released a report in which he wrote …". It opens with a
 * preposition or a time word and holds no verb's clause (no comma, stop or quote inside).
 */
const FRONTED_ADVERBIAL =
  /^[\s"“'‘]*(?:On|In|At|Last|Earlier|Later|Late|Early|This|Yesterday|Today|During|From)\s[^,.;:!?"“”]{0,40},\s+/u;

/**
 * The words before a sentence's subject are its title, after any fronted adverbial: capitalised
 * words and known role words, or a noun phrase of adjectives and nouns ending in a noun ("former
 * International Criminal Court chief prosecutor"), read by its parts of speech.
 */
function titleBeforeSubject(opening: string): boolean {
  const title = opening.replace(FRONTED_ADVERBIAL, '');
  if (BEFORE_SUBJECT.test(title)) return true;
  const words = title.replace(/^[\s"“'‘]*(?:[Tt]he\s+)?/u, '').trim();
  if (!words || /[^\p{L}\s.'’-]/u.test(words)) return false;
  const tagged = tag(words);
  return (
    tagged.length > 0 &&
    tagged.length <= 8 &&
    tagged.at(-1)!.pos === 'NOUN' &&
    tagged.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
  );
}

const LEADING_CAPITALISED_WORDS = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/u;

/**
 * "The former chief prosecutor of the court, Luis Ocampo, published …": a definite description
 * that opens the sentence, set off by a comma, with the name in apposition after it: the name is
 * the subject (the comma after the name is checked where the name is read).
 */
const APPOSED_SUBJECT_BEFORE = /^[\s"“'‘]*[Tt]he\s+[^,.;:!?"“”]{1,80},\s*$/u;

/**
 * "C. Boyden Gray, who served …, ticked through the code: ''…,'' he said": a pronoun after the
 * person its own sentence opens with, who fits it, is that person. A name further in ("Asked
 * about Bush's record, he said") is no subject and leaves the pronoun to the sentences before.
 */
export function subjectOfSentence(pronoun: string, d: Discourse): { entity: Entity; setOff: boolean } | null {
  if (d.speakerAt <= d.unitStart) return null;
  const start = ownSentenceStart(d);
  const other = ANOTHER_ONE.exec(d.text.slice(start, d.speakerAt));
  if (other && SPEAKER_NOUN.test(other[1]!)) return { entity: textEntity(other[0].trim()), setOff: false };
  // "“The Great Return has begun,” he said": names inside the quote are what is said, not who says it.
  const quoteOpens = d.text.slice(start, d.speakerAt).search(/["“«]|''/u);
  const end = quoteOpens < 0 ? d.speakerAt : start + quoteOpens;
  const first = findPeople(d.text, start, end, new Map(d.surnames))[0];
  if (!first || !fitsPronoun(pronoun, genderOfMention(first, d))) return null;
  // "former chief prosecutor Luis Ocampo": a mention read with its lower-case title starts, as a
  // subject, at the name; the title is read with the words before it.
  const written = d.text.slice(first.start, d.speakerAt);
  const at = /^\p{Lu}/u.test(written) ? 0 : Math.max(0, written.indexOf(first.entity.name));
  const nameStart = first.start + at;
  const opening = d.text.slice(start, nameStart);
  const apposed = APPOSED_SUBJECT_BEFORE.test(opening);
  if (!apposed && !titleBeforeSubject(opening)) return null;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(nameStart, d.speakerAt));
  if (!name || /['’]s?$/.test(name[0])) return null;
  if (apposed && d.text[nameStart + name[0].length] !== ',') return null;
  // "Macron, he added, wanted …": a pronoun set off right after the subject tells who said the
  // clause that subject opens; it is someone else, named in the sentences before.
  if (/^\s*,\s*$/.test(d.text.slice(nameStart + name[0].length, d.speakerAt)))
    return { entity: first.entity, setOff: true };
  // "No Turk is going to sleep in it, he says": a pronoun put after a clause and its comma says
  // that clause; the name opening it is in what is said, like one inside a quote, not who says it.
  if (quoteOpens < 0 && /,\s*$/.test(d.text.slice(start, d.speakerAt))) return null;
  return { entity: first.entity, setOff: false };
}

/**
 * "Another diplomat put it more bluntly: … “…,” he said": a sentence opening with another one of
 * a kind is that other person's, never the last speaker's of that kind.
 */
const ANOTHER_ONE =
  /^["“]?(?:Another|A second|A third|One other|Yet another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s+\p{Ll})/u;

/**
 * A unit may hold sentences before the one carrying the quote ("Troops began to leave. X
 * confirmed it: “…,” he said"): the pronoun's sentence starts after the last full stop that
 * comes before the quote opens.
 */
const TURN_LABEL = /^\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,}){0,3}:\s+/u;

const SENTENCE_END_BEFORE_CAPITAL = /[.!?]\s+(?=\p{Lu})/gu;

export function ownSentenceStart(d: Discourse): number {
  const before = d.text.slice(d.unitStart, d.speakerAt);
  const open = before.search(/["“«]|''/u);
  const plain = open < 0 ? before : before.slice(0, open);
  let start = 0;
  for (const m of allMatches(SENTENCE_END_BEFORE_CAPITAL, plain)) start = m.index + m[0].length;
  // A transcript's turn label ("KENYON: He says …") is who talks, never the subject "he" points to.
  start += TURN_LABEL.exec(plain.slice(start))?.[0].length ?? 0;
  return d.unitStart + start;
}

export function lastMentioned(
  d: Discourse,
  fits: (e: Entity, at: number) => boolean,
  after = -1,
): Entity | null {
  d.readMentionsBefore(d.unit);
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start < after) break;
    if (fits(m.entity, m.start)) return m.entity;
  }
  return null;
}

export function hasWord(words: string | undefined, noun: string): boolean {
  if (!words) return false;
  const at = words.toLowerCase().indexOf(noun);
  // A whole word: "Secretary-General" does not hold "secretary".
  return (
    at >= 0 && !/[\p{L}-]/u.test(words[at - 1] ?? ' ') && !/[\p{L}-]/u.test(words[at + noun.length] ?? ' ')
  );
}
