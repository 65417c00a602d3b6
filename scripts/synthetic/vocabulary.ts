/** Word pools for synthetic news articles: real actors of the conflict plus a generated long tail. */
import { Random } from './random.ts';

export interface SyntheticSpeaker {
  /** As first written: "US Secretary of State Antony Blinken". */
  full: string;
  /** As written later: "Blinken", "the ministry". */
  short: string;
  /** Pronoun or role noun used for later references. */
  later: string;
}

export const GAZETTEER_SPEAKERS: SyntheticSpeaker[] = [
  { full: 'US Secretary of State Antony Blinken', short: 'Blinken', later: 'The Secretary' },
  { full: 'Azerbaijani President Ilham Aliyev', short: 'Aliyev', later: 'He' },
  { full: 'Armenian Prime Minister Nikol Pashinyan', short: 'Pashinyan', later: 'He' },
  { full: 'Azerbaijani Foreign Minister Jeyhun Bayramov', short: 'Bayramov', later: 'The minister' },
  { full: 'Armenian Foreign Minister Zohrab Mnatsakanyan', short: 'Mnatsakanyan', later: 'He' },
  { full: 'Russian President Vladimir Putin', short: 'Putin', later: 'He' },
  { full: 'Kremlin spokesman Dmitry Peskov', short: 'Peskov', later: 'He' },
  { full: 'Russian Foreign Ministry spokeswoman Maria Zakharova', short: 'Zakharova', later: 'She' },
  { full: 'State Department Spokesperson Matthew Miller', short: 'Miller', later: 'He' },
  { full: 'European Council President Charles Michel', short: 'Michel', later: 'He' },
  { full: 'EU foreign policy chief Josep Borrell', short: 'Borrell', later: 'He' },
  { full: 'USAID Administrator Samantha Power', short: 'Power', later: 'She' },
  { full: 'Armenian Foreign Minister Ararat Mirzoyan', short: 'Mirzoyan', later: 'He' },
  { full: 'presidential aide Hikmet Hajiyev', short: 'Hajiyev', later: 'He' },
  { full: 'The Ministry of Defense of Azerbaijan', short: 'the ministry', later: 'The ministry' },
  { full: 'The Armenian Foreign Ministry', short: 'the ministry', later: 'The ministry' },
  { full: 'The Russian Defense Ministry', short: 'the ministry', later: 'It' },
  { full: 'The State Department', short: 'the department', later: 'It' },
  { full: 'Official Baku', short: 'Baku', later: 'Baku' },
  { full: 'Official Yerevan', short: 'Yerevan', later: 'Yerevan' },
  { full: 'The International Committee of the Red Cross', short: 'the ICRC', later: 'The ICRC' },
  { full: 'UN Secretary-General Antonio Guterres', short: 'Guterres', later: 'He' },
];

export const TOPIC_CLAUSES: Record<string, string[]> = {
  ceasefire: [
    'the ceasefire must be respected by both sides without exception',
    'the parties agreed to a humanitarian ceasefire starting at noon',
    'violations of the ceasefire along the line of contact continued overnight',
    'a lasting ceasefire is the only way to prevent further bloodshed',
  ],
  humanitarian: [
    'humanitarian access to the region must be restored immediately',
    'aid convoys carrying food and medicine were allowed through the checkpoint',
    'the humanitarian situation in Stepanakert is deteriorating rapidly',
    'international organisations should be given unhindered humanitarian access',
  ],
  corridor: [
    'the Lachin corridor must remain open for civilian traffic',
    'the blockade of the Lachin corridor has caused severe shortages of fuel',
    'traffic through the corridor resumed after several days',
  ],
  peace: [
    'a just and lasting peace would benefit both Azerbaijan and Armenia',
    'the peace treaty could be signed before the end of the year',
    'negotiations on a comprehensive peace agreement are making progress',
    'there is no military solution to the conflict',
  ],
  sovereignty: [
    'the sovereignty and territorial integrity of Armenia must be respected',
    'Azerbaijan has restored its territorial integrity and sovereignty',
    'the international community recognises the territorial integrity of Azerbaijan',
  ],
  border: [
    'the delimitation of the border should be carried out by a joint commission',
    'shelling was reported along the state border near Jermuk',
    'border guards exchanged fire overnight',
  ],
  refugees: [
    'refugees arriving in Goris need shelter, food and medical care',
    'the government has prepared accommodation for the displaced families',
    'the rights and security of the Karabakh Armenians must be guaranteed',
  ],
  military: [
    'local anti-terrorist measures continue successfully',
    'the armed formations must lay down their arms and withdraw',
    'the Russian peacekeeping contingent will remain in the region',
    'military actions must cease immediately and the situation must be deescalated',
  ],
  dialogue: [
    'the parties must resume dialogue to resolve outstanding differences',
    'talks between Baku and representatives of the Karabakh Armenians took place in Yevlakh',
    'the foreign ministers will meet again in Washington next month',
    'mediation efforts by the European Union are continuing',
  ],
  energy: [
    'gas supplies to the region were interrupted for several days',
    'the reconstruction of roads and power lines will take years',
    'investment in the liberated territories is a national priority',
  ],
};

export const TOPICS = Object.keys(TOPIC_CLAUSES);

export const SAY_VERBS = [
  'said',
  'stressed',
  'noted',
  'told reporters',
  'emphasized',
  'added',
  'stated',
  'warned',
  'declared',
];
export const REPORT_OPENERS = [
  'said that',
  'stressed that',
  'noted that',
  'emphasized that',
  'warned that',
  'insisted that',
  'announced that',
];

