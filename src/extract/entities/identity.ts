import type { Entity, Figure, Statement } from '../types.ts';
import { definedAbbreviations, initialsOf, writesWord } from './abbreviations.ts';
import { isPlaceName } from './countryNames.ts';
import { longestFullName } from './fullNames.ts';
import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';
import { normaliseName, slug } from './normalise.ts';
import { privateNamesake } from './privateNamesake.ts';
import { qualifiedBody } from './qualifiedBodies.ts';
import { countryOf, resolveEntityAt } from './resolve.ts';
import { PARTICLE_SURNAME, textEntity } from './textEntity.ts';

/**
 * One speaker, one entry, within a document. The text names one speaker in several ways; each
 * speaker gets one canonical entity (the fullest form the text writes, or the gazetteer's entry
 * when a form is one it knows), which records the other names the text uses for it (`aliases`):
 * - a name and the abbreviation the text defines for it ("the Mine Action Agency (ANAMA)" …
 *   "ANAMA said"), or an acronym of its initials the text writes ("Médecins Sans Frontières" … "MSF");
 * - a surname, or a shorter form of a full name, that the text writes out in full elsewhere
 *   ("Luis Moreno Ocampo" … "Ocampo wrote"); a full name the gazetteer knows after role words;
 * - a body with and without its country ("Armenia's health ministry", "the Armenian health
 *   ministry", "the health ministry"), when one country's body of that name is in play.
 * Precision first: when a short form fits two candidates (two Grigoryans, two countries'
 * ministries), nothing is merged. Linear in the document: a few indexOf scans per speaker.
 */
export interface DocumentIdentity {
  statements: Statement[];
  /** The canonical entity for an entity of this document (itself when nothing joined it). */
  canonical: (entity: Entity) => Entity;
}

const CAPITALISED_WORD = /^\p{Lu}/u;

export function identifySpeakers(text: string, statements: readonly Statement[]): DocumentIdentity {
  const identity = new Identity();
  for (const s of statements) {
    identity.see(s.speaker);
    if (s.via) identity.see(s.via);
  }
  if (identity.size === 0) return { statements: [...statements], canonical: (e) => e };
  joinFullNames(identity, text);
  joinAbbreviations(identity, text);
  joinQualifiedBodies(identity, text, statements);
  const canonical = (e: Entity) => identity.final(e);
  const described = describedBack(statements);
  const out = statements.map((s, i) => {
    const back = described.get(i);
    if (back) s = { ...s, speaker: back };
    const body = !s.via ? bodyBehind(s.speaker) : null;
    const speaker = canonical(body ?? s.speaker);
    const via = body ? canonical(s.speaker) : s.via && canonical(s.via);
    if (speaker === s.speaker && via === s.via) return s;
    const merged: Statement = { ...s, speaker };
    if (via && via.id !== speaker.id) merged.via = via;
    else delete merged.via;
    return merged;
  });
  return { statements: out, canonical };
}

/** "The official", "the diplomat": a definite description that points back to someone unnamed. */
const DESCRIBED_BACK =
  /^the\s+(official|source|diplomat|spokes(?:man|woman|person)|representative|aide|adviser|advisor|analyst|expert)$/i;

const ENDS_WITH_LOWER_CASE_WORD = / \p{Ll}+$/u;

/** A post named with its owner: "…'s director", "…'s press service". */
const OWNED_POST = /['’]s(?:\s+\p{Ll}+)+$/u;

/**
 * "A senior State Department official said … “…,” the official said": the second speaker is the
 * one the text introduced with that noun, never a body (the State Department) nor a bare
 * "official". By statement position; only when exactly one such person spoke before.
 */
function describedBack(statements: readonly Statement[]): Map<number, Entity> {
  const out = new Map<number, Entity>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const noun = DESCRIBED_BACK.exec(s.mention)?.[1]?.toLowerCase();
    if (!noun || (s.speaker.kind === 'person' && s.speaker.name.includes(' '))) continue;
    const introduced = new Map<string, Entity>();
    for (let j = 0; j < i; j++) {
      const e = statements[j]!.speaker;
      if (e.id.startsWith('text:') && e.kind === 'person' && ENDS_WITH_LOWER_CASE_WORD.test(e.name))
        if (normaliseName(e.name).endsWith(` ${normaliseName(noun)}`)) introduced.set(e.id, e);
    }
    if (introduced.size === 1) {
      const [e] = introduced.values();
      if (e!.id !== s.speaker.id) out.set(i, e!);
    }
  }
  return out;
}

