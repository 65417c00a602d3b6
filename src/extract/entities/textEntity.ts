import { TENS, UNITS } from '../numberWords.ts';
import type { Entity, EntityKind } from '../types.ts';
import { KIN_WORDS, wordsExcept } from '../wordLists.ts';
import { CAPITAL_COUNTRY, OWNER_DEMONYM } from './demonyms.ts';
import { slug } from './normalise.ts';
import { speakerWordsOf } from './speakerWords.ts';

/** Words that open a name run but are titles, not the name: "Department Spokesperson Jane Doe". */
const TITLE_CAPITALS = new Set([
  'President',
  'Prime',
  'Minister',
  'Foreign',
  'Secretary',
  'State',
  'Department',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'General',
  'Gen.',
  'Ambassador',
  'Deputy',
  'Chief',
  'Head',
  'Adviser',
  'Advisor',
  'Senator',
  'Sen.',
  'Colonel',
  'Col.',
  'Major',
  'Lieutenant',
  'Commander',
  'Professor',
  'Prof.',
  'Defense',
  'Defence',
  'Ministry',
  'Press',
  'Service',
  'Office',
  'Administration',
  'Former',
  'Acting',
  'Vice',
  'Mayor',
  'Governor',
  'Speaker',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Chairperson',
  // Shared and second chairs written with a hyphen ("HDP Co-Chair A. Doe", "Vice-Speaker A. Doe").
  'Co-Chair',
  'Co-Chairman',
  'Co-Chairwoman',
  'Co-Chairperson',
  'Vice-Chair',
  'Vice-Chairman',
  'Vice-Chairwoman',
  'Vice-Chairperson',
  'Vice-President',
  'Vice-Speaker',
  'Commissioner',
  'Ombudsman',
  'Ombudswoman',
  'Ombudsperson',
  'Envoy',
  // Diplomatic ranks before a name ("Consul Tsendiin Enkhjargal", "Foreign Affairs Undersecretary Eduardo de Vega").
  'Consul',
  'Undersecretary',
  'Representative',
  'Special',
  'Rep.',
  'Congressman',
  'Congresswoman',
  'Captain',
  'Capt.',
  'Sergeant',
  'Sgt.',
  'Admiral',
  'Marshal',
  'Lt.',
  'Maj.',
  'Bishop',
  'Archbishop',
  'Patriarch',
  'Catholicos',
  'Judge',
  'Emir',
  'Sheikh',
  'Chancellor',
  'Councillor',
  'Councilor',
  'Councilman',
  'Councilwoman',
  // US local and state offices written as one word before the name ("Councilmember A. Doe").
  'Councilmember',
  'Assemblymember',
  'Assemblyman',
  'Assemblywoman',
  'Alderman',
  'Alderwoman',
  'Supervisor',
  'Sheriff',
  'Selectman',
  'Reporter',
  'Correspondent',
  'Pastor',
  // A priest's title before his name ("Father Vahan"); kin is written in lower case ("his father").
  'Father',
  'Reverend',
  'Rev.',
  'Rabbi',
  'Imam',
  // A Shia cleric's rank before his name ("Ayatollah Hossein Karimi"), as "Imam" and "Sheikh".
  'Ayatollah',
  'Hojatoleslam',
  'Premier',
  'Leader',
  'Defender',
  'Opposition',
  'Parliament',
  'Parliamentary',
  'Presidential',
  'Regional',
  'Military',
  'Political',
  'Analyst',
  'Expert',
  'Senior',
  // Abbreviated titles of wire, parliamentary, military, police and church copy ("Del.", "Lt. Col.",
  // "Det. Insp.", "Msgr."), plural ones before a pair of names ("Sens. A and B") and UK forms without a dot.
  'Gov.',
  'Del.',
  'Sens.',
  'Reps.',
  'Senators',
  'Representatives',
  'Governors',
  'Congressmen',
  'Congresswomen',
  'Govs.',
  'Dels.',
  'Gens.',
  'Col',
  'Brig.',
  'Brig',
  'Maj',
  'Lt',
  'Sgt',
  'Cpl.',
  'Pvt.',
  'Spc.',
  'Pfc.',
  'Amb.',
  'Atty.',
  'Msgr.',
  'Fr.',
  'Cmdr.',
  'Cdr.',
  'Adm.',
  'Supt.',
  'Supt',
  'Insp.',
  'Insp',
  'Det.',
  'Ald.',
  'Cllr',
  'Cllr.',
  'Hon.',
  'Pres.',
  'Sec.',
  'Asst.',
  'Dep.',
  // Agency and company titles ("UNICEF Executive Director", "IMF Managing Director", "USAID Administrator")
  // and plural titles before names written together ("Foreign Ministers A of Armenia and B of Azerbaijan").
  'Executive',
  'Managing',
  'Director',
  'Director-General',
  'Administrator',
  'Coordinator',
  'Ministers',
  'Presidents',
  // A committee's minority leader in a hearing write-up: "Ranking Member Pete Ricketts (R-Neb.)".
  'Ranking',
  'Member',
]);

/**
 * A title word, also a compound of title words joined by hyphens ("Secretary-General",
 * "Governor-General", "Deputy-Director"): the compound is one title, as its parts are.
 */
function isTitleCapital(word: string): boolean {
  if (TITLE_CAPITALS.has(word)) return true;
  const parts = word.split('-');
  return (
    parts.length > 1 && parts.every((part) => TITLE_CAPITALS.has(part) || part === 'Co' || part === 'Ex')
  );
}

/** An abbreviation in capitals ("MP", "PM", "OSCE") qualifies a name; it is never part of one. */
const ABBREVIATION = /^\p{Lu}{2,}\.?$/u;
/**
 * Abbreviated titles before one name ("PM Pashinyan", "FM Bayramov", "MEP Loiseau"); any other
 * capitals alone before one word name a body and its branch ("UNICEF Armenia", "ANC Australia").
 */
const TITLE_ABBREVIATION = /^(?:PM|FM|DPM|MP|MEP|MK|CEO|SG|DG|UNSG|GEN|COL|LT|SEN|REP)\.?$/;

