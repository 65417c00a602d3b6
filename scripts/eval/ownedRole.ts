import { textEntity } from '../../src/extract/entities/textEntity.ts';

/**
 * CONVENTIONS rule 6: someone's office, press service, spokesperson or family (rule 5: kin,
 * neighbour or lawyer, "his mother" → `text:mother`) is named in gold by
 * its own head noun ("his office" → `text:office`), while the product names it with its owner
 * ("Samvel Shahramanyan's office", id `text:samvel-shahramanyan-office`), so that /who-said finds
 * it under the owner's name and never gives its words as the owner's own. The strict line
 * credits such a gold id to a speaker the text names as that role OF an owner: a possessive or
 * "of"/"for" mention whose id ends with the role, or a relay through that role ("an ICRC
 * spokesperson": the ICRC via `text:icrc-spokesperson`). The gold does not say whose office it
 * was, so this credit does not check the owner: wrong owners are counted by the wrong-speaker
 * listing, not here.
 */

/** The role heads rule 6 names alone, each with every id ending the product gives it. */
const ROLE_ENDINGS: Record<string, RegExp> = {
  office: /-(?:press-)?office$/,
  'press-service': /-press-service$/,
  'press-office': /-press-office$/,
  spokesperson: /-spokes(?:person|man|woman)$/,
  spokesman: /-spokes(?:person|man)$/,
  spokeswoman: /-spokes(?:person|woman)$/,
  family: /-family(?:-in-[a-z-]+)?$/,
  representative: /-representative$/,
  // Row AK: one who heads a body ("its director", "the agency's head") is named in gold
  // by the head noun (rule 5 drops the possessive), the product with its owner, as a representative.
  director: /-director$/,
  head: /-head$/,
  chief: /-chief$/,
  // Row AI: a body's information, media or press centre is its press service ("the
  // foreign ministry's information center", "the information centre of the Ministry of …").
  ...Object.fromEntries(
    ['information', 'media', 'press'].flatMap((kind) =>
      ['center', 'centre'].map((spelling) => [
        `${kind}-${spelling}`,
        new RegExp(`(?:^text:|-)${kind}-cent(?:er|re)(?:-of-[a-z0-9-]+)?$`),
      ]),
    ),
  ),
  // CONVENTIONS 5 drops possessives from an unnamed person ("his mother" → `text:mother`); the
  // product names kin and counsel with their owner ("Davit's mother"), as it does an office.
  ...Object.fromEntries(
    [
      'mother',
      'father',
      'parents',
      'wife',
      'husband',
      'son',
      'daughter',
      'brother',
      'sister',
      'aunt',
      'uncle',
      'cousin',
      'niece',
      'nephew',
      'grandmother',
      'grandfather',
      'grandson',
      'granddaughter',
      'relative',
      'widow',
      'neighbour',
      'neighbor',
      'lawyer',
    ].map((kin) => [kin, new RegExp(`-${kin}$`)]),
  ),
};

/**
 * "his office", "the agency's spokesman", "the office of Deputy Prime Minister …", "a spokesperson
 * for …", "the Akorda press service" (a name before the role words owns them), and "the press
 * service" pointing back to one of those (the speaker's id then carries the owner); row AF: a
 * press service or spokesperson with its body's words before it ("A Watertown police
 * spokesperson", "a ministry spokesman", "the police press service").
 */
const OWNING_MENTION =
  /^(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s|['’]s?\s|\s(?:of|for)\s|\s\p{Lu}[\p{L}-]*\s+(?:press\s+)?(?:office|service|spokes(?:person|man|woman)|family)$|^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){1,4}(?:press\s+(?:service|office)|spokes(?:person|man|woman))$/u;
const BACK_REFERENCE =
  /^[Tt]he\s+(?:press\s+)?(?:office|service|spokes(?:person|man|woman)|family|representative)$/;

/**
 * CONVENTIONS row Z: people a text names as an owner's group ("the UN mission's members", "the
 * committee's delegation in Stepanakert", "members of the community in Akhalkalaki", "his
 * critics") are named in gold by the group's head noun alone (rule 5 drops possessives and
 * post-modifiers: `text:members`), while the product keeps the owner so that /who-said finds them
 * under it and a corpus's many "members" never merge. A one-word gold head for a group, not a body
 * (a ministry's owner is its country, rule R) nor one person (rule 5 keeps "Foreign Ministry
 * official" whole), is credited to an id that
 * carries the head after its owner, a seat or "of …" after it at most, or the head and its "of …".
 */
const kept = new Map<string, RegExp | null>();

function groupEnding(gold: string): RegExp | undefined {
  const head = gold.replace(/^text:/, '');
  let ending = kept.get(head);
  if (ending === undefined) {
    const kind = /^[a-z]{3,}$/.test(head) ? textEntity(head).kind : 'organisation';
    ending =
      kind !== 'group' && kind !== 'unknown'
        ? null
        : new RegExp(
            `^text:(?:[a-z0-9-]+-${head}(?:-(?:in|of|on|at|for|from)-[a-z0-9-]+)?|${head}-(?:of|for)-[a-z0-9-]+)$`,
          );
    kept.set(head, ending);
  }
  return ending ?? undefined;
}

/**
 * "It said …", "They told …", "The statement said …": a mention that only points back names no
 * role; the speaker it points to is read by its own name ("Ararat Mirzoyan's office").
 */
const POINTER = /^(?:it|they|he|she|the\s+(?:statement|release|press\s+release|report|communiqu[eé]))$/i;

export function ownedRoleMatches(
  gold: string,
  speakerId: string,
  mention: string,
  viaId?: string,
  speakerName?: string,
): boolean {
  const ending = ROLE_ENDINGS[gold.replace(/^text:/, '')] ?? groupEnding(gold);
  if (!ending || !gold.startsWith('text:')) return false;
  if (viaId?.startsWith('text:') && ending.test(viaId)) return true;
  if (!speakerId.startsWith('text:') || !ending.test(speakerId)) return false;
  const written = speakerName && POINTER.test(mention.trim()) ? speakerName : mention;
  return OWNING_MENTION.test(written) || BACK_REFERENCE.test(written);
}
