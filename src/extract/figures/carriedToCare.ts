import type { CountedPhrase } from './categories.ts';

/**
 * People carried to care or shelter were evacuated, whatever the verb of carrying: "more than 700
 * patients, including about 90 children, have been transferred to Armenian hospitals", "had been
 * flown or driven to hospitals in Yerevan", "have been taken in at the contingent's base", "it has
 * transferred 37 patients in need of urgent care to hospitals in Armenia". The clause is read by its
 * parts: a verb of carrying (passive after the count, or active before it), then a destination that is
 * a place of care or shelter, or, for the sick and hurt, a named place. Soldiers, prisoners and bodies
 * carried somewhere are no evacuation: only civilians, patients and the hurt count.
 */

const CARRY = `(?:transferred|transported|taken|flown|driven|moved|brought|airlifted|carried|ferried|bused|bussed|relocated|rushed)`;
/** "flown or driven": two verbs of carrying joined. */
const CARRIED = String.raw`${CARRY}(?:\s+(?:or|and)\s+${CARRY})?`;
/** "including about 90 children," or "(most of them children)": an aside between the count and its verb. */
const ASIDE = String.raw`(?:\s*,[^.;:!?"“”]{1,80}?,|\s*\([^()]{1,80}\))?`;
/** What lies after the counted phrase: an optional short modifier ("in need of urgent care"), then the destination. */
const modifier = String.raw`(?:\s+(?:in|with|from|of|needing|requiring)\s+[^,.;:!?\d"“”]{1,40}?)?`;
const PASSIVE = String.raw`(?:\s+(?:have|has|had|were|was|are|is|been|being|since|already|later|then|now|so\s+far|safely|successfully|urgently|all))*?\s+(?:been|were|was|are|is|being)(?:\s+(?:safely|successfully|urgently|later|then|since))?`;

/**
 * A place of care or shelter: "Armenian hospitals", "hospitals in Yerevan", "the peacekeepers' base",
 * "shelters". Hospitals must be placed, in the plural: "taken to hospital", "to a hospital in the town" is local care.
 */
const HOSPITAL = String.raw`(?:hospitals|clinics|medical\s+(?:centres|centers|facilities))`;
const CARE_PLACE = String.raw`(?:(?:(?:the|a|an|their|its)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,2}${HOSPITAL}|(?:(?:the|a)\s+)?${HOSPITAL}\s+(?:in|across)\s+(?:\p{Lu}|the\s+capital\b)|(?:(?:the|a|an|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:base|bases|shelters?|(?:evacuation|reception|temporary|transit)\s+(?:centres?|centers?|camps?|points?))\b|safety\b|(?:safer?|secure)\s+(?:places|areas|locations|zones)\b)`;
/** A named place: "Armenia", "Yerevan", "the capital". */
const NAMED_PLACE = String.raw`(?:\p{Lu}[\p{L}'’-]+|the\s+(?:capital|mainland))`;
/** Where the sick and hurt were taken: a named place, or over a border ("across the border"). */
const PLACE_OR_ACROSS = String.raw`(?:(?:to|into)\s+${NAMED_PLACE}|across\s+(?:the|a)\s+(?:border|frontier|(?:front\s*)?line))`;

/** "have been transferred from the region to hospitals": where they were carried from, before where to. */
const ORIGIN = String.raw`(?:\s+from\s+[^,.;:!?\d"“”]{1,40}?)?`;
const PASSIVE_TO_CARE = new RegExp(
  String.raw`^${modifier}${ASIDE}${PASSIVE}\s+${CARRIED}(?:\s+in)?(?:\s+\p{Ll}+ly)?${ORIGIN}\s+(?:to|into|at)\s+${CARE_PLACE}`,
  'u',
);
const PASSIVE_TO_PLACE = new RegExp(
  String.raw`^${modifier}${ASIDE}${PASSIVE}\s+${CARRIED}(?:\s+\p{Ll}+ly)?${ORIGIN}\s+${PLACE_OR_ACROSS}`,
  'u',
);
/** "helped move", "helped to transfer": the base form of a verb of carrying after "help". */
const CARRY_BASE = `(?:transfer|transport|take|fly|drive|move|bring|airlift|carry|ferry|bus|relocate|rush)`;
const ACTIVE_BEFORE = new RegExp(
  String.raw`\b(?:(?:have|has|had)\s+(?:\p{Ll}+ly\s+|since\s+|already\s+|so\s+far\s+)*(?:${CARRY}|helped\s+(?:to\s+)?${CARRY_BASE})|help(?:s|ed|ing)?\s+(?:to\s+)?${CARRY_BASE})(?:\s+out)?\s+(?:(?:another|a\s+further|some|all)\s+)?$`,
  'iu',
);
/**
 * "its teams transferred four patients … to hospitals in Armenia", "it took 18 people to hospitals in Armenia": a
 * simple past, held to a place of care. "was able to transfer", "managed to move": an implicative verb in the past
 * tells its infinitive's carrying happened, as the simple past does.
 */