/** Heads that make an unnamed speaker a person ("one local official", "an aid worker"). */
const PERSON_NOUNS =
  /\b(?:official|officer|person|worker|resident|witness|spokesperson|spokesman|spokeswoman|representative|diplomat|source|man|woman|mother|father|doctor|nurse|soldier|journalist|reporter|analyst|expert|activist|volunteer|refugee|driver|teacher|priest|student|farmer|commander|minister|ambassador|envoy|adviser|advisor|aide|lawmaker|mp|deputy|leader|head|chief|director|coordinator|correspondent|survivor|villager|pensioner|neighbou?r|guard|ombudsman|ombudsperson|governor|mayor|defender|sister|brother|son|daughter|wife|husband|widow|widower|relative|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandson|granddaughter|sibling|parent|friend|colleague|participant|panel(?:l)?ist|speaker|moderator|attendee|delegate|researcher|scholar|professor|judge|lawyer|commentator|blogger|surgeon|physician|paramedic|medic|economist|engineer|historian|peacekeeper|shepherd|deminer|shopkeeper|trader|businessman|businesswoman|employee|staffer|policeman|policewoman|serviceman|veteran|pilot|citizen|voter|scientist|negotiator|mediator|cleric|migrant|evacuee|returnee|photographer|editor|columnist|host|presenter|anchor|owner|manager|founder|candidate|campaigner|protester|pharmacist|dentist|baker|butcher|mechanic|electrician|builder|miner|tailor|barber|waiter|waitress|cashier|clerk|librarian|firefighter|rescuer|translator|interpreter|accountant|programmer|musician|singer|artist|painter|sculptor|writer|poet|novelist|filmmaker|actor|actress|chef|cook)\b/i;
const GROUP_NOUNS =
  /\b(?:officials|residents|witnesses|sources|persons|prosecutors|investigators|refugees|soldiers|protesters|activists|people|politicians|diplomats|commentators|critics|villagers|doctors|analysts|experts|observers|families|volunteers|journalists|lawmakers|deputies|locals|survivors|evacuees|authorities|leaders|relatives|parents|mothers|wives|sons|daughters|states|countries|capitals|governments|allies|aides|advisers|advisors|spokespeople|organisers|organizers|colleagues|ministers|officers|workers|participants|panel(?:l)?ists|speakers|attendees|delegates|researchers|scholars|judges|lawyers|bloggers|surgeons|physicians|paramedics|medics|economists|engineers|historians|peacekeepers|shepherds|deminers|shopkeepers|traders|businessmen|employees|staffers|policemen|servicemen|veterans|citizens|voters|scientists|negotiators|mediators|clerics|migrants|returnees|nurses|drivers|teachers|students|farmers|pensioners|representatives|users|police)\b/i;
/** People named by their nation, as a group: "Armenians (in Auckland)", "Georgians", "Azerbaijanis". */
const NATION_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|anis)$/u;
const ORGANISATION_NOUNS =
  /\b(?:ministry|service|office|department|agency|committee|council|government|administration|embassy|mission|organisation|organization|commission|society|association|party|parliament|army|forces|statement|press|media|channel|website|newspaper|union|group|fund|bank|company|charity|foundation|centre|center|radio|television|tv)\b/i;

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;
/** One word that is a person noun: "Farmer", "Teacher", "Organizer". */
const PERSON_NOUN_WORD = new RegExp(`^(?:${PERSON_NOUNS.source}|organi[sz]er)$`, 'i');

/** Whether one word is a noun for a single person: "nurse", "mechanic", "Teacher". */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUN_WORD.test(word);
}

function isNameWord(word: string): boolean {
  return (
    CAPITALISED.test(word) && !isTitleCapital(word) && !ABBREVIATION.test(word) && !PLURAL_ACRONYM.test(word)
  );
}

/** "MPs", "NGOs", "IDPs": an acronym with a plural's "s" is a common noun for many, never a name. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Words that open a description without being part of what it describes: "one local official", "some residents". */
const QUANTIFIER =
  /^(?:(?:an?|one|some|two|three|four|five|six|seven|eight|nine|ten|several|many|few|a few|other|another|both|most|all|more|certain|dozens of|hundreds of|thousands of)\s+)+/i;

const PARTITIVE =
  /^(?:one|two|three|four|five|several|some|many|few|a few|most|both|each|none|any)\s+of\s+(?:his|her|its|their|the|our|your)\s+(?=\p{L})/iu;

/** Nouns that need their "of …" to name anyone: "head of state", "member of parliament", "the Armenian head of government". */
const RELATIONAL_HEAD =
  /^(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:[Hh]ead|[Cc]hief|[Mm]ember|[Pp]art|[Dd]epartment|[Rr]epresentative|[Gg]roup|[Cc]oalition|[Tt]eam|[Dd]elegation|[Aa]ssociation|[Nn]etwork|[Uu]nion)$/u;

/** One member of a group the text names with a determiner: "a member of the party's board", "one member of its staff". */
const ONE_OF_MANY =
  /^(?:an?|one|another)\s+\p{L}+\s+of\s+(?:the|his|her|its|their|our|\p{Lu}[\p{L}-]*['’]s?)\s/iu;

/** Where the head of a description ends: before "of/from/in …", a relative clause or a comma. */
const POST_MODIFIER =
  /\s+(?:of|from|at|in|on|for|with|near|close to|inside|within|familiar with|involved in|who|whom|whose|which|that|living|based|present\s+(?:at|in|during|for))\s.*$|\s*[,(].*$/i;

/** A role that speaks for a body the text names in capitals: "spokeswoman for the Department of Health". */
const SPEAKS_FOR_BODY =
  /^(?:(?:senior|chief|official)\s+)?(spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’-]*))*)$/u;

/** Anonymous sourcing by what the people know: "two people familiar with the talks". */
const IN_THE_KNOW = /^(?:[\p{L}-]+\s+){0,2}?(?:people|persons?)\s+familiar\s+with\s+(?:the\s+)?[\p{L}-]+/iu;

/**
 * The description an unnamed speaker is filed under: its head noun with the adjectives before
 * it, without a quantifier or what follows the head. "One local official", "a local official
 * who asked not to be named" → "local official"; "Residents of Stepanakert" → "Residents".
 * The words as written stay in the statement's mention; many people share a description.
 */
function descriptionHead(description: string): string {
  // "two of his aides", "one of the organisers": the part of a group is described by the group.
  const partitive = PARTITIVE.exec(description);
  if (partitive) description = description.slice(partitive[0].length);
  // "people familiar with the matter": without what they know, "people" names no one.
  const inTheKnow = IN_THE_KNOW.exec(description)?.[0];
  if (inTheKnow) return inTheKnow.replace(QUANTIFIER, '').trim();
  // "a spokesman for the Armenian Youth Council": one who speaks for a body is filed with it (the
  // office of its owner, CONVENTIONS 6), or every body's spokesman would be one speaker.
  const speaksFor = SPEAKS_FOR_BODY.exec(description.replace(QUANTIFIER, ''));
  if (speaksFor) return `${speaksFor[2]} ${speaksFor[1]}`;
  const head = description.replace(POST_MODIFIER, '').replace(QUANTIFIER, '').trim();
  // "the head of state", "a member of parliament": a relational noun alone names no one; it keeps its complement.
  // "A member of the church's council" is one of many, not named by them: its head alone (CONVENTIONS 5).
  if (RELATIONAL_HEAD.test(head) && !ONE_OF_MANY.test(description))
    return description
      .replace(/\s*[,(].*$/, '')
      .replace(QUANTIFIER, '')
      .trim();
  return head ? plainDescription(head) : description;
}

/** A nationality or a polity before a description's head: "Armenian", "Western", "US", "EU". */
const DEMONYM =
  /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)|Western|Eastern|French|Greek|Dutch|Swiss|Czech|Thai|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen|U\.?S\.?|UK|EU)$/u;

