import type { Entity, Statement } from '../types.ts';

/** A description brought in with an indefinite article: "An Armenian archbishop who …", "A Cardiff woman". */
const INDEFINITE = /^an?\s/i;
/** A role a body gives ("a spokesperson"): the body's to name (unnamedRoles.ts), not a title's. */
const BODY_ROLE = /^(?:spokes(?:person|man|woman)|representative|secretary)$/;
/** A relative clause after the description's noun: "… who has become the face of the protests". */
const RELATIVE = /^(?:who|whose|whom|that)\s/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const NAME_PARTICLE = /^(?:de|da|di|van|von|der|al|bin|ibn|la|le)$/;
/**
 * The next sentence opening on a full name with an age set off after it, the way a story brings in
 * the person its lead described: "Ani Petrosyan, 29, who works as a pharmacist, said …".
 */
const NAME_THEN_AGE = /^[\s"”’']*((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+),\s+\d{1,3},/u;

/** A person the text names in full ("Bagrat Galstanyan"), or the gazetteer's: someone, not a description. */
function named(e: Entity): boolean {
  if (e.kind !== 'person') return false;
  if (!e.id.startsWith('text:')) return true;
  const words = e.name.split(/\s+/);
  return words.length > 1 && words.every((w) => CAPITALISED.test(w) || NAME_PARTICLE.test(w));
}

/** The description an unnamed speaker was read as, when brought in with "a"/"an": its head and lower-case modifiers. */
function describedBy(s: Statement): { head: string; modifiers: string[] } | null {
  // The article makes it one someone, whatever kind its words were read as ("Leeds nurse" as many).
  if (
    !s.speaker.id.startsWith('text:') ||
    !/^(?:person|unknown|group)$/.test(s.speaker.kind) ||
    named(s.speaker)
  )
    return null;
  if (!INDEFINITE.test(s.mention)) return null;
  const words = s.speaker.name.split(/\s+/);
  const head = words.at(-1)!;
  // A head in capitals is a name's part, not a common noun ("A Foreign …" cut short).
  if (!/^\p{Ll}+$/u.test(head) || BODY_ROLE.test(head)) return null;
  // Place and nation words ("Armenian", "Cardiff") say where, which a title rarely repeats.
  const modifiers = words.slice(0, -1).filter((w) => /^\p{Ll}/u.test(w));
  // "A spokeswoman for the company": whose role it is, is the owner's (unnamedRoles.ts), and a
  // title alone ("Archbishop") does not say it; only a description ending at its noun, or in a
  // relative clause that tells who the person is, is one the title can fit.
  const at = s.mention.toLowerCase().indexOf(head);
  const after = at >= 0 ? s.mention.slice(at + head.length).trim() : null;
  if (after === null || (after !== '' && !RELATIVE.test(after))) return null;
  return { head, modifiers };
}

const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}]+/u));

/** Whether the statement's mention or role gives its person the description's noun and modifiers as a title. */
function titled(o: Statement, head: string, modifiers: readonly string[]): boolean {
  const words = wordsOf(`${o.mention} ${o.speaker.role ?? ''}`);
  return words.has(head) && modifiers.every((m) => words.has(m));
}

/**
 * A lead or deck that describes its speaker ("An Armenian archbishop who has become the face of the
 * protests told supporters …", "A Cardiff woman whose family is trapped says …") and a body that
 * names the person after ("Archbishop Bagrat Galstanyan said …", "Ani Petrosyan, 29, who works as …,
 * said …"): the description points forward to the name. Two ways the name is tied to it:
 * - the one named person whose title or role holds the description's noun and its lower-case
 *   modifiers ("archbishop" in "Archbishop Bagrat Galstanyan"), first quoted after the description;
 * - else the next sentence's speaker, introduced in full with an age set off after the name (the
 *   way a story brings in the person its lead described), when that is the description's next statement.
 * Any other named person in between, or two holders of the title, leave the description unnamed.
 */
export function nameDescribedSpeakers(text: string, statements: Statement[]): Statement[] {
  const renamed = new Map<Statement, Entity>();
  statements.forEach((s, i) => {
    const described = describedBy(s);
    if (!described || renamed.has(s)) return;
    const { head, modifiers } = described;
    const holders = new Map<string, Entity>();
    for (const o of statements)
      if (o !== s && named(o.speaker) && titled(o, head, modifiers)) holders.set(o.speaker.id, o.speaker);
    let person: Entity | null = null;
    if (holders.size === 1) {
      const holder = [...holders.values()][0]!;
      const first = statements.find((o) => o.speaker.id === holder.id && o.sentence >= 0);
      // Named before, "an archbishop" is another one: a writer points back with "the".
      if (first && (s.sentence < 0 || first.quote.start > s.quote.end)) person = holder;
    } else if (holders.size === 0 && s.sentence >= 0) {
      const introduced = NAME_THEN_AGE.exec(text.slice(s.context.end, s.context.end + 120));
      const name = introduced?.[1];
      const spoke = name ? statements.find((o) => named(o.speaker) && o.speaker.name === name) : undefined;
      // Quoted in the body before the description, the person is not who it brings in.
      if (
        spoke &&
        !statements.slice(0, i).some((o) => o.speaker.id === spoke.speaker.id && o.sentence >= 0 && !o.line)
      )
        person = spoke.speaker;
    }
    if (!person) return;
    renamed.set(s, person);
    // What the description says on ("the archbishop", "she") until another is brought in the same way.
    for (const o of statements.slice(i + 1)) {
      if (o.speaker.id !== s.speaker.id) continue;
      if (INDEFINITE.test(o.mention)) break;
      renamed.set(o, person);
    }
  });
  if (!renamed.size) return statements;
  return statements.map((s) => {
    const person = renamed.get(s);
    return person ? { ...s, speaker: person } : s;
  });
}
