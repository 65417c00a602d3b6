import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity, trailingProperName } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { allMatchesNearCue } from './allMatches.ts';
import { keptPerText } from './keptPerText.ts';

/**
 * "The spokeswoman said …" after "Foreign Ministry spokeswoman Lena Varossian": a definite role
 * phrase is the person the text earlier named with that role, but only when exactly one person
 * in the text before holds it. Two holders, or none, leave the phrase to the other readings.
 */

/** Role phrases that stand for one person: "the spokeswoman", "the foreign minister", "the head of state". */
const ROLE_PHRASE =
  /^[Tt]he\s+(?:(\p{Lu}{2,5})\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:person|man|woman)|minister|president|premier|head of state|head of government|ambassador|envoy|governor|mayor|ombuds(?:man|woman|person)|commissioner|prosecutor(?:[- ]general)?|commander|chairman|chairwoman|press secretary|aide|adviser|advisor))$/u;

const INNER_TITLE_CAPITAL = /(?<=\s)\p{Lu}(?=\p{Ll})/gu;

/** A release's capitalised role ("The Ombudsman", "the NA President") read as the role words in lower case. */
function lowerRole(phrase: string): string {
  return phrase.replace(INNER_TITLE_CAPITAL, (c) => c.toLowerCase());
}