/**
 * Words that rank, date, count or veil a description, not what it is: "a senior official", "an elderly man", "a
 * 38-year-old mother", "the second witness", "an unnamed source", "an informed source".
 */
const RANK_OR_AGE =
  /^(?:senior|junior|top|high-ranking|high-level|\d+-year-old|elderly|first|second|third|fourth|fifth|unnamed|anonymous|informed|well-informed)$/i;

const LOWER_CASE_START = /^\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * A description's words before its head, as golds and readers name an unnamed speaker: without
 * rank or age, with its classifying words (CONVENTIONS.md rule 5): nationality, institution and
 * field ("A senior Japanese Foreign Ministry official" → "Japanese Foreign Ministry official",
 * "Armenian border officials", "a Western diplomat"). Who the text says spoke includes what kind
 * of official it was.
 */
function plainDescription(head: string): string {
  const words = head.split(/\s+/);
  // "The Insider's sources", "our sources": whom sources talk to is no part of who they are (CONVENTIONS 5).
  let owner = -1;
  words.forEach((w, i) => {
    if (/['’]s?$/.test(w) || /^(?:our|my|their|its)$/i.test(w)) owner = i;
  });
  if (owner >= 0 && owner < words.length - 1 && /^sources?$/i.test(words.at(-1)!))
    return plainDescription(words.slice(owner + 1).join(' '));
  // "Antonio Guterres's spokesman": whose it is says who it is.
  if (words.length < 2 || words.some((w) => /['’]s?$/.test(w))) return head;
  const noun = words.pop()!;
  // "ambassador to Russia": a head with its complement is left as written.
  if (!LOWER_CASE_START.test(noun)) return head;
  const kept = words.filter((w) => !RANK_OR_AGE.test(w));
  // "an ICRC spokesperson": a body known by its letters speaks through them (the relay keeps both);
  // its rank is dropped all the same ("a senior OSCE official" → "OSCE official", CONVENTIONS 5).
  if (words.some((w) => ABBREVIATION.test(w) && !DEMONYM.test(w)))
    return kept.length === words.length ? head : [...kept, noun].join(' ');
  return [...kept, noun].join(' ');
}

function cleanMention(mention: string): string {
  return mention.replace(/^[\s,:;"“”‘’'(]+|[\s,:;"“”‘’')]+$/g, '').replace(/\s+/g, ' ');
}

/** Lower-case role nouns a surname may follow: "spokesman Peskov", "governor Mentarian". */
const ROLE_BEFORE_NAME =
  /^(?:spokes(?:person|man|woman)|minister|governor|mayor|ambassador|envoy|expert|analyst|adviser|advisor|aide|official|leader|commander|president|premier|secretary|chief|head|director|defender|deputy|lawmaker|senator|general|colonel|judge|ombudsman|chairman|chairwoman|chair|representative|correspondent|journalist|reporter|activist|priest|blogger|columnist|commentator|editor|presenter|host|mr\.?|mrs\.?|ms\.?|dr\.?)$/i;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;

/** Nouns whose "of Name" names someone other than the speaker: "the mother of …", "a lawyer for …". */
const KIN_BEFORE_OF = new RegExp(
  `^(?:${wordsExcept(KIN_WORDS)}|parent|friends|neighbou?rs|lawyers?|colleagues?)$`,
  'i',
);

/** Last words of a body's proper name: "Human Rights Watch", "the National Assembly". */
const BODY_LAST_WORD =
  /^(?:ministry|service|office|department|agency|authority|committee|council|government|administration|embassy|mission|organi[sz]ation|commission|party|parliament|army|forces|force|guard|press|media|channel|website|newspaper|union|group|fund|programme|program|bank|company|charity|foundation|society|association|centre|center|radio|television|tv|watch|cross|crescent|institute|network|assembly|court|senate|congress|duma|tribunal|corps|bureau|house|cabinet|police|navy|command|council|staff)$/i;

/** Countries a body's branch is named after ("World Vision Armenia"). */
const BRANCH_COUNTRY =
  /^(?:Armenia|Azerbaijan|Russia|Turkey|Türkiye|Iran|Georgia|France|Kazakhstan|Ukraine|Australia|Canada)$/;

/** Last words of a ministry's or committee's domain: "… of Foreign Affairs", "… of Emergency Situations". */
const DOMAIN_LAST_WORD = /^(?:Affairs|Relations|Situations|Development|Cooperation|Protection|Resources)$/;

/**
 * The proper name a mention ends with, and the words before it: two or more capitalised words
 * that are not titles ("Azerbaijani foreign ministry spokesperson Aykhan Hajizada" → name
 * "Aykhan Hajizada", role "Azerbaijani foreign ministry spokesperson"), or one such word right
 * after a title ("Deputy Foreign Minister Ararson", "Mr Overchuk" → "Ararson", "Overchuk").
 * "Residents of Stepanakert" ends in a place, not a name: null.
 */
export function trailingProperName(mention: string): { name: string; role: string } | null {
  let found = properNames.get(mention);
  if (found === undefined) {
    found = withoutCountryOwner(readTrailingProperName(mention));
    if (properNames.size > 20_000) properNames.clear();
    properNames.set(mention, found);
  }
  // A copy: callers may keep or change what they are given.
  return found && { ...found };
}

/**
 * "Spain's Pedro Sánchez": a country's possessive before a full name says whose leader or envoy
 * the person is, as a title does (rule 2), and is no part of the name.
 */
function withoutCountryOwner(
  found: { name: string; role: string } | null,
): { name: string; role: string } | null {
  const owner = found && COUNTRY_POSSESSIVE.exec(found.name);
  if (!found || !owner || !OWNER_DEMONYM[owner[1]!]) return found;
  const name = found.name.slice(owner[0].length);
  const words = name.split(/\s+/);
  if (!/^\p{Lu}[\p{L}'’-]+\s+(?:\S+\s+)*\p{Lu}[\p{L}'’-]+$/u.test(name) || words.some(isTitleCapital))
    return found;
  if (endsBodyName(words.at(-1)!)) return found;
  return { name, role: `${found.role} ${owner[0].trim()}`.trim() };
}

/** The same mentions recur across sentences and documents: each is read once. */
const properNames = new Map<string, { name: string; role: string } | null>();

/** First words of a two-word country or region: "Minister of Foreign Affairs of North Macedonia Bujar Osmani". */
const PLACE_FIRST_WORD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Saudi|Sri|Costa|El|San|Sierra|Burkina|Czech|Dominican|Puerto)$/;

/** A title alone before a surname that "of <place>" follows: "Sen. Carver of Massachusetts", "Mayor Grey of Leeds". */
const TITLE_BEFORE_SURNAME =
  /^(?:\p{Lu}\p{L}*\.|Mr|Mrs|Ms|Senator|Governor|Representative|Congress(?:wo)?man|Mayor)$/u;

/** Last words of a state's name, never a person's: "the United States of America", "the Islamic Republic of Iran". */
const STATE_LAST_WORD = /^(?:states|republic|kingdom|emirates|federation|nations|union)$/i;

/**
 * "Rep. Jane Morrow of the Virgin Islands", "Tanya Lokshina of Human Rights Watch": a name before
 * the mention's first "of" is the person; what follows is her constituency or employer, never
 * the speaker. The name is two or three words, or one after a title; a body's or state's name
 * ("the Central Bank of Armenia") is no person's. Null when the mention has no such name.
 */
function nameBeforeOf(words: readonly string[], connector = 'of'): { name: string; role: string } | null {
  const of = words.indexOf(connector);
  if (of < 1 || of === words.length - 1) return null;
  // "Jan Šír from Charles University": "from" a named place or body, never "from the ruins".
  if (connector !== 'of' && !CAPITALISED_OR_THE_CAPITALISED.test(words.slice(of + 1, of + 3).join(' ')))
    return null;
  let start = of;
  while (start > 0 && isNameWord(words[start - 1]!)) start--;
  // "Expert on the Caucasus Jan Šír from …": a capital right after a role's "the" is what the role
  // is on, and the full name is the two words after it.
  if (of - start === 3 && /^the$/i.test(words[start - 1] ?? '')) start++;
  // "Economist Lukas Brandner of the Kiel Institute": a person noun opening the sentence is the role.
  if (start === 0 && of >= 3 && PERSON_NOUN_WORD.test(words[0]!)) start = 1;
  const count = of - start;
  if (count === 0 || count > 3) return null;
  const last = words[of - 1]!;
  if (BODY_LAST_WORD.test(last) || STATE_LAST_WORD.test(last)) return null;
  if (count === 1 && !TITLE_BEFORE_SURNAME.test(words[start - 1] ?? '')) return null;
  const role = [...words.slice(0, start), ...words.slice(of)].join(' ');
  return { name: words.slice(start, of).join(' '), role };
}

/** Lower-case words inside a surname: "von der Leyen", "de la Cruz", "van den Berg". */
const SURNAME_PARTICLES = 'von|van|der|den|de|del|della|la|le|du|da|di|dos|das|ter|ten|zu';
const SURNAME_PARTICLE = new RegExp(`^(?:${SURNAME_PARTICLES})$`);
/** "bin", "ibn": a patronymic's particle inside a full name ("Majed bin Mohammed"), never a surname alone. */
const PATRONYMIC_PARTICLE = /^(?:bin|ibn|bint)$/;
/** A surname written with its Arabic article: "al-Harthy", "el-Sayed". */
const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}[\p{L}'’-]+$/u;
/** A surname written with its particles and no given name: "von der Leyen", "de la Cruz". */
export const PARTICLE_SURNAME = new RegExp(`^(?:(?:${SURNAME_PARTICLES})\\s+){1,2}\\p{Lu}[\\p{L}’'-]+$`, 'u');

const CAPITALISED_OR_THE_CAPITALISED = /^(?:the\s+)?\p{Lu}/u;

/** A word that ends a body's or a state's name: "Assembly", "Commission", "States". */
const endsBodyName = (word: string) =>
  BODY_LAST_WORD.test(word) || DOMAIN_LAST_WORD.test(word) || STATE_LAST_WORD.test(word);

/** "… District Executive Power": the organ's name ends in "Power" after "Executive", no person's name. */
const closesExecutivePower = (words: readonly string[], at: number) =>
  words[at] === 'Power' && words[at - 1] === 'Executive';

/**
 * "Member of the Milli Majlis Rasim Musabayov", "Speaker of the National Assembly Alen Simonyan":
 * the body after a role's "of the" runs on in capitals up to the person's name. The name starts
 * after the body's last word, or is the last two words when no such word ends the body. A run
 * that ends in a body's word ("… of the United Nations Children's Fund") names no person.
 * A body's domain after "for" runs on the same way ("… Committee for Refugees Rovshan Rzayev").
 */
function nameAfterRolesBody(words: readonly string[], start: number): number {
  if (words.length - start < 3) return start;
  const before = words[start - 1] ?? '';
  // "Chairman of the State Committee for Refugees Rovshan Rzayev": the body's domain, then the name.
  const domain = /^for$/i.test(before) && BODY_LAST_WORD.test(words[start - 2] ?? '');
  // "Expert on the Caucasus Farrukh Tursunov": a person's field after "on the" runs on the same way.
  const field = /^on$/i.test(words[start - 2] ?? '') && PERSON_NOUN_WORD.test(words[start - 3] ?? '');
  if (!domain && !(/^the$/i.test(before) && (field || /^(?:of|for)$/i.test(words[start - 2] ?? ''))))
    return start;
  const lastTwo = words.slice(-2);
  if (lastTwo.some((w) => endsBodyName(w) || /['’]/.test(w))) return start;
  let after = words.length - 2;
  for (let i = start; i < words.length - 2; i++) if (endsBodyName(words[i]!)) after = i + 1;
  return after;
}

/** The capitals before `and` follow a body's "of", "for" or "on": "Ministry of Labor |and". */
function domainsOfBodyBefore(words: readonly string[], and: number): boolean {
  let i = and;
  while (i > 0 && isNameWord(words[i - 1]!)) i--;
  return i < and && /^(?:of|for|on)$/i.test(words[i - 1] ?? '') && BODY_LAST_WORD.test(words[i - 2] ?? '');
}

function readTrailingProperName(mention: string): { name: string; role: string } | null {
  const words = cleanMention(mention).split(' ');
  // A cheap literal pre-test: most mentions have no "of".
  if (mention.includes(' of ')) {
    const person = nameBeforeOf(words);
    if (person) return person;
  }
  // "Jan Novak from Charles University": a name, then where the person is from, as with "of".
  if (mention.includes(' from ')) {
    const person = nameBeforeOf(words, 'from');
    if (person) return person;
  }
  let start = words.length;
  // "Salim al-Harthy": a surname with its article, after a given name, is the name's last word.
  if (start >= 2 && ARTICLE_SURNAME.test(words[start - 1]!) && isNameWord(words[start - 2]!)) start--;
  while (start > 0 && isNameWord(words[start - 1]!)) start--;
  // "Ursula von der Leyen", "Rafael de la Cruz", "Majed bin Mohammed": lower-case particles inside a
  // surname, a given name before them.
  if (start < words.length && start >= 2) {
    let at = start;
    while (at >= 2 && (SURNAME_PARTICLE.test(words[at - 1]!) || PATRONYMIC_PARTICLE.test(words[at - 1]!)))
      at--;
    if (at < start && isNameWord(words[at - 1]!)) {
      start = at;
      while (start > 0 && isNameWord(words[start - 1]!)) start--;
    }
  }
  // "Commissioner for Human Rights Sabina Aliyeva": four capitals or more after a title's "of" or "for"
  // are its domain and then the name, which is the last two.
  if (words.length - start >= 4 && /^(?:of|for)$/i.test(words[start - 1] ?? '')) start = words.length - 2;
  // "Human Rights Defender of Artsakh Artak Beglaryan": the first capitalised word after "of" is the
  // role's place, not the person's name, when a full name follows it.
  if (words.length - start >= 3 && /^of$/i.test(words[start - 1] ?? ''))
    start += words.length - start >= 4 && PLACE_FIRST_WORD.test(words[start]!) ? 2 : 1;
  // "Minister of Labour and Social Affairs Ruben Sargsyan": a role that lists its domains ("of … and …")
  // runs on in capitals up to the name; the person is the last two words.
  if (words.length - start >= 3 && /\bof\b.*\band\b/i.test(words.slice(0, start).join(' ')))
    start = words.length - 2;
  start = nameAfterRolesBody(words, start);
  // "Head of the Gazakh District Executive Power Anar Gasimov": the organ's last word is no given name.
  if (words.length - start >= 3 && closesExecutivePower(words, start)) start++;
  // "Minister for Foreign Affairs Micheál Martin": the domain that ends a title is no given name.
  while (words.length - start >= 3 && DOMAIN_LAST_WORD.test(words[start]!)) start++;
  // "Farmer Ara Petrosyan", "Organizer Lori Kevorkian": a person noun capitalised to open the
  // sentence is the role before the name, no part of it.
  if (start === 0 && words.length >= 3 && PERSON_NOUN_WORD.test(words[0]!)) start = 1;
  // "the UN Development Programme", "the EU Monitoring Mission": the acronym opening a body's name is part of it.
  const before = words[start - 1] ?? '';
  if (ABBREVIATION.test(before) && !TITLE_ABBREVIATION.test(before) && endsBodyName(words.at(-1)!)) start--;
  const count = words.length - start;
  if (count === 0) return null;
  // "The mother of Huseyn Valiyev", "the lawyer of …": a name after a kin or client noun is someone else.
  if (/^of$/i.test(words[start - 1] ?? '') && KIN_BEFORE_OF.test(words[start - 2] ?? '')) return null;
  // "the Ministry of Emergency Situations", "the Commission on Missing Persons", "the Committee to
  // Protect Journalists": capitals after a body's "of", "for", "on" or "to" finish its name, no person's.
  if (/^(?:of|for|on|to)$/i.test(words[start - 1] ?? '') && BODY_LAST_WORD.test(words[start - 2] ?? ''))
    return null;
  // "A doctor at the Republican Medical Center": capitals after a preposition and "the" name the
  // place or body someone is at, never that person.
  if (
    /^the$/i.test(words[start - 1] ?? '') &&
    /^(?:at|in|from|with|inside|outside|near)$/i.test(words[start - 2] ?? '')
  )
    return null;
  // "A Bulgarian diplomat in New York": capitals right after a common noun's "in" or "at" are where
  // that person is, never their name.
  if (
    /^(?:at|in|inside|outside|near)$/i.test(words[start - 1] ?? '') &&
    /^\p{Ll}+$/u.test(words[start - 2] ?? '')
  )
    return null;
  // "the Ministry of Labor and Social Affairs": capitals after "and" finish the body's domains, no person's.
  if (/^and$/i.test(words[start - 1] ?? '') && domainsOfBodyBefore(words, start - 1)) return null;
  // "the Commission on Prisoners of War, Hostages and Missing Persons": the end of a title's list, no person.
  if (/^and$/i.test(words[start - 1] ?? '') && words.slice(0, start).some((w) => w.endsWith(',')))
    return null;
  if (count === 1) {
    const before = words[start - 1];
    if (
      !before ||
      !(
        isTitleCapital(before) ||
        (ABBREVIATION.test(before) && (start > 1 || TITLE_ABBREVIATION.test(before))) ||
        ROLE_BEFORE_NAME.test(before) ||
        givenNameAfterPersonNoun(before, words[start]!)
      )
    )
      return null;
    // "the UN General Assembly", "the Aghdam District Executive Power": a body's noun after a title word is no surname.
    if (BODY_LAST_WORD.test(words[start]!) || closesExecutivePower(words, start)) return null;
    // "the Ministry of Foreign Affairs": the domain that ends a ministry's name is no surname either.
    if (DOMAIN_LAST_WORD.test(words[start]!)) return null;
  }
  const role = words.slice(0, start).join(' ');
  // "the State Agency for Mandatory Health Insurance", "the Committee for Work with Religious
  // Organizations": capitals that run on a body's name after its "for", "of", "on" or "with" are
  // its domain, no person's, when nothing before them names a person's role.
  if (bodyDomainRole(words.slice(0, start))) return null;
  return { name: words.slice(start).join(' '), role: HONORIFIC.test(role) ? '' : role };
}

/** Days and months: "officials Monday said" dates the saying, it names no one. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "local resident Gayane", "the volunteer Sasha": a lower-case person noun right before one
 * capitalised word is that person's role, and the word the given name the text knows them by.
 */
function givenNameAfterPersonNoun(before: string, name: string): boolean {
  return LOWER_CASE_START.test(before) && PERSON_NOUN_WORD.test(before) && !CALENDAR_WORD.test(name);
}

/** Title words that qualify a body's name, not a person: "State", "Foreign", "Presidential". */
const BODY_QUALIFIER =
  /^(?:State|Foreign|Defense|Defence|Press|Regional|Military|Political|Presidential|Parliamentary|Special|Executive|Opposition|Parliament|Department|Ministry|Service|Office|Administration)$/;

/**
 * A role that is a body's name running on into its domain ("the State Agency for Mandatory"):
 * a body's noun followed by "for", "of", "on" or "with", the words after it capitals or
 * connectors only, and no word before it a person's (no "Chairman", "spokesperson", "Mr").
 */
function bodyDomainRole(role: readonly string[]): boolean {
  const at = role.findIndex(
    (w, i) => BODY_LAST_WORD.test(w) && /^(?:of|for|on|with)$/i.test(role[i + 1] ?? ''),
  );
  if (at < 0) return false;
  if (!role.slice(at + 1).every((w) => CAPITAL_START.test(w) || /^(?:of|for|on|with|and|the)$/i.test(w)))
    return false;
  const last = role[role.length - 1]!;
  if (!/^(?:of|for|on|with|and)$/i.test(last) && !CAPITAL_START.test(last)) return false;
  return !role.some(
    (w) =>
      PERSON_NOUN_WORD.test(w) ||
      ROLE_BEFORE_NAME.test(w) ||
      HONORIFIC.test(w) ||
      (isTitleCapital(w) && !BODY_QUALIFIER.test(w)) ||
      (ABBREVIATION.test(w) && TITLE_ABBREVIATION.test(w)),
  );
}

const PLURAL_TITLE = /^(\p{Lu}\p{Ll}+)s(\.?)$/u;

/** A plural title before names written together: "Sens.", "Reps.", "Senators" (each one's "Sen.", "Senator"). */
function singularTitle(role: string): string {
  const singular = PLURAL_TITLE.exec(role);
  const one = singular ? `${singular[1]}${singular[2]}` : role;
  return isTitleCapital(one) ? one : role;
}

/** A role of title words and a constituency only: "Sen.", "Lt. Col.", "Rep. of the Virgin Islands". */
const TITLE_ROLE = /^(?:(?:\p{Lu}\S*|of|the)(?:\s|$))*$/u;

/**
 * "Sens. Ann Carver and Tom Beale", "Sen. Ann Carver and Rep. Tom Beale (D-Wis.)": people named
 * together after a title, each with the title before them; a plural title before the first is
 * each one's. Null when any part is no person's full name ("Procter and Gamble", "Armenia and
 * Azerbaijan") or no title opens the list: capitalised words alone may be a body's name
 * ("United States Citizenship and Immigration Services").
 */
export function coordinatedNames(phrase: string): { name: string; role: string }[] | null {
  if (!phrase.includes(' and ')) return null;
  const parts = cleanMention(phrase.replace(/\s*\([^)]*\)/g, ''))
    .replace(/\s+(?:both|all|too|also|together)$/i, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length < 2 || !isTitleCapital(parts[0]!.split(' ')[0]!)) return null;
  const people: { name: string; role: string }[] = [];
  for (const part of parts) {
    const proper = trailingProperName(part);
    if (!proper?.name.includes(' ') || !TITLE_ROLE.test(proper.role)) return null;
    if (guessKind(proper.name, true) !== 'person') return null;
    people.push(proper);
  }
  const shared = singularTitle(people[0]!.role);
  for (const person of people) if (!person.role || person.role === people[0]!.role) person.role = shared;
  return people;
}

const POSSESSIVE_WORD = /['’]s?$/;

/** "Foreign, Commonwealth and Development Office": a capitalised name that lists its parts with commas. */
const LISTING_NAME =
  /^(?:the\s+)?\p{Lu}\p{L}+(?:,\s+\p{Lu}\p{L}+)+,?\s+and\s+(?:\p{Lu}\p{L}+\s+)*(\p{Lu}\p{L}+)$/u;

function guessKind(phrase: string, isProperName: boolean): EntityKind {
  // A listing name's commas part no apposition: its last word is its head.
  const listing = isProperName ? null : LISTING_NAME.exec(phrase);
  if (listing && BODY_LAST_WORD.test(listing[1]!)) return 'organisation';
  // "Human Rights Watch", "Lachin Relief Fund": a proper name that ends in a body's noun.
  if (isProperName) {
    const last = phrase.split(' ').pop()!;
    // "the Islamic Republic": a state's name, never a person's.
    if (STATE_LAST_WORD.test(last)) return 'government';
    // "Caritas Armenia", "UNICEF Azerbaijan": a body's national branch; no surname is a country.
    if (phrase.includes(' ') && BRANCH_COUNTRY.test(last)) return 'organisation';
    // "Karabakh Armenians", "Ethnic Azerbaijanis": a people's plural name is a group, never one person.
    if (NATION_PLURAL.test(last)) return 'group';
    return BODY_LAST_WORD.test(last) ? 'organisation' : 'person';
  }
  // The head noun stands before the first preposition or relative clause: "an aid worker | from the charity".
  const whole = PARTITIVE.exec(phrase);
  const head = (whole ? phrase.slice(whole[0].length) : phrase).split(
    /\s+(?:of|from|at|in|for|with|who|which|on)\s+|,/i,
  )[0]!;
  // "The region's ombudsman's office", "the mayor's press service": a body's noun last is the head;
  // the person owning it ("ombudsman's") is no head.
  const last = head.trim().split(/\s+/).pop() ?? '';
  if (!POSSESSIVE_WORD.test(last) && ORGANISATION_NOUNS.test(last) && !PERSON_NOUNS.test(last))
    return 'organisation';
  if (GROUP_NOUNS.test(head) || NATION_PLURAL.test(head) || PLURAL_ACRONYM.test(last)) return 'group';
  if (PERSON_NOUNS.test(head)) return 'person';
  if (ORGANISATION_NOUNS.test(head)) return 'organisation';
  return 'unknown';
}

/**
 * An entity for a speaker the gazetteer lacks, built from the words the text uses. A mention
 * that ends in a proper name is that name: "text:anna-petrosyan" (its role kept apart). An
 * unnamed person or group is filed under its description's head ("text:local-official" for
 * "one local official", "text:residents" for "residents of Goris"); a body or anything else
 * keeps its words without a leading "the" ("text:ministry-of-health-of-armenia").
 */
export function textEntity(mention: string): Entity {
  let entity = textEntities.get(mention);
  if (!entity) {
    entity = officeAsProperName(ownerAsAdjective(readTextEntity(speakerWordsOf(mention))));
    if (textEntities.size > 20_000) textEntities.clear();
    textEntities.set(mention, entity);
  }
  // A copy: callers give it the role the text writes.
  return { ...entity };
}

/** The same speakers recur across sentences and documents: each mention is read once. */
const textEntities = new Map<string, Entity>();

/**
 * A country's possessive opening a body's name: "Azerbaijan's Mine Action Agency", "Turkey's
 * embassy", and a country of two words: "Saudi Arabia's foreign ministry".
 */
// A name ending in "s" takes the apostrophe alone: "the Philippines' Department of Foreign Affairs".
const COUNTRY_POSSESSIVE =
  /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:['’]s|(?<=s)['’])\s+(?=\S)/u;

/**
 * CONVENTIONS row R: a body a country owns is filed under the country's adjective however the
 * text writes the owner, so "Azerbaijan's Mine Action Agency" and "the Azerbaijani Mine Action
 * Agency" are one speaker, as "Israel's" and "the Israeli Foreign Ministry" are. Only the id
 * changes: the name stays as written, for /who-said to find it by.
 */
function ownerAsAdjective(entity: Entity): Entity {
  if (entity.kind !== 'organisation') return entity;
  // "Azerbaijan's State Customs Committee" is read as the role "Azerbaijan's State" of a name.
  const written = entity.role ? `${entity.role} ${entity.name}` : entity.name;
  const owner = COUNTRY_POSSESSIVE.exec(written);
  const demonym = owner ? OWNER_DEMONYM[owner[1]!] : undefined;
  if (!owner || !demonym) return entity;
  return { ...entity, id: `text:${slug(`${demonym} ${written.slice(owner[0].length)}`)}` };
}

/** A title's own Office, every word capitalised: "Prime Minister's Office", "Prosecutor General's Office". */
const TITLES_OFFICE = /^((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]s\s+Office$/u;

/** Titles of law officers, which open no person's name run as "Prosecutor" might a surname. */
const LAW_TITLES = new Set(['Prosecutor', 'Attorney', 'Auditor']);

/**
 * CONVENTIONS rule 6 and row AE: an institution whose proper name is an office keeps that name, in
 * its "Office of the …" spelling, however the text writes it: "the Prime Minister's Office" →
 * `text:office-of-the-prime-minister`, as "the Office of the Prime Minister" is. Only the id
 * changes, and only when every word before the office is a title: "Anna Berling's Office" is hers.
 */
function officeAsProperName(entity: Entity): Entity {
  if (entity.kind !== 'organisation' || entity.role) return entity;
  const owner = TITLES_OFFICE.exec(entity.name)?.[1];
  if (!owner?.split(/\s+/).every((word) => isTitleCapital(word) || LAW_TITLES.has(word))) return entity;
  return { ...entity, id: `text:${slug(`office of the ${owner}`)}` };
}

/** "The representative of China" at a council: the country (or body) the delegate speaks for. */
const DELEGATE_OF =
  /^(?:representative|delegate|delegation)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

const INDEFINITE = /^(?:an?|one|another)\s/i;

/**
 * A role that ends in "of" or "for" and lower-case words ("the governor of", "The head of the",
 * "The Defense Ministry of the unrecognized"): the name after it is whose role it is, never who
 * spoke (team rule 4: the governor's words are not the province's, the head's not the society's).
 */
const OWNER_AFTER_ROLE = /(?:^|\s)(?:of|for)(?:\s+\p{Ll}[\p{Ll}-]*)*$/u;

/** "Spokesman of the ministry Aykhan Hajizada": a complement that ends in a body's noun is whole, so the name after it holds the role. */
function ownerFollowsRole(role: string): boolean {
  return OWNER_AFTER_ROLE.test(role) && !BODY_LAST_WORD.test(role.split(/\s+/).pop() ?? '');
}

const LED_OR_BACKED_PREFIX = /^\p{Lu}[\p{L}]*-\p{Ll}+ed\s+(?=\p{Lu})/u;

/** A number word, as written to open a sentence: "Sixty", "Eighteen", "Forty-two". */
const AGE_NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})(?:-(?:${Object.keys(UNITS).join('|')}))?`;

/**
 * "Sixty-eight-year-old Gayane": news copy spells out a number that opens a sentence, so an age
 * written in words is the "68-year-old" before a name, no part of it (as a digit age never is).
 */
export const SPELLED_AGE_PREFIX = new RegExp(String.raw`^${AGE_NUMBER_WORD}-year-old\s+(?=\p{Lu})`, 'u');

/** An age before a name, in digits or spelled out: "68-year-old ", "Sixty-eight-year-old ". */
export const AGE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:\d{1,3}|${AGE_NUMBER_WORD})-year-old\s+$`,
  'u',
);

/** A spelled-out age alone: "Sixty-eight-year-old". */
export const SPELLED_AGE_WORD = new RegExp(`^${AGE_NUMBER_WORD}-year-old$`, 'u');

/**
 * "Ani Petrosyan, 29, a nurse in Goris": a full name set off before the age or a description
 * in apposition is who it is; what follows describes her.
 */
const NAME_BEFORE_APPOSITION =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+((?:\d{1,3},\s+)?(?:an?|the)\s+\p{Ll}.*)$/u;

function readTextEntity(mention: string): Entity {
  const apposed = NAME_BEFORE_APPOSITION.exec(cleanMention(mention));
  if (apposed && !isTitleCapital(apposed[1]!.split(' ')[0]!)) {
    const named = readTextEntity(apposed[1]!);
    if (named.kind === 'person') return { ...named, role: apposed[2]! };
  }
  // "the Russian-led Collective Security Treaty Organization": who leads or backs a body is no part of its name.
  const bare = cleanMention(mention).replace(/^the\s+/i, '');
  const clean = bare.includes('-')
    ? bare.replace(LED_OR_BACKED_PREFIX, '').replace(SPELLED_AGE_PREFIX, '')
    : bare;
  const country = DELEGATE_OF.exec(clean)?.[1];
  if (country) {
    const kind = BODY_LAST_WORD.test(country.split(' ').pop()!) ? 'organisation' : 'government';
    return { id: `text:${slug(country)}`, name: country, kind };
  }
  // "Another Filipino, a hotel worker": one more of a people, filed under the people's word (CONVENTIONS 5).
  const another = ANOTHER_OF_A_PEOPLE.exec(clean);
  if (another) return { id: `text:${slug(another[1]!)}`, name: another[1]!, kind: 'person' };
  // "Aid agencies in Armenia", "the embassy in Baku": where a described group or body is placed is
  // no part of what it is (CONVENTIONS 5 drops post-modifiers), whatever its head's capitals.
  const placedDescription = headBeforePlace(clean, 'description');
  if (placedDescription) {
    const described = readTextEntity(placedDescription);
    return { ...described, aliases: [...(described.aliases ?? []), clean] };
  }
  // "the Interfax agency", "The Human Rights Watch group": the name before a lower-case class word is the body's.
  const classed = namedBeforeClassWord(clean);
  if (classed) return { id: `text:${slug(classed)}`, name: classed, kind: 'organisation', aliases: [clean] };
  const proper = trailingProperName(clean);
  // "Republicans on Capitol Hill", "Armenians in Los Angeles": the name after a place's preposition
  // says where the speakers are, not who they are (rule 5 keeps the head, drops post-modifiers).
  const placed = proper && clean.endsWith(proper.name) ? PLACED_HEAD.exec(proper.role.trim()) : null;
  if (placed) return readTextEntity(placed[1]!);
  if (proper && !(ownerFollowsRole(proper.role) && clean.endsWith(proper.name))) {
    const entity: Entity = {
      id: `text:${slug(proper.name)}`,
      name: proper.name,
      kind: guessKind(proper.name, true),
    };
    const role = proper.role.trim();
    if (role) entity.role = role;
    return entity;
  }
  // "Russian military bloggers close to the Ministry of Defense": people near a body are people, not it.
  const near = NEAR_BODY.exec(clean)?.[1];
  const nearKind = near ? guessKind(near, false) : null;
  const kind = nearKind === 'person' || nearKind === 'group' ? nearKind : guessKind(clean, false);
  // "A Telegram channel with 80,000 subscribers": an unnamed body is filed, like a person, under its head.
  // "A couple from Kachagani": any indefinite description is filed under its head, whatever the noun.
  const described =
    kind === 'person' || kind === 'group' || (kind !== 'government' && INDEFINITE.test(clean));
  const name = described ? descriptionHead(clean) : clean;
  // "The UN mission that visited Stepanakert": a relative clause after a body says what it did, not which it is.
  const unrelated = kind === 'organisation' && !described ? RELATIVE_TAIL.exec(name) : null;
  if (unrelated && unrelated.index > 0) {
    const head = name.slice(0, unrelated.index);
    return { id: `text:${slug(head)}`, name: head, kind, aliases: [name] };
  }
  const seated = kind === 'organisation' && !described ? ownedBySeat(name) : null;
  if (seated) return seated;
  const body = described
    ? null
    : kind === 'organisation'
      ? headBeforePlace(name, 'body')
      : kind === 'unknown'
        ? headBeforePlace(name, 'plural')
        : null;
  // "the Armenian embassy in Rome": where a body sits is no part of its name (CONVENTIONS 5);
  // the words as written stay an alias, and its owner ("Armenian") stays in the name.
  if (body) return { id: `text:${slug(body)}`, name: body, kind, aliases: [name] };
  return { id: `text:${slug(name)}`, name, kind };
}

/**
 * A body's proper name and then the class it belongs to, in lower case: "the Interfax agency", "the
 * IRNA news agency", "the Zvezda TV channel", "The Human Rights Watch group". The class word says
 * what kind of body the name is (CONVENTIONS 7: a body by its name), not which. A nationality is no
 * name ("the Azerbaijani agency", "the Eastern European group"); one word before "group" ("the
 * Minsk group", "the Wagner group") is read as the group's own name.
 */
const NAME_THEN_CLASS =
  /^(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{N}'’-]*){0,3}?)\s+(news\s+agency|agency|group|TV\s+channel|channel|newspaper|broadcaster)$/u;

/** Words that say whose or which side, not a name: "Azerbaijani", "Russia", "Eastern", "Republican". */
const SIDE_WORDS = new Set([
  ...Object.keys(OWNER_DEMONYM),
  ...Object.values(OWNER_DEMONYM),
  ...'Eastern Western Northern Southern European Republican Democratic Azeri State Kremlin'.split(' '),
]);

function namedBeforeClassWord(mention: string): string | null {
  const m = NAME_THEN_CLASS.exec(mention);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => SIDE_WORDS.has(w) || NATION_PLURAL.test(w))) return null;
  return m[2] === 'group' && words.length < 2 ? null : m[1]!;
}

/** A head of capitalised words (a group, "Republicans") before a place's preposition: "Republicans on". */
const PLACED_HEAD = /^((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:on|in|at|from)$/u;

/** "Another" and one capitalised word: "Another Filipino", "another Armenian". */
const ANOTHER_OF_A_PEOPLE = /^[Aa]nother\s+(\p{Lu}\p{Ll}+)$/u;

/**
 * A head that describes rather than names: it ends in a common noun ("agencies", "embassy") or a
 * people's plural ("Armenians"), as in "Aid agencies", "Ethnic Armenians", "the embassy".
 */
function describesWithoutName(head: string): boolean {
  const last = head.split(/\s+/).pop()!;
  return /^\p{Ll}/u.test(last) || NATION_PLURAL.test(last);
}

/** A restrictive relative clause closing a body's description: " that visited Stepanakert on 1 October". */
const RELATIVE_TAIL = /\s+(?:that|which|who)\s+\p{Ll}.*$/u;

/** People set near a body by what follows their head: "sources close to the ministry". */
const NEAR_BODY = /^(.+?)\s+(?:close\s+to|familiar\s+with)\s+\S/u;

/**
 * A place in capitals closing a mention, after "in": " in Armenia", " in the Netherlands". Where a
 * described group or body is placed is no part of what it is (CONVENTIONS 5 drops post-modifiers).
 */
const PLACE_AT_END = /\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** Up to four words, none "of", "for" or "and" ("Union of Armenians in Russia" is a name). */
const SHORT_HEAD = /^(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+(?!(?:of|for|and)(?:\s|$))[\p{L}'’-]+){0,3}$/u;

/**
 * The heads a place is dropped after, by how the mention was read:
 * - description: a short head that describes, read before any name ("Aid agencies in Armenia",
 *   "the embassy in Baku");
 * - body: a body's name of more than one word ("the Armenian embassy in Rome", "… Foreign Office
 *   in London"); a Mission's proper name holds where it works ("the European Union Mission in
 *   Armenia"), so its place stays;
 * - plural: a plural of a kind not known ("Human rights groups in Armenia").
 */
const HEAD_BEFORE_PLACE: Record<'description' | 'body' | 'plural', (head: string) => boolean> = {
  description: (head) => SHORT_HEAD.test(head) && describesWithoutName(head),
  body: (head) => {
    const last = head.split(' ').pop()!;
    return (head.includes(' ') && BODY_LAST_WORD.test(last) && last !== 'Mission') || OFFICE_OF.test(head);
  },
  plural: (head) => /\p{Ll}[^s]s$/u.test(head.split(' ').pop()!),
};

/**
 * "The Office of the Presidential Representative in Khankendi": the seat of an office of someone only
 * says where it sits, never whose it is (row AP, as R's "embassy in Ottawa"): dropped.
 */
const OFFICE_OF = /^(?:the\s+)?Office\s+of\s+(?:the\s+)?\p{Lu}/u;

/** A state's ministry or government named without its country: "Ministry of Foreign Affairs", "Foreign Ministry". */
const STATE_BODY_HEAD =
  /^(?:the\s+)?(?:(?:Ministry|Government)\s+of\s+\p{Lu}[\p{L}\s]*|(?:\p{Lu}\p{Ll}+\s+)?[Mm]inistry|[Gg]overnment)$/u;

/**
 * Row AP: a state's ministry in its own capital ("the Ministry of Foreign Affairs in
 * Kathmandu", "the Foreign Ministry in Jerusalem") is that state's, and its seat says so: it is filed
 * as R files an owner, its country's adjective before the name as written ("Nepali Ministry of Foreign
 * Affairs"), so two states' bare ministries never merge. Null for any other seat or body.
 */
function ownedBySeat(mention: string): Entity | null {
  const place = PLACE_AT_END.exec(mention);
  if (!place) return null;
  const seat = place[0].replace(/^\s+in\s+(?:the\s+)?/, '');
  const country = CAPITAL_COUNTRY[seat];
  const demonym = country ? OWNER_DEMONYM[country] : undefined;
  const head = mention.slice(0, place.index);
  if (!demonym || !STATE_BODY_HEAD.test(head)) return null;
  const name = head.replace(/^the\s+/i, '');
  return { id: `text:${slug(`${demonym} ${name}`)}`, name, kind: 'organisation', aliases: [mention] };
}

/** The head before a place closing the mention, when a head of that reading drops its place; else null. */
function headBeforePlace(mention: string, reading: keyof typeof HEAD_BEFORE_PLACE): string | null {
  const place = PLACE_AT_END.exec(mention);
  if (!place) return null;
  const head = mention.slice(0, place.index);
  return HEAD_BEFORE_PLACE[reading](head) ? head : null;
}
