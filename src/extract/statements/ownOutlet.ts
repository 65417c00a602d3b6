import { slug } from '../entities/normalise.ts';
import { countryOf, entityById } from '../entities/resolve.ts';
import type { Entity, Span } from '../types.ts';
import { keptPerText } from './keptPerText.ts';

/**
 * The outlet a document is from (as its metadata inferred it), for two readings:
 * - "Azernews reports", "Earlier, Sputnik Armenia reported": the outlet's own voice is the
 *   writer's, not a statement; "As Caliber.Az reports with reference to the ministry" is the ministry's.
 * - "the Defense Ministry" with no country in a national agency's copy is that country's ministry.
 */
export interface DocumentOutlet {
  /** Slugs of the outlet's spellings ("sputnik", "sputnik-armenia"). */
  names: Set<string>;
  /** The country of a national outlet, where the table below knows it. */
  country: Country | null;
  /** Names standing alone on a line of the document (a masthead, a sign-off), squashed: see ownLineName. */
  lines?: Set<string>;
}

type Country = 'AM' | 'AZ' | 'RU';

/**
 * National agencies and papers whose unqualified "the Defense Ministry" is their own country's:
 * state agencies (Armenpress, Azertac, TASS, RIA Novosti) and national private outlets writing for a
 * home audience (News.am, Trend, APA, Report, Interfax). Wire services and foreign outlets are left out:
 * Reuters' or the BBC's "the Defense Ministry" is whichever ministry the story is about.
 * Plain "Sputnik" is Russian; its Armenian and Azerbaijani editions name themselves so.
 */
const OUTLET_COUNTRY = new Map<string, Country>([
  ['armenpress', 'AM'],
  ['sputnik-armenia', 'AM'],
  ['news-am', 'AM'],
  ['hetq', 'AM'],
  ['civilnet', 'AM'],
  ['azertac', 'AZ'],
  ['trend', 'AZ'],
  ['apa', 'AZ'],
  ['report', 'AZ'],
  ['azernews', 'AZ'],
  ['caliber-az', 'AZ'],
  ['sputnik-azerbaijan', 'AZ'],
  ['tass', 'RU'],
  ['ria-novosti', 'RU'],
  ['interfax', 'RU'],
  ['sputnik', 'RU'],
]);

/** Each country's ministries by kind: "mod" (defence), "mfa" (foreign affairs), as the gazetteer names them. */
type MinistryKind = 'mod' | 'mfa';
const COUNTRY_SLUG: Record<Country, string> = { AM: 'armenia', AZ: 'azerbaijan', RU: 'russia' };

/** "Sputnik Armenia" for "Sputnik": a national edition the text names. */
const EDITION = /^(\p{Lu}[\p{L}.-]*) (Armenia|Azerbaijan)$/u;

/** A site's country by its host's national domain: "primeminister.am", "report.az", "kommersant.ru". */
const HOST_COUNTRY: Readonly<Record<string, Country>> = { am: 'AM', az: 'AZ', ru: 'RU' };

/**
 * A home outlet's country by the place its name holds: "The Moscow Times", "Azerbaijan State News
 * Agency", "the Armenian Service". A name for a region ("Caucasus") names no country.
 */
const PLACE_IN_NAME: [RegExp, Country][] = [
  [/\b(?:armenia|armenian|yerevan)\b/i, 'AM'],
  [/\b(?:azerbaijan|azerbaijani|baku)\b/i, 'AZ'],
  [/\b(?:russia|russian|moscow)\b/i, 'RU'],
];

/** The host of a site address, without "www.": "https://www.primeminister.am/en/" → "primeminister.am". */
function hostOf(url: string | null | undefined): string | null {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(url?.trim() ?? '')?.[1]?.toLowerCase();
  return host?.includes('.') ? host.replace(/^www\./, '') : null;
}

/**
 * The country an outlet the table does not list writes from, read from its metadata alone: the
 * site's national domain, else one country's place in its name. Two countries named: none.
 */
function countryFromMetadata(outlet: string | null, host: string | null): Country | null {
  const domain = host?.split('.').pop();
  if (domain && domain in HOST_COUNTRY) return HOST_COUNTRY[domain]!;
  if (!outlet) return null;
  const named = PLACE_IN_NAME.filter(([words]) => words.test(outlet)).map(([, country]) => country);
  return named.length === 1 ? named[0]! : null;
}