/** The voice of a body, named by the body: "the Kremlin press service", "an ICRC spokesperson". */
const VOICE_OF = /^(.+?) (?:press service|press office|press secretary|spokesperson|representative)$/;

/**
 * The body a speaker speaks for, when its name is that of a body's voice and the gazetteer knows
 * the body ("the Kremlin press service", "An ICRC spokesperson in Yerevan"): the statement is the
 * body's, relayed by its voice (both named, as for any relay). Null otherwise: "a spokesperson"
 * alone, or a person's spokesman ("his spokesman" speaks for someone, not for a body).
 */
function bodyBehind(e: Entity): Entity | null {
  if (!e.id.startsWith('text:') || !/spokes|press|representative/i.test(e.name)) return null;
  const owner = VOICE_OF.exec(normaliseName(e.name))?.[1];
  const body = owner ? resolveEntityAt(owner, null) : null;
  return body && (body.kind === 'organisation' || body.kind === 'government') ? body : null;
}

/** Figures name their reporter by the same canonical entity as statements. */
export function identifyReporters(figures: readonly Figure[], canonical: (e: Entity) => Entity): Figure[] {
  return figures.map((f) => {
    const entity = f.reporter?.entity;
    const c = entity && canonical(entity);
    return c && c !== entity ? { ...f, reporter: { ...f.reporter!, entity: c } } : f;
  });
}

class Identity {
  /** The document's speakers by id, in order of appearance. */
  readonly byId = new Map<string, Entity>();
  private readonly into = new Map<string, string>();
  private readonly aliases = new Map<string, Set<string>>();
  private readonly finals = new Map<string, Entity>();

  get size(): number {
    return this.byId.size;
  }

  see(e: Entity): void {
    if (!this.byId.has(e.id)) this.byId.set(e.id, e);
  }

  root(id: string): string {
    let at = id;
    for (let next = this.into.get(at); next !== undefined && next !== at; next = this.into.get(at)) at = next;
    return at;
  }

  /** `id` is `to` (an entity of the document or one it adds); its name becomes an alias. */
  join(id: string, to: Entity): void {
    this.see(to);
    const from = this.root(id);
    const target = this.root(to.id);
    if (from === target) return;
    this.into.set(from, target);
    const merged = this.aliases.get(from);
    if (merged) for (const a of merged) this.alias(target, a);
    this.alias(target, this.byId.get(from)!.name);
  }

  alias(id: string, name: string): void {
    const root = this.root(id);
    let set = this.aliases.get(root);
    if (!set) this.aliases.set(root, (set = new Set()));
    set.add(name);
  }

  /** Entities the document joined into one, by root id. */
  entitiesOf(): Map<string, Entity[]> {
    const groups = new Map<string, Entity[]>();
    for (const [id, e] of this.byId) {
      const root = this.root(id);
      const g = groups.get(root);
      if (g) g.push(e);
      else groups.set(root, [e]);
    }
    return groups;
  }

  final(e: Entity): Entity {
    const root = this.root(e.id);
    let out = this.finals.get(root);
    if (!out) {
      const base = this.byId.get(root) ?? e;
      const given = this.aliases.get(root);
      const own = given ? normaliseName(base.name) : '';
      const aliases = given ? [...given].filter((a) => normaliseName(a) !== own) : [];
      out = aliases.length ? { ...base, aliases } : base;
      this.finals.set(root, out);
    }
    // The entity as given when nothing changes: gazetteer entities stay shared.
    return out.id === e.id && !out.aliases ? e : out;
  }
}

let entries: Map<string, GazetteerEntry> | null = null;

function gazetteerEntry(id: string): GazetteerEntry | undefined {
  entries ??= new Map(GAZETTEER.map((g) => [g.id, g]));
  return entries.get(id);
}

/** The gazetteer person a full name is (its own name or a spelling it lists), read as a name only. */
function knownPerson(name: string): Entity | null {
  let found = knownPeople.get(name);
  if (found === undefined) {
    if (knownPeople.size > 20_000) knownPeople.clear();
    knownPeople.set(name, (found = readKnownPerson(name)));
  }
  return found;
}

/** Names recur across documents: each is looked up once. */
const knownPeople = new Map<string, Entity | null>();

function readKnownPerson(name: string): Entity | null {
  const words = name.split(' ');
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const tail = words.slice(-n).join(' ');
    const found = resolveEntityAt(tail, null);
    if (found?.kind !== 'person') continue;
    const entry = gazetteerEntry(found.id);
    const key = normaliseName(tail);
    if (entry && [entry.name, ...entry.variants].some((v) => normaliseName(v) === key)) return found;
  }
  return null;
}