const WORD_INITIAL_CAPITAL = /(?<![\p{L}'’-])\p{Lu}/gu;

/** Does a role's complement ("of the National Assembly of the Republic of Armenia") spell the abbreviation ("NA")? */
function spells(complement: string, abbreviation: string): boolean {
  const initials = (complement.match(WORD_INITIAL_CAPITAL) ?? []).join('');
  return initials.includes(abbreviation);
}

/** Words before a role that make it another role: "prime minister" is no "minister". */
const OTHER_ROLE = /^(?:prime|vice|deputy|former|acting|ex|first|assistant|interim|late|then)$/i;

/** Words that make a role the complement of another: "secretary of the Prime Minister", "adviser to the President". */
const COMPLEMENT_BEFORE = /(?<![\p{L}-])(?:of|to|for)\s+(?:the\s+)?$/iu;

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";

/** Agency copy calls the president "the head of state" and the prime minister "the head of government". */
const TITLE_FOR: Record<string, string> = {
  'head of state': '(?:head of state|[pP]resident)',
  'head of government': '(?:head of government|[pP]rime [mM]inister|[pP]remier)',
};

/** The role words as a case-blind pattern; a spokesperson of either gender for the neutral word. */
function rolePattern(role: string): string {
  // "the Armenian head of government" is the holder written "Armenian Prime Minister …": the words
  // before the title stay, the title takes its other names.
  for (const [generic, title] of Object.entries(TITLE_FOR)) {
    const before = role.slice(0, role.length - generic.length);
    if (!role.toLowerCase().endsWith(generic) || (before && !/\s$/.test(before))) continue;
    return [...before.split(/\s+/).filter(Boolean).map(caseBlind), title].join('[\\s-]+');
  }
  const words = role.replace(/\s+/g, ' ').split(' ');
  const last = words.pop()!;
  const head = /^spokesperson$/i.test(last)
    ? 'spokes(?:person|man|woman)'
    : /^spokes(?:man|woman)$/i.test(last)
      ? `(?:${caseBlind(last)}|spokesperson)`
      : caseBlind(last);
  return [...words.map(caseBlind), head].join('[\\s-]+');
}

const ANY_LETTER = /\p{L}/gu;

function caseBlind(word: string): string {
  return word.replace(ANY_LETTER, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** The person a written name stands for, or null when it is no person's name. */
function personNamed(name: string): Entity | null {
  const known = resolveEntityAt(name, null);
  if (known) return known.kind === 'person' ? known : null;
  const proper = trailingProperName(`spokesperson ${name}`);
  if (!proper || proper.name !== name || !name.includes(' ')) return null;
  const entity = textEntity(name);
  return entity.kind === 'person' ? entity : null;
}

function wordBefore(text: string, at: number): string {
  return /([\p{L}-]+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
}

/** The index of the shape whose name is set off by nothing: "the President of the … Alen Simonyan received". */
const UNSET_OFF = 4;

/** The shapes a role and a name are written in, for one role; built once per role (matchAll copies them). */
const shapesByRole = new Map<string, RegExp[]>();
/**
 * The role's words alone, for one role: every shape holds them, so a text without them holds no
 * shape, and one cheap scan spares the five costly ones (most texts never name the role).
 */
const wordsByRole = new Map<string, RegExp>();
/** The role's words as a global pattern: every shape's match holds them (see allMatchesNearCue). */
const cues = new WeakMap<RegExp[], RegExp>();
/** Runs of white space a shape's match may hold before its role: three name words, the article, four more. */
const SPACES_BEFORE_ROLE = 8;

function roleShapes(role: string): RegExp[] {
  let shapes = shapesByRole.get(role);
  if (!shapes) {
    const r = rolePattern(role);
    if (wordsByRole.size > 1000) wordsByRole.clear();
    wordsByRole.set(role, new RegExp(r, 'u'));
    shapes = [
      // "Foreign Ministry spokeswoman Lena Varossian"
      new RegExp(`(?<![\\p{L}-])(?<role>${r})\\s+(?<name>${NAME})(?![\\p{L}])`, 'gdu'),
      // "The head of state, Ruben Tavrosyan,"
      new RegExp(`(?<![\\p{L}-])(?<role>${r}),\\s+(?<name>${NAME}),`, 'gdu'),
      // "Lena Varossian, the ministry's spokeswoman"
      new RegExp(
        `(?<name>${NAME}),\\s+(?:the|a|an)\\s+(?:(?!(?:of|for|to|with|and|or)\\s)[\\p{L}'’-]+\\s+){0,4}?(?<role>${r})(?![\\p{L}-])`,
        'gdu',
      ),
      // "the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Sabina Aliyeva,"
      new RegExp(
        `(?<![\\p{L}-])(?<role>${r})\\)?(?<of>\\s+(?:of|for)\\s[^.;:!?\\n,]{3,90}?),\\s+(?<name>${NAME}),`,
        'gdu',
      ),
      // "the President of the National Assembly of the Republic of Armenia Alen Simonyan received"
      new RegExp(
        `(?<![\\p{L}-])(?<role>${r})(?<of>\\s+of\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*|of|the)\\s+){1,10}?)(?<name>\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)(?=\\s+(?!(?:of|the|and)\\s)\\p{Ll})`,
        'gdu',
      ),
    ];
    if (shapesByRole.size > 1000) shapesByRole.clear();
    shapesByRole.set(role, shapes);
    cues.set(shapes, new RegExp(r, 'gu'));
  }
  return shapes;
}

/** The role a "the …" phrase names, with the abbreviation before it ("the NA President"); null for none. */
function readRole(phrase: string): { role: string; abbreviation: string | undefined } | null {
  const found = ROLE_PHRASE.exec(lowerRole(phrase));
  const role = found?.[2];
  return role ? { role, abbreviation: found[1] } : null;
}

/** A few role phrases ("the spokeswoman", "the minister") are most of the thousands asked about. */
const roleOf = keptPerText(readRole);

/** The one person `text` names with the role of `phrase` ("the spokeswoman"), else null. */
export function roleHolderInText(phrase: string, text: string): Entity | null {
  // Most speakers are no "the …" phrase: they never pay for the lower-casing.
  if (!/^[Tt]he\s/.test(phrase)) return null;
  const found = roleOf(phrase);
  if (!found) return null;
  // "the NA President": only a holder whose role's complement spells the abbreviation.
  const { role, abbreviation } = found;
  const holders = new Map<string, Entity>();
  const shapes = roleShapes(role);
  const cue = cues.get(shapes)!;
  if (wordsByRole.get(role)?.test(text) === false) return null;
  for (const [i, shape] of shapes.entries()) {
    for (const m of allMatchesNearCue(shape, text, cue, SPACES_BEFORE_ROLE)) {
      if (abbreviation && !spells(m.groups!.of ?? '', abbreviation)) continue;
      const name = m.groups!.name!;
      const roleAt = m.indices?.groups?.role?.[0] ?? m.index!;
      // "Prime Minister Nikol Pashinyan" holds no "minister" of its own; "the prime minister" names it whole.
      const before = wordBefore(text, roleAt);
      if (OTHER_ROLE.test(before) && !role.toLowerCase().split(' ').includes(before.toLowerCase())) continue;
      // "Press secretary of the Prime Minister Nazeli Baghdasaryan": the role is whose secretary she is.
      if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, roleAt - 12), roleAt))) continue;
      // "… Assistance in Mine Action, the Commissioner …": a name after a preposition ends an adverbial.
      const nameAt = m.indices?.groups?.name?.[0] ?? m.index!;
      if (nameAt < roleAt && /^(?:in|on|at|of|for|from|to|with|by)$/i.test(wordBefore(text, nameAt)))
        continue;
      const person = personNamed(name);
      // With no comma to set the name off, only a name the gazetteer knows is sure to be one.
      if (!person || (i === UNSET_OFF && person.id.startsWith('text:'))) continue;
      const surname = person.name.split(' ').pop()!;
      // "Lena Varossian" and a later "spokeswoman Varossian" are one holder.
      const same = [...holders.values()].find((h) => h.name.split(' ').pop() === surname);
      if (!same) holders.set(person.id, person);
      if (holders.size > 1) return null;
    }
  }
  return holders.size === 1 ? holders.values().next().value! : null;
}
