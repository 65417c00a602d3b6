import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { DATA_BY_WORDS, wordsExcept } from './lexicon.ts';

/**
 * A plural body each side has, with up to two words of its kind before it: "delimitation
 * commissions", "health ministries", "delegations". A ministry needs its portfolio; words that
 * name no kind of body ("own", "respective", "top") leave the phrase to other readings.
 */
const BODIES = String.raw`((?:(?!(?:own|respective|top|senior|two|both|the)\s)\p{Ll}[\p{Ll}-]*\s+){1,2}(?=ministries)|(?:(?!(?:own|respective|top|senior|two|both|the)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}(?=commissions|delegations|committees|parliaments))(ministries|commissions|delegations|committees|parliaments)`;

/**
 * "both sides", "the two defence ministries", "figures published by Baku and Yerevan", "the two
 * sides' figures", "the sides said": the two parties to the conflict, each a speaker of the same words (CONVENTIONS
 * 13). Figures or data before or after the phrase are what the sides published; the sides speak.
 */
const SIDES = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:(?:official|latest|own)\s+)?(?:figures|data|tallies|counts|statistics|estimates)\s+` +
    String.raw`(?:${wordsExcept(DATA_BY_WORDS)}\s+)?(?:by|from|of)\s+` +
    // "a joint statement by the two governments": the text's authors speak, each of them.
    String.raw`|(?:an?|the)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\s+(?:by|from|of)\s+)?` +
    String.raw`(?:(?:both|the\s+two)\s+(?:(sides|countries|governments|capitals)|(defen[cs]e\s+ministries|militaries|armies)|(foreign\s+ministries))` +
    String.raw`|(Baku\s+and\s+Yerevan|Yerevan\s+and\s+Baku)` +
    // "the sides agreed", "official data of the parties", "officials in both countries", "officials on both sides".
    String.raw`|the\s+(?:sides|parties)` +
    String.raw`|officials\s+(?:in|of|from|on)\s+(?:both|the\s+two)\s+(?:countries|sides|capitals)` +
    // "the two countries' defence ministries", "the Armenian and Azerbaijani foreign ministries",
    // "the defense ministries of both countries", "the foreign ministries of Armenia and Azerbaijan".
    String.raw`|(?:(?:both|the\s+two)\s+(?:countries|sides|nations)['’]\s+|(?:the\s+)?(?:Armenian\s+and\s+Azerbaijani|Azerbaijani\s+and\s+Armenian)\s+)` +
    String.raw`(?:(defen[cs]e\s+ministries|militaries|armies)|(foreign\s+ministries))` +
    String.raw`|(?:the\s+)?(?:(defen[cs]e\s+ministries|militaries|armies)|(foreign\s+ministries))\s+of\s+` +
    String.raw`(?:(?:both|the\s+two)\s+(?:countries|sides|nations)|Armenia\s+and\s+Azerbaijan|Azerbaijan\s+and\s+Armenia)` +
    // Any other body each side has: "the two countries' delimitation commissions", "the health
    // ministries of both countries", "border commissions from the two countries" (a ministry by its
    // portfolio, never "the ministries" bare).
    String.raw`|(?:both|the\s+two)\s+(?:countries|sides|nations)['’]\s+${BODIES}` +
    String.raw`|(?:the\s+)?${BODIES}\s+(?:of|from)\s+(?:(?:both|the\s+two)\s+(?:countries|sides|nations)|Armenia\s+and\s+Azerbaijan|Azerbaijan\s+and\s+Armenia))` +
    String.raw`(?:['’]\s*(?:(?:own|official)\s+)?(?:figures|data|tallies|counts|statistics|estimates))?$`,
  'iu',
);

/** SIDES's required words, with its flags (under /iu the Kelvin sign reads as "k"). */
const SIDES_WORD = /both|two|baku|yerevan|armenia|sides|parties/iu;

/** The pair each kind of phrase names, Armenian side first. */
const MEMBERS = {
  government: ['the Armenian government', 'the Azerbaijani government'],
  defence: ['the Armenian Defence Ministry', 'the Azerbaijani Defence Ministry'],
  foreign: ['the Armenian Foreign Ministry', 'the Azerbaijani Foreign Ministry'],
} as const;

/**
 * The two sides a phrase names, when the text is about Armenia and Azerbaijan (it names both);
 * null for any other phrase, or a text about another pair of countries.
 */
export function conflictSides(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  // Every phrase SIDES takes holds one of these words; the literal scan spares the pattern most phrases.
  if (!SIDES_WORD.test(phrase)) return null;
  const m = SIDES.exec(phrase.trim());
  if (!m || !/\bArmenia/.test(d.text) || !/\bAzerbaijan/.test(d.text)) return null;
  // "The parties said" alone may be political parties; their figures or data are the sides'.
  if (/^the\s+parties$/i.test(phrase.trim())) return null;
  const head = m[10] ?? m[12];
  if (head) {
    const kind = m[10] ? m[9]! : m[11]!;
    return eachSideBody(kind + head.replace(/ies$/, 'y').replace(/s$/, ''), phrase, d);
  }
  const names =
    m[2] || m[5] || m[7] ? MEMBERS.defence : m[3] || m[6] || m[8] ? MEMBERS.foreign : MEMBERS.government;
  const sides: ResolvedSpeaker[] = [];
  for (const name of names) {
    const entity = resolveEntityAt(name, d.at);
    if (!entity) return null;
    sides.push({ entity, mention: phrase, viaDocument: false });
  }
  return sides;
}

/**
 * Each side's body of one kind, "the Armenian delimitation commission" and "the Azerbaijani
 * delimitation commission": as the gazetteer knows it, else by that name (CONVENTIONS 3, 13).
 */
function eachSideBody(body: string, phrase: string, d: Discourse): ResolvedSpeaker[] {
  return ['Armenian', 'Azerbaijani'].map((side) => {
    const name = `${side} ${body}`;
    const known = resolveEntityAt(`the ${name}`, d.at);
    const entity = known && known.kind !== 'place' && known.kind !== 'person' ? known : textEntity(name);
    return { entity, mention: phrase, viaDocument: false };
  });
}