const OUTLET_NAME = '\\p{Lu}[\\p{L}\\d.-]*(?:\\s+(?:\\d+|\\p{Lu}[\\p{L}\\d.-]*))?';
/** The name as a text writes an outlet: bare, after "the", or in quotation marks ('the "Caucasian Knot"'). */
const NAMED = `(?:[Tt]he\\s+)?["“]?(${OUTLET_NAME})["”]?`;

/**
 * A name that recalls or explains its own reports: "As Izvestia wrote earlier", "As the "Caucasian
 * Knot" reported", "Earlier, Pravda.ru reported", "Lragir.am notes that", "In this Q&A, Crisis
 * Group explains".
 */
const RECALLS_OWN_REPORT = new RegExp(
  [
    `\\b(?:[Aa]s|[Ee]arlier,?)\\s+${NAMED}\\s+(?:(?:previously|earlier)\\s+)?(?:reported|wrote|informed)\\b`,
    `(?:^|[.!?,]\\s+|\\n)${NAMED}\\s+(?:notes|reminds|explains)\\s+(?:that|what|how|why)\\b`,
    // "According to Mashregh's report, …": a name whose report the text follows.
    `\\bAccording\\s+to\\s+${NAMED}['’]s?\\s+(?:latest\\s+)?report\\b`,
  ].join('|'),
  'gu',
);

/**
 * "told Izvestia", "reported to Unikal.org", "told the "Caucasian Knot"", "Kazinform's
 * correspondent", "the Caucasian Knot correspondent", "Pravda.ru asked the expert": a name that is
 * told the news, or asks for it.
 */
const TOLD_THE_NEWS = new RegExp(
  [
    `\\b(?:told|informed|reported\\s+to)\\s+${NAMED}`,
    `${NAMED}(?:['’]s?)?\\s+correspondent\\b`,
    `(?:^|[.!?]\\s+|\\n)${NAMED}\\s+asked\\s+(?:the\\s+|an?\\s+)?\\p{Ll}`,
  ].join('|'),
  'gu',
);

/**
 * "Fararu: Nasser Kanaani, the spokesman …, said that …": a name crediting a paragraph whose
 * first sentence has a speaker of its own is the copy's source line, as "(Reuters) -" is; a
 * speaker's label ("Kanaani: borders are a red line") is followed by the speaker's words instead.
 */
const CREDIT_LABEL = new RegExp(
  `(?:^|\\n)[ \\t]*(${OUTLET_NAME}):[ \\t]+\\p{Lu}[^\\n.!?:"“”]{0,240}?\\s(?:said|stated|announced|declared)\\s+that\\s`,
  'gu',
);

/** "According to Fararu, …": a name the text cites as its source. */
const ACCORDING_TO_NAME = new RegExp(`\\bAccording\\s+to\\s+(${OUTLET_NAME}),`, 'gu');

/**
 * The name that credits a paragraph (CREDIT_LABEL) and that the text cites by "According to":
 * either alone is as often a speaker's label or a source's name.
 */
function creditedOutlet(text: string): string[] {
  if (!text.includes('According to ')) return [];
  const credited = new Set<string>();
  for (const m of text.matchAll(CREDIT_LABEL)) credited.add(squashed(m[1]!));
  if (credited.size === 0) return [];
  const names: string[] = [];
  for (const m of text.matchAll(ACCORDING_TO_NAME))
    if (credited.has(squashed(m[1]!))) names.push(slug(m[1]!));
  return names;
}

/** The first name a match of several alternatives captured. */
const captured = (m: RegExpMatchArray): string => m.slice(1).find((g) => g !== undefined)!;

/**
 * The outlet a text without metadata names as itself: a name that both recalls or explains its
 * own reports and is told the news by sources (or has a correspondent, or asks an expert). Either
 * alone is as often another outlet the text cites ("As Reuters reported", "told Reuters"). The two
 * may spell it with or without its domain ("told Lragir", "Lragir.am notes"): both spellings name it.
 */
function outletNamedInText(text: string): Set<string> {
  const recalled = new Map<string, string[]>();
  for (const m of text.matchAll(RECALLS_OWN_REPORT)) {
    const name = captured(m);
    recalled.set(squashed(name), [...(recalled.get(squashed(name)) ?? []), slug(name)]);
  }
  const names = new Set<string>(creditedOutlet(text));
  // "Olaylar.az reminds that …": a site named by its web address giving background in the present
  // is the piece's own voice ("We remind that …"); another site is cited as reporting, not reminding.
  for (const m of text.matchAll(SITE_REMINDS)) names.add(slug(m[1]!));
  if (recalled.size === 0) return names;
  for (const m of text.matchAll(TOLD_THE_NEWS)) {
    const name = captured(m);
    const own = recalled.get(squashed(name));
    if (!own) continue;
    names.add(slug(name));
    for (const form of own) names.add(form);
  }
  return names;
}

