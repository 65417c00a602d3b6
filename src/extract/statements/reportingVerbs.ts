/**
 * Reporting verbs of translated continental copy (French "indiquer", "préciser", "juger",
 * "considérer"; the same in Russian and Turkish agency English): "The ICRC indicated that …",
 * "the spokesperson specified on Monday that …", "the adviser judged that …". Without "that"
 * each names no saying ("indicated the route", "considered the request", "judged the contest"),
 * so the that-clause is part of the form; a day or a time word may stand between verb and
 * "that", as it does after "informed".
 */
const WHEN_BEFORE_THAT =
  '(?:(?:on|late|early|earlier|this|last)\\s+\\p{L}+\\s+|(?:today|yesterday|again|also|later|earlier)\\s+)?';

/**
 * A court that "indicates" measures or "considers that" gives its ruling and reasoning, the
 * document's own voice in an order or a judgment (CONVENTIONS 11), not a saying.
 */
const NOT_A_COURT = '(?<!(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Cc]hamber|[Pp]anel)\\s+(?:\\p{L}+\\s+)?)';

/** "Satellite images indicated that …", "the data indicate that …": evidence shows, no one says. */
const NOT_EVIDENCE =
  '(?<!(?:images?|imagery|footage|data|figures|numbers|statistics|results|findings|evidence|signs|records|readings|tests?|polls?|surveys?|analys[ie]s|estimates)\\s+(?:\\p{L}+\\s+)?)';

export const REPORTING_THAT_STEMS: readonly string[] = [
  `indicate|indicates|indicated ${NOT_A_COURT}${NOT_EVIDENCE}${WHEN_BEFORE_THAT}that`,
  `specify|specifies|specified|judge|judges|judged|consider|considers|considered ${NOT_A_COURT}${WHEN_BEFORE_THAT}that`,
  // "informed ISNA that …", "informed Armtimes that …": the outlet told, by name, is whom.
  "inform|informs|informed \\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}\\s+that",
];