/** People the gazetteer lacks: a shorter form joins the one longest form the text writes. */
function joinFullNames(identity: Identity, text: string): void {
  for (const e of [...identity.byId.values()]) {
    // "von der Leyen": a surname with its particles is a person's, whatever else it was read as.
    const particled = e.id.startsWith('text:') && PARTICLE_SURNAME.test(e.name);
    if (!particled && (!e.id.startsWith('text:') || e.kind !== 'person' || !CAPITALISED_WORD.test(e.name)))
      continue;
    if (!particled && !/^[\p{Lu}][\p{L}’'.-]*(?: [\p{Lu}][\p{L}’'.-]*)*$/u.test(e.name)) continue;
    // "Indonesia hoped …" beside "Universitas Indonesia": a place's name is no one's surname.
    if (!particled && isPlaceName(e.name)) continue;
    const full = longestFullName(text, e.name) ?? e.name;
    const found = knownPerson(full);
    // "Armen Sargsyan, 41," in a text that writes none of the public figure's titles: a namesake.
    const known = found && !privateNamesake(found, full, text) ? found : null;
    if (known) {
      identity.join(e.id, known);
      continue;
    }
    if (full === e.name) continue;
    const person: Entity = { id: `text:${slug(full)}`, name: full, kind: 'person' };
    if (e.role) person.role = e.role;
    identity.join(e.id, identity.byId.get(person.id) ?? person);
  }
}

/**
 * The speakers of the document a name denotes: the same name, the entity it resolves to, or for a
 * body's name of two words or more, a body named by its last words ("State Demining Agency" for
 * "Azerbaijan's State Demining Agency": titles cut from the front of a mention), or by the name and
 * the one-word seat after it ("… in Bern").
 */
function denoted(identity: Identity, name: string): Entity[] {
  const key = normaliseName(name);
  const ids = new Set([resolveEntityAt(name, null)?.id, textEntity(name).id]);
  return [...identity.byId.values()].filter((e) => {
    if (ids.has(e.id)) return true;
    const own = normaliseName(e.name);
    return (
      own === key ||
      (e.kind !== 'person' && own.includes(' ') && key.endsWith(` ${own}`)) ||
      // "The Federal Department of Foreign Affairs (FDFA) in Bern said": the name and its seat.
      (e.kind !== 'person' && own.startsWith(`${key} in `) && !own.slice(key.length + 4).includes(' '))
    );
  });
}

function joinAbbreviations(identity: Identity, text: string): void {
  for (const { long, short } of definedAbbreviations(text)) {
    const longs = denoted(identity, long);
    const shorts = denoted(identity, short);
    if (!longs.length && !shorts.length) continue;
    const known = [...longs, ...shorts].find((e) => !e.id.startsWith('text:'));
    const written = long.replace(/^the\s+/i, '');
    // The article's own short form names the body throughout (CONVENTIONS 7): "ANAMA" for "the
    // Mine Action Agency (ANAMA)", "the agency" and "it", whichever form a statement uses.
    const id = `text:${slug(short)}`;
    const canonical: Entity = known ?? { id, name: written, kind: 'organisation' };
    // Shown under its name as written out, also where "ANDSA said" came first.
    if (!known) identity.byId.set(id, canonical);
    for (const e of [...longs, ...shorts]) identity.join(e.id, canonical);
    identity.alias(canonical.id, short);
  }
  // "Médecins Sans Frontières" … "MSF": an acronym of a name's initials that the text writes.
  const speakers = [...identity.byId.values()];
  const byName = new Map(speakers.map((e) => [e.name, e]));
  for (const e of speakers) {
    // "Azerbaijan's National Agency for Mine Action's director": a post of a body, whose capitals
    // spell the body's acronym ("ANAMA"), not its own.
    if (e.kind === 'place' || !e.name.includes(' ') || OWNED_POST.test(e.name)) continue;
    const initials = initialsOf(e.name);
    if (initials.length < 3 || initials.length > 6) continue;
    const named = byName.get(initials);
    const written = named ? named !== e && named.id.startsWith('text:') : writesWord(text, initials);
    if (!written) continue;
    // A body the gazetteer lacks is known by the short form the text writes (CONVENTIONS 7):
    // "MEA" for "the Ministry of External Affairs", shown under its name written out.
    if (e.id.startsWith('text:') && (e.kind === 'organisation' || e.kind === 'government')) {
      const canonical: Entity = { id: `text:${slug(initials)}`, name: e.name, kind: e.kind };
      identity.byId.set(canonical.id, canonical);
      identity.join(e.id, canonical);
    } else if (named) identity.join(named.id, e);
    identity.alias(e.id, initials);
  }
}