const SITE_REMINDS =
  /(?:^|[.!?]\s+|\n)((?:\p{Lu}[\p{L}\d-]*)\.(?:az|am|ru|ge|kz|ir|com|net|org|info|news|tv))\s+(?:reminds|recalls|notes)\s+that\b/gu;

/** A line that is one name and nothing else: "BakuPost", "Qaynar.info", "Yeni Sabah". */
const NAME_LINE = new RegExp(`^[ \\t]*(${OUTLET_NAME})[ \\t]*$`, 'gmu');

/** A name with its spacing, punctuation and a site's domain left out: "Yeni Sabah" and "Yenisabah.az" alike. */
function squashed(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.(?:az|am|ru|ge|ir|info|com|org|net|news|tv)$/, '')
    .replace(/[^\p{L}\d]+/gu, '');
}

/**
 * A masthead opening the text with its rubric: "Espreso.TV World", "Caliber.Az Politics". A site's
 * name holds its domain's dot; a headline has words in lower case, the rubric only capitalised ones.
 */
const MASTHEAD = /^[ \t]*(\p{Lu}[\p{L}\d-]*\.\p{L}{2,6})(?:[ \t]+\p{Lu}[\p{L}&-]*){1,3}[ \t]*$/u;

/** The names standing alone on lines of the text, past its first line (a headline or section). */
function nameLines(text: string): Set<string> {
  const lines = new Set<string>();
  for (const m of text.matchAll(NAME_LINE)) if (m.index > 0) lines.add(squashed(m[1]!));
  const masthead = MASTHEAD.exec(text.slice(0, text.indexOf('\n') < 0 ? 200 : text.indexOf('\n')));
  if (masthead) lines.add(squashed(masthead[1]!));
  return lines;
}

export function documentOutlet(
  outlet: string | null | undefined,
  text: string,
  url?: string | null,
): DocumentOutlet | null {
  const host = hostOf(url);
  const own = slug(outlet || (host?.replace(/\.[a-z]+$/, '') ?? ''));
  const selfNamed = outletNamedInText(text);
  const lines = nameLines(text);
  if (!own) return selfNamed.size > 0 || lines.size > 0 ? { names: selfNamed, country: null, lines } : null;
  const names = new Set([own, ...selfNamed]);
  let country = OUTLET_COUNTRY.get(own) ?? countryFromMetadata(outlet ?? null, host);
  // A one-word outlet with a national edition named in the text is that edition.
  if (!own.includes('-')) {
    for (const edition of ['Armenia', 'Azerbaijan']) {
      const name = `${outlet} ${edition}`;
      if (!text.includes(name)) continue;
      names.add(slug(name));
      country = OUTLET_COUNTRY.get(slug(name)) ?? country;
    }
  }
  return { names, country, lines };
}

/** Right after an outlet's name, its own reporting: "… reports", "… has learned", "… reminds that". */
const OUTLET_TELLS =
  /^\s+(?:(?:has|had)\s+)?(?:reports|reported|writes|wrote|informs|informed|reminds|reminded|learned|learnt)(?![\p{L}])/u;
/** Right before it: "As Ukrinform reported", "Earlier, Znak reported". */
const OUTLET_RECALLS = /(?:\b[Aa]s|\b[Ee]arlier,?)\s+$/u;

/**
 * "…, BakuPost reports.", "As Ukrinform reported, …": a name the document prints alone on a line
 * of its own (its masthead or sign-off) telling the news in the body is the outlet's own voice, as
 * its metadata's name is (CONVENTIONS 11). Only a name no gazetteer entry holds, and only when it
 * reports: a line naming a person or a place, or a speaker's label, says nothing of who wrote.
 */