export const CITIES = [
  'WASHINGTON',
  'MOSCOW',
  'BAKU',
  'YEREVAN',
  'BRUSSELS',
  'ANKARA',
  'TBILISI',
  'PARIS',
  'GENEVA',
  'NEW YORK',
];
export const OUTLETS = [
  'TASS',
  'Reuters',
  'AFP',
  'Anadolu',
  'Caliber.Az',
  'Armenpress',
  'APA',
  'Interfax',
  'RFE/RL',
  'AP',
];

export { MONTH_NAMES, WEEKDAYS } from '../../src/corpus/calendarNames.ts';

export const EVENT_CLAUSES = [
  'tensions flared up again in Nagorno-Karabakh',
  'Baku announced it was launching what it described as "local anti-terrorist measures"',
  'an agreement was reached to cease hostilities',
  'representatives of Baku and the Karabakh Armenian population met in the Azerbaijani town of Yevlakh',
  'some Karabakh residents began to leave for Armenian territory',
  'a refugee center opened in the city of Goris not far from the border',
  'an explosion at a fuel depot near Stepanakert caused many casualties',
  'the foreign ministers of Armenia and Azerbaijan met in Washington',
  'the leaders held a trilateral meeting in Brussels',
  'the Russian peacekeepers began their withdrawal from the region',
  'the Lachin corridor was closed to civilian traffic',
  'the first humanitarian convoy reached Stepanakert',
  'shelling hit residential areas of Ganja',
  'the UN Security Council held an emergency session on the situation',
  'a prisoner exchange took place on the border',
  'the self-proclaimed republic announced it would dissolve itself',
];

export const FIGURE_COUNTED: Record<string, string[]> = {
  killed: [
    'people were killed',
    'civilians were killed',
    'servicemen were killed',
    'soldiers died',
    'people lost their lives',
  ],
  wounded: [
    'people were wounded',
    'civilians were injured',
    'servicemen were wounded',
    'people received injuries',
  ],
  missing: ['people are missing', 'servicemen are still missing', 'civilians remain missing'],
  displaced: ['refugees have arrived in Armenia', 'people have fled their homes', 'residents were displaced'],
  evacuated: ['residents were evacuated', 'people were evacuated from the area', 'children were evacuated'],
};

export const HEDGES = [
  'about',
  'at least',
  'more than',
  'nearly',
  'up to',
  'some',
  'over',
  'around',
  'almost',
  '',
];

export const REPORTERS = [
  'according to the Ministry of Health of Armenia',
  'the Azerbaijani side said',
  "according to the Prosecutor General's Office",
  'local authorities reported',
  'the ombudsman said',
  'according to the Armenian side',
  'the Red Cross said',
];

export const NON_CASUALTY_NUMBERS = [
  'The 44-day war ended with a Russian-brokered agreement',
  'The government allocated $1.5 billion for the reconstruction of the region',
  'The corridor is about 5 kilometres wide',
  'Some 2,000 Russian peacekeepers were deployed under the 2020 agreement',
  'UN Security Council Resolution 884 was adopted in 1993',
  'Inflation reached 7.4 percent last year',
  'The road stretches for 120 kilometres through the mountains',
  'The meeting lasted three hours',
  'Around 120,000 ethnic Armenians lived in the region before the offensive',
  'The budget for 2024 provides 3.8 billion manats for defence',
];

export const FILLER = [
  'The situation remains tense.',
  'The conflict over the region dates back to the late 1980s.',
  'Observers say the talks could resume in the coming weeks.',
  'The region is internationally recognised as part of Azerbaijan.',
  'Both sides accuse each other of provocations.',
  'Residents of the Armenian capital took to the streets to protest outside the government building.',
  'Analysts expect the diplomatic contacts to intensify.',
  'The European Union has deployed a civilian monitoring mission on the Armenian side of the border.',
];

const SYLLABLES = [
  'ar',
  'ba',
  'dan',
  'el',
  'gor',
  'ha',
  'jan',
  'ka',
  'lev',
  'mir',
  'na',
  'or',
  'pa',
  'ras',
  'sev',
  'tar',
  'ul',
  'var',
  'yan',
  'zo',
  'kh',
  'ov',
  'li',
  'men',
  'gyu',
];
const FIRST_NAMES = [
  'Armen',
  'Elnur',
  'Gohar',
  'Farid',
  'Anna',
  'Rashad',
  'Tigran',
  'Leyla',
  'Davit',
  'Aysel',
  'Samvel',
  'Kamran',
  'Lilit',
  'Orkhan',
  'Hasmik',
  'Vugar',
  'John',
  'Sarah',
  'Pierre',
  'Olga',
];
const ROLES = [
  'Deputy Foreign Minister',
  'MP',
  'regional governor',
  'political analyst',
  'military expert',
  'human rights defender',
  'Deputy Defense Minister',
  'opposition leader',
  'mayor',
  'ambassador',
];

function coined(random: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A deterministic long tail of speakers and place names, so the vocabulary grows like real news. */
export function longTail(
  seed: number,
  speakers: number,
  places: number,
): { speakers: SyntheticSpeaker[]; places: string[] } {
  const random = new Random(seed ^ 0x5eed);
  const tail: SyntheticSpeaker[] = [];
  for (let i = 0; i < speakers; i++) {
    const first = random.pick(FIRST_NAMES);
    const last =
      coined(random, random.int(2, 3)) + random.pick(['yan', 'ov', 'li', 'ova', 'zade', 'ian', 'son']);
    const role = random.pick(ROLES);
    tail.push({
      full: `${role} ${first} ${last}`,
      short: last,
      later: random.pick(['He', 'She', `The ${role.split(' ').pop()}`]),
    });
  }
  const placeNames: string[] = [];
  for (let i = 0; i < places; i++) placeNames.push(coined(random, random.int(2, 4)));
  return { speakers: tail, places: placeNames };
}