const PAST_BEFORE = new RegExp(
  String.raw`\b(?:${CARRY}|took|flew|drove|(?:(?:was|were)\s+able|managed)\s+to\s+${CARRY_BASE})\s+(?:(?:another|a\s+further|some|all)\s+)?$`,
  'iu',
);
/** ", including six children," or "(most of them children)" between those counted and where they went. */
const OBJECT_ASIDE = String.raw`(?:\s*,[^.;:!?"“”]{1,60}?,|\s*\([^()]{1,60}\))?`;
const ACTIVE_TO_CARE = new RegExp(
  String.raw`^${OBJECT_ASIDE}${modifier}${modifier}\s+(?:to|into)\s+${CARE_PLACE}`,
  'u',
);
const ACTIVE_TO_PLACE = new RegExp(
  String.raw`^${OBJECT_ASIDE}${modifier}${modifier}\s+${PLACE_OR_ACROSS}`,
  'u',
);

/**
 * "has facilitated the transfer of more than 600 patients", "had transferred 14 patients since June": a
 * transfer of the sick and hurt is a medical evacuation, wherever the text leaves them.
 */
const TRANSFER_OF =
  /\b(?:medical\s+)?(?:transfers?|transportation)\s+of\s+(?:(?:another|a\s+further|some|all|the)\s+)?$/i;
const PATIENTS_TRANSFERRED =
  /\b(?:have|has|had)\s+(?:\p{Ll}+ly\s+|since\s+|already\s+|so\s+far\s+)*(?:transferred|airlifted)\s+(?:(?:another|a\s+further|some|all)\s+)?$/iu;

/** Civilians and the hurt: those whose carrying to care or shelter is an evacuation. */
const CARRIED_HEADS = new Set([
  'patients',
  'people',
  'persons',
  'residents',
  'villagers',
  'civilians',
  'children',
  'women',
  'families',
  'wounded',
  'injured',
  'sick',
  'victims',
  'evacuees',
]);
/** The sick and hurt: carried to a named place, they were taken there for care. */
const MEDICAL_HEADS = new Set(['patients', 'wounded', 'injured', 'sick', 'victims']);
/** "30 of the people injured in the blast": a participle after the head names the hurt as an adjective before it does. */
const HURT_PARTICIPLE = /^\s+(?:injured|wounded|hurt)\b/;
/**
 * "had flown 12 wounded people … to a field hospital": the hurt flown anywhere were taken out for care, even to a
 * single hospital (driven "to a hospital in the town" they may have had only local care).
 */
const FLOWN_BEFORE =
  /\b(?:have|has|had)\s+(?:\p{Ll}+ly\s+|since\s+|already\s+|so\s+far\s+)*(?:flown|airlifted)(?:\s+out)?\s+(?:(?:another|a\s+further|some|all)\s+)?$/iu;
const FLOWN_TO = new RegExp(
  String.raw`^${OBJECT_ASIDE}${modifier}${modifier}\s+(?:to|into)\s+(?:the|a|an|their|its)?\s*\S`,
  'u',
);

/**
 * Whether those counted were carried to care or shelter, and told how: the passive after the phrase ("have been
 * transferred to hospitals") or an active verb with a perfect auxiliary before the number ("it has
 * transferred 37 patients … to hospitals in Armenia"). `before` ends where the number (or its hedge) starts.
 */
export function carriedToCare(
  sentence: string,
  counted: CountedPhrase,
  before: string,
): 'passive' | 'active' | null {
  const head = counted.head;
  if (!head || !CARRIED_HEADS.has(head)) return null;
  const participle = HURT_PARTICIPLE.exec(sentence.slice(counted.end, counted.end + 20));
  const medical = MEDICAL_HEADS.has(head) || counted.marker === 'wounded' || participle !== null;
  const clause = sentence.slice(counted.clauseFrom, counted.clauseFrom + 200);
  if (PASSIVE_TO_CARE.test(clause) || (medical && PASSIVE_TO_PLACE.test(clause))) return 'passive';
  if (medical && (TRANSFER_OF.test(before) || (head === 'patients' && PATIENTS_TRANSFERRED.test(before))))
    return 'active';
  const afterFrom = counted.end + (participle?.[0].length ?? 0);
  const after = sentence.slice(afterFrom, afterFrom + 160);
  if (medical && FLOWN_BEFORE.test(before) && FLOWN_TO.test(after)) return 'active';
  const active = ACTIVE_BEFORE.test(before)
    ? ACTIVE_TO_CARE.test(after) || (medical && ACTIVE_TO_PLACE.test(after))
    : PAST_BEFORE.test(before) && ACTIVE_TO_CARE.test(after);
  return active ? 'active' : null;
}