export function isOwnLineOutlet(
  speaker: Entity,
  mention: string,
  text: string,
  mentionAt: number,
  outlet: DocumentOutlet,
): boolean {
  if (!outlet.lines?.size || !speaker.id.startsWith('text:') || mentionAt < 0) return false;
  if (!outlet.lines.has(squashed(mention.replace(/^(?:the|as)\s+/i, '')))) return false;
  return (
    OUTLET_TELLS.test(text.slice(mentionAt + mention.length, mentionAt + mention.length + 24)) ||
    OUTLET_RECALLS.test(text.slice(Math.max(0, mentionAt - 12), mentionAt))
  );
}

/** Does the speaker name the document's own outlet ("Sputnik Armenia" in Sputnik's copy)? */
export function isOwnOutlet(speaker: Entity, mention: string, outlet: DocumentOutlet): boolean {
  // A person the gazetteer knows is never an outlet; the text reads an outlet's name as a person's.
  if (speaker.kind === 'person' && !speaker.id.startsWith('text:')) return false;
  const edition = EDITION.exec(speaker.name)?.[1];
  // "According to Mashregh's report": the outlet's own report is its own voice too.
  const named = mention.replace(/^(?:the|as)\s+/i, '').replace(OWN_REPORT, '');
  return (
    outlet.names.has(keptSlug(speaker.name)) ||
    outlet.names.has(keptSlug(named)) ||
    (edition !== undefined && outlet.names.has(keptSlug(edition)))
  );
}