type Heads = { country: string | null; heads: Set<string> } | null;

/** Bodies recur across documents: each is read once (by id and name; bounded). */
const headsById = new Map<string, Heads>();

/** The heads a body is known by, with its country: its name's, and for a gazetteer body its spellings'. */
function headsOf(e: Entity): Heads {
  if (e.kind !== 'organisation' && e.kind !== 'government') return null;
  const key = `${e.id}\u0000${e.name}`;
  let heads = headsById.get(key);
  if (heads === undefined) {
    if (headsById.size > 20_000) headsById.clear();
    headsById.set(key, (heads = readHeads(e)));
  }
  return heads;
}

function readHeads(e: Entity): Heads {
  const known = !e.id.startsWith('text:');
  const names = known ? [e.name, ...(gazetteerEntry(e.id)?.variants ?? [])] : [e.name];
  const heads = new Set<string>();
  let country: string | null = known ? (countryOf(e) ?? null) : null;
  for (const n of names) {
    const q = qualifiedBody(n);
    if (!q) continue;
    heads.add(q.head);
    if (!known && q.country) country = q.country;
  }
  return heads.size ? { country, heads } : null;
}

/** The start of the paragraph before the one `at` stands in. */
function previousParagraphStart(text: string, at: number): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

/**
 * "According to the Russian Defence Ministry, … [another paragraph] … according to the Defence
 * Ministry": the bare name first speaks while the country's body is in view, i.e. that body spoke
 * before it in its paragraph or the one before. Further back, a writer's bare name is as often
 * its own country's body as the one named with a country (precision over recall).
 */
function speaksInView(
  id: string,
  named: ReadonlySet<string>,
  text: string,
  statements: readonly Statement[],
): boolean {
  const first = statements.findIndex((s) => s.speaker.id === id);
  if (first < 0) return true;
  const from = previousParagraphStart(text, statements[first]!.context.start);
  return statements.slice(0, first).some((s) => named.has(s.speaker.id) && s.context.start >= from);
}

/**
 * "Armenia's health ministry" and "the Armenian health ministry" are one body; "the health
 * ministry" is it too when it is the one health ministry of one country the document names.
 */
function joinQualifiedBodies(identity: Identity, text: string, statements: readonly Statement[]): void {
  const bodies: { e: Entity; country: string | null; heads: Set<string> }[] = [];
  // Only a body the gazetteer lacks is ever joined: most documents have none.
  let textBody = false;
  for (const e of identity.byId.values())
    if (e.id.startsWith('text:') && (e.kind === 'organisation' || e.kind === 'government')) textBody = true;
  if (!textBody) return;
  for (const e of identity.byId.values()) {
    const h = headsOf(e);
    if (h) bodies.push({ e, ...h });
  }
  if (bodies.length < 2) return;
  // Speakers in the order the document first has them speak.
  const order = new Map([...identity.byId.keys()].map((id, i) => [id, i]));
  const heads = new Set(bodies.filter((b) => b.e.id.startsWith('text:')).flatMap((b) => [...b.heads]));
  for (const head of heads) {
    const members = bodies.filter((b) => b.heads.has(head));
    if (members.length < 2) continue;
    const countries = new Set(members.map((b) => b.country).filter((c) => c !== null));
    const canonicalOf = new Map<string, Entity>();
    for (const country of countries) {
      const same = members.filter((b) => b.country === country);
      const known = new Set(same.filter((b) => !b.e.id.startsWith('text:')).map((b) => b.e.id));
      if (known.size > 1) continue;
      const canonical = known.size
        ? same.find((b) => known.has(b.e.id))!.e
        : same.reduce((a, b) => (normaliseName(b.e.name).length > normaliseName(a.e.name).length ? b : a)).e;
      canonicalOf.set(country, canonical);
      for (const b of same) if (b.e.id.startsWith('text:')) identity.join(b.e.id, canonical);
    }
    const only = countries.size === 1 ? canonicalOf.get([...countries][0]!) : undefined;
    if (!only) continue;
    // "the Ministry of Defense" points back: a country's ministry named only later is no antecedent.
    const first = Math.min(...members.filter((b) => b.country !== null).map((b) => order.get(b.e.id)!));
    const named = new Set(members.filter((b) => b.country !== null).map((b) => b.e.id));
    for (const b of members)
      if (
        b.country === null &&
        b.e.id.startsWith('text:') &&
        order.get(b.e.id)! > first &&
        speaksInView(b.e.id, named, text, statements)
      )
        identity.join(b.e.id, only);
  }
}