/** "…'s report", "…'s reporting", "…'s website": what an outlet publishes, after its name. */
const OWN_REPORT = /['’]s?\s+(?:(?:latest|own)\s+)?(?:report(?:s|ing)?|website|site)$/i;

/** Every statement is asked about, and the same speakers and mentions recur: each is slugged once. */
const keptSlug = keptPerText(slug);

/** "Caliber.Az reports with reference to the Armenian Defence Ministry": the words naming the cited source. */
const CITING =
  /^\s+(?:reports|reported|informs|informed|writes|wrote)\s+(?:with reference to|citing|referring to)\s+/;

export function citedAfter(text: string, mentionEnd: number): string | null {
  const m = CITING.exec(text.slice(mentionEnd, mentionEnd + 60));
  if (!m) return null;
  const rest = text.slice(mentionEnd + m[0].length, mentionEnd + m[0].length + 90);
  const np = /^[^,;:.!?"“”]{3,80}/.exec(rest)?.[0].trim();
  return np || null;
}

/** "the Defense Ministry", "the Ministry of Foreign Affairs": no country named. */
const UNQUALIFIED_MINISTRY =
  /^(?:the\s+)?(?:(defen[cs]e|foreign)\s+ministry|ministry\s+of\s+(defen[cs]e|foreign\s+affairs))$/i;

export function unqualifiedMinistryKind(phrase: string): MinistryKind | null {
  const m = UNQUALIFIED_MINISTRY.exec(phrase);
  if (!m) return null;
  return /^defen/i.test(m[1] ?? m[2]!) ? 'mod' : 'mfa';
}

/**
 * The ministry an unqualified "the Defense Ministry" is, on evidence only: the one ministry of that
 * kind the text named with its country before, else the national outlet's own country's. Two
 * countries' ministries named before, or one that is not the outlet's, leave it unresolved (null).
 */
export function unqualifiedMinistry(
  kind: MinistryKind,
  earlier: readonly { entity: Entity }[],
  outlet: DocumentOutlet | null,
  spoke: () => readonly { entity: Entity; names: readonly string[] }[] = () => [],
): Entity | null {
  const named = new Set<string>();
  for (const m of earlier) if (m.entity.id.startsWith(`${kind}-`)) named.add(m.entity.id);
  const national = outlet?.country ? `${kind}-${COUNTRY_SLUG[outlet.country]}` : null;
  if (named.size > 1) return null;
  const [inText] = named;
  if (inText && national && inText !== national) return null;
  const id = inText ?? national ?? onlyCountrySpoke(kind, spoke);
  return id ? entityById(id) : null;
}

/**
 * "The Mine Action Agency of the Republic of Azerbaijan reported …. The Ministry of Defense
 * informed …": with no outlet country, the one country whose bodies spoke before owns the
 * ministry (a domestic report cites its own state's agencies). Agencies of two countries, or
 * none (the adversary named, or a government only, "Baku says"), leave it unresolved.
 */
/** "Mine Action Agency of the Republic of Azerbaijan": a body the gazetteer lacks, by the state its name holds. */
function countryInName(name: string): Country | undefined {
  // "Azerbaijani media", "sources in Baku": only a state body's name says which state reports.
  if (!STATE_BODY.test(name)) return undefined;
  const found = new Set(
    [...name.matchAll(/\b(Armenia|Azerbaijan|Russia)(?:n|i)?\b/g)].map((m) => STATE_COUNTRY[m[1]!]!),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

const STATE_BODY =
  /\b(?:Agency|Ministry|Committee|Service|Office|Council|Administration|Commission|Prosecutor)\b/;

const STATE_COUNTRY: Readonly<Record<string, Country>> = { Armenia: 'AM', Azerbaijan: 'AZ', Russia: 'RU' };

function onlyCountrySpoke(
  kind: MinistryKind,
  spoke: () => readonly { entity: Entity; names: readonly string[] }[],
): string | null {
  const countries = new Set<string>();
  for (const { entity, names } of spoke()) {
    // "The Ministry of Defence reported … [Azerbaijan's prosecutor spoke] … the Ministry of Defence
    // reported": the writer's bare name spoke before unplaced; it is the same body, still unplaced.
    if (entity.id.startsWith('text:') && unqualifiedMinistryKind(entity.name) === kind) return null;
    // "Baku says …": a state by its capital is as often the other side as the reporting one.
    if (entity.kind !== 'organisation' && entity.kind !== 'unknown') continue;
    const country = countryOf(entity) ?? countryInName(names.join(' '));
    if (country) countries.add(country);
  }
  const [only] = countries;
  const home = countries.size === 1 && only ? COUNTRY_SLUG[only as Country] : undefined;
  return home ? `${kind}-${home}` : null;
}

/**
 * "…, Kazinform's correspondent reports.", "…, the Khabar 24 correspondent reports.", "…, Tengrinews.kz correspondent reports from the
 * capital", "…, our correspondent reports from the site": an
 * outlet's correspondent reporting is the outlet telling the news in its own voice, no source's
 * statement (CONVENTIONS 11), whether or not the metadata names the outlet. Present tense, as
 * outlets name themselves; "a Reuters reporter said she saw …" is a witness and stays. The
 * correspondent's name in apposition changes nothing: "Vesti correspondent Igor Semyonov reports
 * from Goris that …", "CNN TÜRK Baku correspondent Elvin Quliyev reported that …" (a named
 * correspondent's report, past or present, is the outlet's).
 */
const CORRESPONDENT_REPORTS =
  /^(?:(?:our|its|the)\s+(?:[\p{Lu}\d][^\s,;:]{0,30}\s+){0,3}|[\p{Lu}][^,;:]{0,60}['’]s\s+|(?:[\p{Lu}\d][^\s,;:]{0,30}\s+){1,3})?(?:own\s+)?(?:special\s+)?correspondents?(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]+)?(\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?$/u;

export function isCorrespondentReport(text: string, mention: string, context: Span): boolean {
  const correspondent = CORRESPONDENT_REPORTS.exec(mention.trim());
  if (!correspondent) return apposedCorrespondentReports(text, mention, context);
  const at = text.indexOf(mention, context.start);
  if (at < 0 || at >= context.end) return false;
  const after = text.slice(at + mention.length, at + mention.length + 24);
  const before = text.slice(Math.max(context.start, at - 12), at);
  const tells = correspondent[1]
    ? /^\s+(?:reports|informs|reported|informed)(?![\p{L}])/u
    : /^\s+(?:reports|informs)(?![\p{L}])/u;
  return tells.test(after) || /(?:reports|informs)\s+$/u.test(before);
}

/** "Imedi's correspondent in Yerevan, |": an outlet's correspondent set off before the name. */
const CORRESPONDENT_BEFORE_NAME =
  /(?:^|\s)(?:our|its|[\p{Lu}][^,;:]{0,40}['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}?correspondents?(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]+)?,\s*$/u;

/**
 * "Imedi's correspondent in Yerevan, Nino Kavtaradze, reports that …": the name in apposition to
 * an outlet's correspondent is that correspondent, telling the news in the outlet's voice.
 */
function apposedCorrespondentReports(text: string, mention: string, context: Span): boolean {
  const at = text.indexOf(mention, context.start);
  if (at < 0 || at >= context.end) return false;
  const after = text.slice(at + mention.length, at + mention.length + 24);
  if (!/^,\s+(?:reports|informs|reported|informed)(?![\p{L}])/u.test(after)) return false;
  return CORRESPONDENT_BEFORE_NAME.test(text.slice(Math.max(context.start, at - 80), at));
}
