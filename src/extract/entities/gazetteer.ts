import type { EntityKind } from '../types.ts';

/**
 * The people, bodies and places of the Nagorno-Karabakh conflict that the corpus quotes or
 * names, with the spellings the press uses for them (transliterations, typos seen in the
 * seeds such as "Permov" for Bayramov) and the roles by which articles refer to them.
 *
 * A role phrase ("the Azerbaijani foreign minister") names whoever held the post when the
 * article was written, so roles carry a term: `from`/`to` as "YYYY" or "YYYY-MM", inclusive,
 * `to` missing while still in office. Names are matched case-insensitively after
 * normalisation (see normalise.ts); role phrases likewise, with a leading "the" optional.
 */

/** Country codes used to check that a role's qualifier ("Azerbaijani", "US") fits an entity. */
export type Country = 'AZ' | 'AM' | 'US' | 'RU' | 'TR' | 'EU' | 'UN' | 'NK' | 'FR' | 'IR' | 'DE';

interface RoleTerm {
  /** Phrases naming the post: "Azerbaijani foreign minister", "Foreign Minister of Azerbaijan". */
  phrases: string[];
  from?: string;
  to?: string;
}

/** The OSCE's full name as the press spells it (the normaliser folds neither -s-/-z- nor "co-op"). */
const OSCE_SPELLED_OUT = ['Organization', 'Organisation'].flatMap((o) =>
  ['Cooperation', 'Co-operation'].map((c) => `${o} for Security and ${c} in Europe`),
);

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntityKind;
  /** Display role ("US Secretary of State"); the post the articles mostly know them by. */
  role?: string;
  country?: Country;
  /** Spellings of the name itself (the canonical name is included automatically). */
  variants: string[];
  roles?: RoleTerm[];
  /**
   * For a place: the government seated there, which "officials in Stepanakert" or "the local
   * authorities in Nagorno-Karabakh" stand for (up to `to`, when the government ceased).
   */
  seat?: { id: string; to?: string };
}

/**
 * A country's body as the press writes it: "Azerbaijan's State Border Service", "the Azerbaijani
 * State Border Service", "the State Border Service of Azerbaijan", with each other name of the body
 * ("Health Ministry", "Ministry of Health") in each of those forms.
 */
function countrysBodyNames(country: string, demonym: string, bodies: readonly string[]): string[] {
  return bodies.flatMap((b) => [
    `${country}'s ${b}`,
    `${demonym} ${b}`,
    `${b} of ${country}`,
    `${b} of the Republic of ${country}`,
  ]);
}

/** A state body of Armenia or Azerbaijan: its canonical name is "<first name> of <country>". */
function stateBody(id: string, country: 'AM' | 'AZ', bodies: readonly string[]): GazetteerEntry {
  const [name, demonym] = country === 'AM' ? ['Armenia', 'Armenian'] : ['Azerbaijan', 'Azerbaijani'];
  const variants = countrysBodyNames(name, demonym, bodies);
  return {
    id,
    name: variants[2]!,
    kind: 'organisation',
    country,
    variants: variants.filter((_, i) => i !== 2),
  };
}

const HEALTH_MINISTRY = ['Ministry of Health', 'Health Ministry'];
const EMERGENCIES_MINISTRY = [
  'Ministry of Emergency Situations',
  'Emergency Situations Ministry',
  'Emergencies Ministry',
  'Ministry of Emergencies',
];
const INTERIOR_MINISTRY = ['Ministry of Internal Affairs', 'Interior Ministry', 'Ministry of Interior'];

const US_PRESIDENT = ['US President', 'President of the United States', 'American President'];
const GERMAN_CHANCELLOR = ['German Chancellor', 'Chancellor of Germany', "Germany's Chancellor"];
const GERMAN_FOREIGN_MINISTER = [
  'German foreign minister',
  'Foreign Minister of Germany',
  "Germany's foreign minister",
];

/** France's prime ministers, each with the term of the post: [id, name, other spellings, from, to]. */
function frenchPrimeMinisters(
  terms: readonly (readonly [string, string, string[], string, string])[],
): GazetteerEntry[] {
  return terms.map(([id, name, variants, from, to]) => ({
    id,
    name,
    kind: 'person',
    role: 'Prime Minister of France',
    country: 'FR',
    variants,
    roles: [
      {
        phrases: ['French Prime Minister', 'Prime Minister of France', "France's Prime Minister"],
        from,
        to,
      },
    ],
  }));
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  // ── United States ──────────────────────────────────────────────────────────
  {
    id: 'blinken',
    name: 'Antony J. Blinken',
    kind: 'person',
    role: 'US Secretary of State',
    country: 'US',
    variants: [
      'Blinken',
      'Antony Blinken',
      'Anthony Blinken',
      'Tony Blinken',
      'Antony J Blinken',
      'Secretary Blinken',
      'Secretary of State Antony J. Blinken',
      'Secretary of State Antony Blinken',
      'Secretary of State Blinken',
    ],
    roles: [
      {
        phrases: [
          'Secretary of State',
          'US Secretary of State',
          'United States Secretary of State',
          'American Secretary of State',
          'the Secretary',
          'US Secretary',
          'top US diplomat',
          "America's top diplomat",
        ],
        from: '2021-01',
        to: '2025-01',
      },
    ],
  },
  {
    id: 'pompeo',
    name: 'Mike Pompeo',
    kind: 'person',
    role: 'US Secretary of State',
    country: 'US',
    variants: ['Pompeo', 'Michael Pompeo', 'Michael R. Pompeo', 'Mike R. Pompeo', 'Secretary Pompeo'],
    roles: [
      {
        phrases: [
          'Secretary of State',
          'US Secretary of State',
          'United States Secretary of State',
          'American Secretary of State',
          'the Secretary',
          'US Secretary',
          'top US diplomat',
        ],
        from: '2018-04',
        to: '2021-01',
      },
    ],
  },
  {
    id: 'miller',
    name: 'Matthew Miller',
    kind: 'person',
    role: 'State Department spokesperson',
    country: 'US',
    variants: ['Miller', 'Matt Miller'],
    roles: [
      {
        phrases: [
          'State Department spokesperson',
          'State Department spokesman',
          'Department of State Spokesperson',
          'Department Spokesperson',
          'US State Department spokesperson',
          'US State Department spokesman',
        ],
        from: '2023-05',
        to: '2025-01',
      },
    ],
  },
  {
    id: 'price',
    name: 'Ned Price',
    kind: 'person',
    role: 'State Department spokesperson',
    country: 'US',
    variants: ['Price'],
    roles: [
      {
        phrases: [
          'State Department spokesperson',
          'State Department spokesman',
          'Department of State Spokesperson',
          'Department Spokesperson',
        ],
        from: '2021-01',
        to: '2023-04',
      },
    ],
  },
  {
    id: 'ortagus',
    name: 'Morgan Ortagus',
    kind: 'person',
    role: 'State Department spokesperson',
    country: 'US',
    variants: ['Ortagus'],
    roles: [
      {
        phrases: [
          'State Department spokesperson',
          'State Department spokeswoman',
          'Department of State Spokesperson',
        ],
        from: '2019-04',
        to: '2021-01',
      },
    ],
  },
  {
    id: 'power',
    name: 'Samantha Power',
    kind: 'person',
    role: 'USAID Administrator',
    country: 'US',
    variants: ['Power', 'Samantha Power'],
    roles: [
      { phrases: ['USAID Administrator', 'USAID chief', 'USAID head'], from: '2021-05', to: '2025-01' },
    ],
  },
  {
    id: 'french-presidency',
    name: 'French presidency (Élysée)',
    kind: 'organisation',
    country: 'FR',
    variants: [
      'Elysée',
      'Élysée',
      'Elysee',
      'Elysée Palace',
      'Élysée Palace',
      'Elysee Palace',
      'French presidency',
    ],
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    kind: 'organisation',
    country: 'US',
    variants: [
      'State Department',
      'US Department of State',
      'U.S. Department of State',
      'Department of State',
      'US State Department',
      'U.S. State Department',
      'American State Department',
      'State Dept',
      'State Department website',
    ],
  },
  {
    id: 'gov-us',
    name: 'Government of the United States',
    kind: 'government',
    country: 'US',
    variants: [
      'Washington',
      'United States',
      'US',
      'USA',
      'US administration',
      'US government',
      'American administration',
      'Biden administration',
      'White House',
      'official Washington',
    ],
  },
  // ── Azerbaijan ─────────────────────────────────────────────────────────────
  {
    id: 'aliyev',
    name: 'Ilham Aliyev',
    kind: 'person',
    role: 'President of Azerbaijan',
    country: 'AZ',
    variants: ['Aliyev', 'Aliev', 'Ilham Aliev', 'President Aliyev', 'Ilham Heydar oglu Aliyev'],
    roles: [
      {
        phrases: [
          'Azerbaijani President',
          'President of Azerbaijan',
          "Azerbaijan's President",
          'Azerbaijani leader',
          "Azerbaijan's leader",
          'head of state of Azerbaijan',
        ],
        from: '2003-10',
      },
    ],
  },
  {
    id: 'bayramov',
    name: 'Jeyhun Bayramov',
    kind: 'person',
    role: 'Foreign Minister of Azerbaijan',
    country: 'AZ',
    variants: [
      'Bayramov',
      'Ceyhun Bayramov',
      'Jeyhun Bairamov',
      'Bairamov',
      'Permov',
      'Jihon Permov',
      'Jeyhun Permov',
    ],
    roles: [
      {
        phrases: [
          'Azerbaijani foreign minister',
          'Foreign Minister of Azerbaijan',
          "Azerbaijan's foreign minister",
          'Azerbaijani Minister of Foreign Affairs',
          'Minister of Foreign Affairs of Azerbaijan',
          'Azerbaijani top diplomat',
        ],
        from: '2020-07',
      },
    ],
  },
  {
    id: 'mammadyarov',
    name: 'Elmar Mammadyarov',
    kind: 'person',
    role: 'Foreign Minister of Azerbaijan',
    country: 'AZ',
    variants: ['Mammadyarov', 'Mamedyarov', 'Elmar Mamedyarov'],
    roles: [
      {
        phrases: [
          'Azerbaijani foreign minister',
          'Foreign Minister of Azerbaijan',
          "Azerbaijan's foreign minister",
        ],
        from: '2004-04',
        to: '2020-07',
      },
    ],
  },
  {
    id: 'hajiyev',
    name: 'Hikmet Hajiyev',
    kind: 'person',
    role: 'Foreign policy adviser to the President of Azerbaijan',
    country: 'AZ',
    variants: ['Hajiyev', 'Hikmat Hajiyev', 'Hikmet Hajiev', 'Hajiev'],
    roles: [
      {
        phrases: ['foreign policy adviser to the Azerbaijani president', "Aliyev's foreign policy adviser"],
        from: '2018',
      },
    ],
  },
  {
    id: 'gov-azerbaijan',
    name: 'Government of Azerbaijan',
    kind: 'government',
    country: 'AZ',
    variants: [
      'Baku',
      'Azerbaijan',
      'official Baku',
      'Azerbaijani government',
      'government of Azerbaijan',
      'Azerbaijani authorities',
      "Azerbaijan's government",
      'Azerbaijani side',
      'Azerbaijani leadership',
      'Azerbaijani officials',
    ],
  },
  {
    id: 'mod-azerbaijan',
    name: 'Ministry of Defense of Azerbaijan',
    kind: 'organisation',
    country: 'AZ',
    variants: [
      'Azerbaijani Ministry of Defense',
      'Azerbaijani Defense Ministry',
      "Azerbaijan's Defense Ministry",
      "Azerbaijan's Ministry of Defense",
      'Defense Ministry of Azerbaijan',
      'Azerbaijani MoD',
      'MoD of Azerbaijan',
    ],
  },
  {
    id: 'mfa-azerbaijan',
    name: 'Ministry of Foreign Affairs of Azerbaijan',
    kind: 'organisation',
    country: 'AZ',
    variants: [
      'Azerbaijani Foreign Ministry',
      "Azerbaijan's Foreign Ministry",
      'Foreign Ministry of Azerbaijan',
      'Azerbaijani Ministry of Foreign Affairs',
      'Azerbaijani MFA',
      'MFA of Azerbaijan',
    ],
  },
  {
    id: 'azerbaijani-presidential-administration',
    name: 'Administration of the President of Azerbaijan',
    kind: 'organisation',
    country: 'AZ',
    variants: [
      'Azerbaijani presidential administration',
      'administration of the Azerbaijani president',
      "Azerbaijani president's administration",
      // Agency copy's "the Azerbaijani presidency said in a statement": the president's office.
      'Azerbaijani presidency',
      "Azerbaijan's presidency",
      'presidency of Azerbaijan',
      'press service of the Azerbaijani president',
      'Azerbaijani presidential press service',
      'press service of the President of Azerbaijan',
      "Aliyev's press service",
      'press service of Aliyev',
      // The president's own name and title before the possessive, as agency copy writes it.
      "Ilham Aliyev's press service",
      "President Ilham Aliyev's press service",
      "President Aliyev's press service",
      // A translation's word order: "the administration of the presidency".
      'administration of the presidency of Azerbaijan',
      'Administration of the President of the Republic of Azerbaijan',
    ],
  },
  {
    id: 'armed-forces-azerbaijan',
    name: 'Armed Forces of Azerbaijan',
    kind: 'organisation',
    country: 'AZ',
    variants: [
      'Azerbaijani army',
      'Azerbaijani military',
      'Azerbaijani armed forces',
      "Azerbaijan's army",
      "Azerbaijan's military",
      'Azerbaijani troops',
      'Azerbaijani forces',
    ],
  },
  // ── Armenia ────────────────────────────────────────────────────────────────
  {
    id: 'pashinyan',
    name: 'Nikol Pashinyan',
    kind: 'person',
    role: 'Prime Minister of Armenia',
    country: 'AM',
    variants: [
      'Pashinyan',
      'Pashinian',
      'Nikol Pashinian',
      "Pashinyan's",
      'Prime Minister Pashinyan',
      'Mr Pashinyan',
      'Mr. Pashinyan',
    ],
    roles: [
      {
        phrases: [
          'Armenian Prime Minister',
          'Prime Minister of Armenia',
          "Armenia's Prime Minister",
          'Armenian PM',
          'Armenian premier',
          "Armenia's premier",
          'Armenian leader',
          "Armenia's leader",
        ],
        from: '2018-05',
      },
    ],
  },
  {
    id: 'mnatsakanyan',
    name: 'Zohrab Mnatsakanyan',
    kind: 'person',
    role: 'Foreign Minister of Armenia',
    country: 'AM',
    variants: [
      'Mnatsakanyan',
      'Mnatsakyanian',
      'Manatsakyanian',
      'Mnatsakanian',
      'Zohrab',
      'Zahrab',
      'Zahrab Mnatsakanyan',
      'Zahrab Manatsakyanian',
      'Zohrab Mnatsakanian',
    ],
    roles: [
      {
        phrases: [
          'Armenian foreign minister',
          'Foreign Minister of Armenia',
          "Armenia's foreign minister",
          'Armenian Minister of Foreign Affairs',
          'Armenian top diplomat',
        ],
        from: '2018-05',
        to: '2020-11',
      },
    ],
  },
  {
    id: 'mirzoyan',
    name: 'Ararat Mirzoyan',
    kind: 'person',
    role: 'Foreign Minister of Armenia',
    country: 'AM',
    variants: ['Mirzoyan', 'Mirzoian'],
    roles: [
      {
        phrases: [
          'Armenian foreign minister',
          'Foreign Minister of Armenia',
          "Armenia's foreign minister",
          'Armenian Minister of Foreign Affairs',
          'Armenian top diplomat',
        ],
        from: '2021-08',
      },
    ],
  },
  {
    id: 'gov-armenia',
    name: 'Government of Armenia',
    kind: 'government',
    country: 'AM',
    variants: [
      'Yerevan',
      'Armenia',
      'official Yerevan',
      'Armenian government',
      'government of Armenia',
      'Armenian authorities',
      "Armenia's government",
      'Armenian side',
      'Armenian leadership',
      'Armenian officials',
    ],
  },
  {
    id: 'armenian-government-press-service',
    name: 'Press service of the Armenian government',
    kind: 'organisation',
    country: 'AM',
    variants: [
      'press service of the Armenian government',
      'Armenian government press service',
      'press service of the government of Armenia',
      'press service of the Armenian prime minister',
      "Armenian government's press service",
      "Pashinyan's press service",
      "Nikol Pashinyan's press service",
      "Prime Minister Nikol Pashinyan's press service",
      "Prime Minister Pashinyan's press service",
      "Armenian prime minister's office",
      'Office of the Prime Minister of Armenia',
    ],
  },
  {
    id: 'mfa-armenia',
    name: 'Ministry of Foreign Affairs of Armenia',
    kind: 'organisation',
    country: 'AM',
    variants: [
      'Armenian Foreign Ministry',
      "Armenia's Foreign Ministry",
      'Foreign Ministry of Armenia',
      'Armenian Ministry of Foreign Affairs',
      'Armenian MFA',
    ],
  },
  {
    id: 'mod-armenia',
    name: 'Ministry of Defence of Armenia',
    kind: 'organisation',
    country: 'AM',
    variants: [
      'Armenian Ministry of Defense',
      'Armenian Defense Ministry',
      "Armenia's Defense Ministry",
      'Ministry of Defense of Armenia',
      'Armenian MoD',
    ],
  },
  {
    id: 'radio-liberty-armenian',
    name: "Radio Liberty's Armenian service",
    kind: 'organisation',
    country: 'AM',
    variants: [
      'Armenian service of Radio Liberty',
      'Radio Liberty Armenian service',
      "RFE/RL's Armenian Service",
      'Radio Azatutyun',
      'Azatutyun',
      'Armenian service of Radio Free Europe/Radio Liberty',
    ],
  },
  // ── Nagorno-Karabakh ───────────────────────────────────────────────────────
  {
    id: 'karabakh-authorities',
    name: 'Karabakh Armenian authorities',
    kind: 'government',
    country: 'NK',
    variants: [
      'Karabakh authorities',
      'Nagorno-Karabakh authorities',
      'Artsakh authorities',
      'separatist authorities',
      'Karabakh Armenian authorities',
      'de facto authorities of Nagorno-Karabakh',
      'Stepanakert authorities',
      'Karabakh separatists',
      'ethnic Armenian authorities in Nagorno-Karabakh',
      'Karabakh leadership',
      'Artsakh government',
      'Karabakh separatist authorities',
      "Karabakh's separatist authorities",
      'separatist authorities in Karabakh',
      'ethnic Armenian authorities',
      'ethnic Armenian authorities in the region',
      // The wires' name for the region's officials (CONVENTIONS 4), as for its authorities.
      'ethnic Armenian officials',
      'ethnic Armenian officials in the region',
      'Karabakh Armenian officials',
      'de facto authorities in Nagorno-Karabakh',
      'de facto authorities',
      // As "the Armenian side" is Armenia's government: the party to talks or fighting.
      'Karabakh side',
      'Artsakh side',
    ],
  },
  {
    id: 'harutyunyan',
    name: 'Arayik Harutyunyan',
    kind: 'person',
    role: 'Leader of the Karabakh Armenian authorities',
    country: 'NK',
    variants: ['Harutyunyan', 'Arayik Harutiunian', 'Harutiunian'],
    roles: [
      {
        phrases: ['Karabakh leader', 'Nagorno-Karabakh leader', 'separatist leader', 'Artsakh president'],
        from: '2020-05',
        to: '2023-08',
      },
    ],
  },
  {
    id: 'shahramanyan',
    name: 'Samvel Shahramanyan',
    kind: 'person',
    role: 'Leader of the Karabakh Armenian authorities',
    country: 'NK',
    variants: ['Shahramanyan', 'Samvel Shakhramanyan'],
    roles: [
      {
        phrases: ['Karabakh leader', 'Nagorno-Karabakh leader', 'separatist leader', 'Artsakh president'],
        from: '2023-09',
        to: '2023-12',
      },
    ],
  },
  {
    id: 'vardanyan',
    name: 'Ruben Vardanyan',
    kind: 'person',
    role: 'Former State Minister of Nagorno-Karabakh',
    country: 'NK',
    variants: ['Vardanyan', 'Ruben Vardanian'],
  },
  // ── Officials of 2020–2024, Armenia, Azerbaijan and Karabakh ───────────────
  // Roles carry terms only where the dates are sure; spokespeople whose terms overlap are known by name only.
  {
    id: 'sarkissian',
    name: 'Armen Sarkissian',
    kind: 'person',
    role: 'President of Armenia',
    country: 'AM',
    variants: ['Armen Sarkisian', 'Armen Sargsyan', 'President Sarkissian'],
    roles: [
      {
        phrases: ['Armenian President', 'President of Armenia', "Armenia's President"],
        from: '2018-04',
        to: '2022-01',
      },
    ],
  },
  {
    id: 'khachaturyan',
    name: 'Vahagn Khachaturyan',
    kind: 'person',
    role: 'President of Armenia',
    country: 'AM',
    variants: ['Vahagn Khachaturian', 'President Khachaturyan'],
    roles: [
      { phrases: ['Armenian President', 'President of Armenia', "Armenia's President"], from: '2022-03' },
    ],
  },
  {
    id: 'tonoyan',
    name: 'Davit Tonoyan',
    kind: 'person',
    role: 'Defence Minister of Armenia',
    country: 'AM',
    variants: ['David Tonoyan', 'Tonoyan'],
    roles: [
      {
        phrases: ['Armenian defence minister', 'Defence Minister of Armenia', "Armenia's defence minister"],
        from: '2018-05',
        to: '2020-11',
      },
    ],
  },
  {
    id: 'papikyan',
    name: 'Suren Papikyan',
    kind: 'person',
    role: 'Defence Minister of Armenia',
    country: 'AM',
    variants: ['Papikyan', 'Suren Papikian', 'Papikian'],
    roles: [
      {
        phrases: ['Armenian defence minister', 'Defence Minister of Armenia', "Armenia's defence minister"],
        from: '2021-11',
      },
    ],
  },
  {
    id: 'armen-grigoryan',
    name: 'Armen Grigoryan',
    kind: 'person',
    role: 'Secretary of the Security Council of Armenia',
    country: 'AM',
    variants: ['Armen Grigorian', 'Grigoryan', 'Grigorian'],
    roles: [
      {
        phrases: [
          'Secretary of the Security Council of Armenia',
          'Armenian Security Council Secretary',
          "Secretary of Armenia's Security Council",
          'Armenian Security Council secretary',
        ],
        from: '2019-05',
      },
    ],
  },
  {
    id: 'alen-simonyan',
    name: 'Alen Simonyan',
    kind: 'person',
    role: 'Speaker of the National Assembly of Armenia',
    country: 'AM',
    variants: ['Alen Simonian', 'Speaker Simonyan'],
    roles: [
      {
        phrases: [
          'Speaker of the Armenian parliament',
          'Armenian parliament speaker',
          'Speaker of the National Assembly of Armenia',
        ],
        from: '2021-08',
      },
    ],
  },
  {
    id: 'tatoyan',
    name: 'Arman Tatoyan',
    kind: 'person',
    role: 'Human Rights Defender of Armenia',
    country: 'AM',
    variants: ['Tatoyan', 'Arman Tatoian'],
    roles: [
      {
        phrases: [
          'Armenian ombudsman',
          'Human Rights Defender of Armenia',
          "Armenia's Human Rights Defender",
        ],
        from: '2016-02',
        to: '2022-01',
      },
    ],
  },
  {
    id: 'naghdalyan',
    name: 'Anna Naghdalyan',
    kind: 'person',
    role: 'Spokesperson of the Armenian Foreign Ministry',
    country: 'AM',
    variants: ['Naghdalyan', 'Anna Nagdalyan'],
  },
  {
    id: 'ani-badalyan',
    name: 'Ani Badalyan',
    kind: 'person',
    role: 'Spokesperson of the Armenian Foreign Ministry',
    country: 'AM',
    variants: ['Ani Badalian'],
  },
  {
    id: 'mane-gevorgyan',
    name: 'Mane Gevorgyan',
    kind: 'person',
    role: 'Spokesperson of the Prime Minister of Armenia',
    country: 'AM',
    variants: ['Mane Gevorgian'],
  },
  {
    id: 'hasanov',
    name: 'Zakir Hasanov',
    kind: 'person',
    role: 'Defence Minister of Azerbaijan',
    country: 'AZ',
    variants: ['Zakir Hasanli', 'Hasanov', 'Colonel General Zakir Hasanov'],
    roles: [
      {
        phrases: [
          'Azerbaijani defence minister',
          'Defence Minister of Azerbaijan',
          "Azerbaijan's defence minister",
        ],
        from: '2013-10',
      },
    ],
  },
  {
    id: 'asadov',
    name: 'Ali Asadov',
    kind: 'person',
    role: 'Prime Minister of Azerbaijan',
    country: 'AZ',
    variants: ['Asadov', 'Ali Asadov'],
    roles: [
      {
        phrases: [
          'Azerbaijani Prime Minister',
          'Prime Minister of Azerbaijan',
          "Azerbaijan's Prime Minister",
        ],
        from: '2019-10',
      },
    ],
  },
  {
    id: 'mehriban-aliyeva',
    name: 'Mehriban Aliyeva',
    kind: 'person',
    role: 'First Vice-President of Azerbaijan',
    country: 'AZ',
    variants: ['Mehriban Aliyev', 'Mehriban Alieva'],
    roles: [
      {
        phrases: [
          'First Vice-President of Azerbaijan',
          'Azerbaijani First Vice-President',
          "Azerbaijan's First Vice-President",
        ],
        from: '2017-02',
      },
    ],
  },
  {
    id: 'gafarova',
    name: 'Sahiba Gafarova',
    kind: 'person',
    role: 'Speaker of the Milli Majlis of Azerbaijan',
    country: 'AZ',
    variants: ['Gafarova', 'Sahiba Gafarova'],
    roles: [
      {
        phrases: [
          'Speaker of the Milli Majlis',
          'Azerbaijani parliament speaker',
          'Speaker of the Azerbaijani parliament',
        ],
        from: '2020-03',
      },
    ],
  },
  {
    id: 'kamran-aliyev',
    name: 'Kamran Aliyev',
    kind: 'person',
    role: 'Prosecutor General of Azerbaijan',
    country: 'AZ',
    variants: ['Kamran Aliev'],
    roles: [
      {
        phrases: [
          'Prosecutor General of Azerbaijan',
          'Azerbaijani Prosecutor General',
          "Azerbaijan's Prosecutor General",
        ],
        from: '2020-01',
      },
    ],
  },
  {
    id: 'prosecutor-general-azerbaijan',
    name: "Prosecutor General's Office of Azerbaijan",
    kind: 'organisation',
    country: 'AZ',
    variants: [
      "Azerbaijan's Prosecutor General's Office",
      "Azerbaijani Prosecutor General's Office",
      "General Prosecutor's Office of Azerbaijan",
      "Prosecutor General's Office of the Republic of Azerbaijan",
      // The office with the country as its owner is the national one, however its title is shortened
      // (CONVENTIONS 1: "its prosecutor general's office" after Azerbaijan is this body).
      "Azerbaijan's prosecutor's office",
      "Azerbaijani prosecutor's office",
      "Azerbaijan's chief prosecutor's office",
      "Azerbaijan's General Prosecutor's Office",
      "Azerbaijani General Prosecutor's Office",
    ],
  },
  {
    id: 'amirbayov',
    name: 'Elchin Amirbayov',
    kind: 'person',
    role: 'Representative of the President of Azerbaijan on special assignments',
    country: 'AZ',
    variants: ['Amirbayov', 'Elchin Amirbekov'],
  },
  {
    id: 'leyla-abdullayeva',
    name: 'Leyla Abdullayeva',
    kind: 'person',
    role: 'Spokesperson of the Azerbaijani Foreign Ministry',
    country: 'AZ',
    variants: ['Leyla Abdullaeva'],
  },
  {
    id: 'babayan',
    name: 'Davit Babayan',
    kind: 'person',
    role: 'Foreign Minister of the Karabakh Armenian authorities',
    country: 'NK',
    variants: ['David Babayan', 'Davit Babayan'],
  },
  {
    id: 'beglaryan',
    name: 'Artak Beglaryan',
    kind: 'person',
    role: 'Former State Minister of Nagorno-Karabakh',
    country: 'NK',
    variants: ['Beglaryan', 'Artak Beglarian'],
  },
  {
    id: 'gegham-stepanyan',
    name: 'Gegham Stepanyan',
    kind: 'person',
    role: 'Human Rights Defender of the Karabakh Armenian authorities',
    country: 'NK',
    variants: ['Gegham Stepanian'],
    roles: [
      {
        // Elected in 2021 (month not verified); the post ended with the Karabakh Armenian authorities.
        phrases: [
          'Human Rights Defender of Nagorno-Karabakh',
          'Human Rights Defender of Artsakh',
          'Nagorno-Karabakh Human Rights Defender',
          'Artsakh Human Rights Defender',
          'Karabakh Human Rights Defender',
          'Karabakh ombudsman',
          'Nagorno-Karabakh ombudsman',
          'Artsakh ombudsman',
          "Karabakh's human rights ombudsman",
          'ombudsman of Nagorno-Karabakh',
        ],
        from: '2021',
        to: '2023-12',
      },
    ],
  },
  {
    id: 'gurgen-nersisyan',
    name: 'Gurgen Nersisyan',
    kind: 'person',
    role: 'State Minister of the Karabakh Armenian authorities',
    country: 'NK',
    variants: ['Gurgen Nersisian'],
  },
  // ── Others of 2020–2024 ───────────────────────────────────────────────────────
  {
    id: 'shoigu',
    name: 'Sergei Shoigu',
    kind: 'person',
    role: 'Defence Minister of Russia',
    country: 'RU',
    variants: ['Shoigu', 'Sergey Shoigu'],
    roles: [
      {
        phrases: ['Russian defence minister', 'Defence Minister of Russia', "Russia's defence minister"],
        from: '2012-11',
        to: '2024-05',
      },
    ],
  },
  {
    id: 'rustam-muradov',
    name: 'Rustam Muradov',
    kind: 'person',
    role: 'Commander of the Russian peacekeeping contingent',
    country: 'RU',
    variants: ['Lieutenant General Rustam Muradov'],
    roles: [
      {
        phrases: ['commander of the Russian peacekeepers', 'Russian peacekeeping commander'],
        from: '2020-11',
        to: '2021-09',
      },
    ],
  },
  {
    id: 'cavusoglu',
    name: 'Mevlüt Çavuşoğlu',
    kind: 'person',
    role: 'Foreign Minister of Turkey',
    country: 'TR',
    variants: ['Mevlut Cavusoglu', 'Cavusoglu', 'Çavuşoğlu'],
    roles: [
      {
        phrases: ['Turkish foreign minister', 'Foreign Minister of Turkey', "Turkey's foreign minister"],
        from: '2015-11',
        to: '2023-06',
      },
    ],
  },
  {
    id: 'fidan',
    name: 'Hakan Fidan',
    kind: 'person',
    role: 'Foreign Minister of Turkey',
    country: 'TR',
    variants: ['Fidan'],
    roles: [
      {
        phrases: ['Turkish foreign minister', 'Foreign Minister of Turkey', "Turkey's foreign minister"],
        from: '2023-06',
      },
    ],
  },
  {
    id: 'amir-abdollahian',
    name: 'Hossein Amir-Abdollahian',
    kind: 'person',
    role: 'Foreign Minister of Iran',
    country: 'IR',
    variants: ['Amir-Abdollahian', 'Amirabdollahian', 'Hossein Amirabdollahian', 'Abdollahian'],
    roles: [
      {
        phrases: [
          'Iranian foreign minister',
          'Foreign Minister of Iran',
          "Iran's foreign minister",
          'Iranian top diplomat',
        ],
        from: '2021-08',
        to: '2024-05',
      },
    ],
  },
  {
    id: 'kanaani',
    name: 'Nasser Kanaani',
    kind: 'person',
    role: 'Iranian Foreign Ministry spokesman',
    country: 'IR',
    variants: ['Kanaani', 'Nasser Kanani', 'Naser Kanaani'],
    roles: [
      {
        phrases: [
          'Iranian Foreign Ministry spokesman',
          "Iran's Foreign Ministry spokesman",
          'spokesman for the Iranian Foreign Ministry',
          'spokesman of the Iranian Foreign Ministry',
        ],
        from: '2022-06',
        to: '2024-08',
      },
    ],
  },
  {
    id: 'zarif',
    name: 'Mohammad Javad Zarif',
    kind: 'person',
    role: 'Foreign Minister of Iran',
    country: 'IR',
    variants: ['Zarif', 'Javad Zarif'],
    roles: [
      {
        phrases: ['Iranian foreign minister', 'Foreign Minister of Iran', "Iran's foreign minister"],
        from: '2013-08',
        to: '2021-08',
      },
    ],
  },
  {
    id: 'araghchi',
    name: 'Abbas Araghchi',
    kind: 'person',
    role: 'Foreign Minister of Iran',
    country: 'IR',
    variants: ['Araghchi', 'Araqchi', 'Abbas Araqchi'],
    roles: [
      {
        phrases: ['Iranian foreign minister', 'Foreign Minister of Iran', "Iran's foreign minister"],
        from: '2024-08',
      },
    ],
  },
  {
    id: 'raisi',
    name: 'Ebrahim Raisi',
    kind: 'person',
    role: 'President of Iran',
    country: 'IR',
    variants: ['Raisi', 'Ebrahim Raeisi', 'Raeisi'],
    roles: [
      {
        phrases: ['Iranian President', 'President of Iran', "Iran's President"],
        from: '2021-08',
        to: '2024-05',
      },
    ],
  },
  {
    id: 'rouhani',
    name: 'Hassan Rouhani',
    kind: 'person',
    role: 'President of Iran',
    country: 'IR',
    variants: ['Rouhani', 'Hassan Rohani', 'Rohani'],
    roles: [
      {
        phrases: ['Iranian President', 'President of Iran', "Iran's President"],
        from: '2013-08',
        to: '2021-08',
      },
    ],
  },
  {
    id: 'pezeshkian',
    name: 'Masoud Pezeshkian',
    kind: 'person',
    role: 'President of Iran',
    country: 'IR',
    variants: ['Pezeshkian'],
    roles: [{ phrases: ['Iranian President', 'President of Iran', "Iran's President"], from: '2024-07' }],
  },
  {
    id: 'le-drian',
    name: 'Jean-Yves Le Drian',
    kind: 'person',
    role: 'Foreign Minister of France',
    country: 'FR',
    variants: ['Le Drian'],
    roles: [
      {
        phrases: ['French foreign minister', 'Foreign Minister of France', "France's foreign minister"],
        from: '2017-05',
        to: '2022-05',
      },
    ],
  },
  {
    id: 'colonna',
    name: 'Catherine Colonna',
    kind: 'person',
    role: 'Foreign Minister of France',
    country: 'FR',
    variants: ['Colonna'],
    roles: [
      {
        phrases: ['French foreign minister', 'Foreign Minister of France', "France's foreign minister"],
        from: '2022-05',
        to: '2024-01',
      },
    ],
  },
  {
    id: 'sejourne',
    name: 'Stéphane Séjourné',
    kind: 'person',
    role: 'Foreign Minister of France',
    country: 'FR',
    variants: ['Stephane Sejourne', 'Séjourné', 'Sejourne'],
    roles: [
      {
        phrases: ['French foreign minister', 'Foreign Minister of France', "France's foreign minister"],
        from: '2024-01',
        to: '2024-09',
      },
    ],
  },
  {
    id: 'barrot',
    name: 'Jean-Noël Barrot',
    kind: 'person',
    role: 'Foreign Minister of France',
    country: 'FR',
    variants: ['Jean-Noel Barrot'],
    roles: [
      {
        phrases: ['French foreign minister', 'Foreign Minister of France', "France's foreign minister"],
        from: '2024-09',
      },
    ],
  },
  // France's prime ministers: the months of each change overlap, so a story in such a month names neither.
  ...frenchPrimeMinisters([
    ['castex', 'Jean Castex', ['Castex'], '2020-07', '2022-05'],
    ['borne', 'Élisabeth Borne', ['Elisabeth Borne'], '2022-05', '2024-01'],
    ['attal', 'Gabriel Attal', ['Attal'], '2024-01', '2024-09'],
    ['barnier', 'Michel Barnier', ['Barnier'], '2024-09', '2024-12'],
  ]),
  // ── Germany ────────────────────────────────────────────────────────────────
  {
    id: 'merkel',
    name: 'Angela Merkel',
    kind: 'person',
    role: 'Chancellor of Germany',
    country: 'DE',
    variants: ['Merkel'],
    roles: [{ phrases: GERMAN_CHANCELLOR, from: '2005-11', to: '2021-12' }],
  },
  {
    id: 'scholz',
    name: 'Olaf Scholz',
    kind: 'person',
    role: 'Chancellor of Germany',
    country: 'DE',
    variants: ['Scholz'],
    roles: [{ phrases: GERMAN_CHANCELLOR, from: '2021-12', to: '2025-05' }],
  },
  {
    id: 'steinmeier',
    name: 'Frank-Walter Steinmeier',
    kind: 'person',
    role: 'President of Germany',
    country: 'DE',
    variants: ['Steinmeier'],
    roles: [
      {
        phrases: [
          'German President',
          'President of Germany',
          "Germany's President",
          'German Federal President',
        ],
        from: '2017-03',
      },
    ],
  },
  {
    id: 'maas',
    name: 'Heiko Maas',
    kind: 'person',
    role: 'Foreign Minister of Germany',
    country: 'DE',
    variants: [],
    roles: [{ phrases: GERMAN_FOREIGN_MINISTER, from: '2018-03', to: '2021-12' }],
  },
  {
    id: 'baerbock',
    name: 'Annalena Baerbock',
    kind: 'person',
    role: 'Foreign Minister of Germany',
    country: 'DE',
    variants: ['Baerbock'],
    roles: [{ phrases: GERMAN_FOREIGN_MINISTER, from: '2021-12', to: '2025-05' }],
  },
  // ── The churches whose heads speak on the conflict ─────────────────────────
  {
    id: 'pope-francis',
    name: 'Pope Francis',
    kind: 'person',
    role: 'Pope',
    variants: ['Pope Francis I', 'Jorge Mario Bergoglio'],
    roles: [{ phrases: ['Pope', 'Pontiff', 'Roman Pontiff'], from: '2013-03', to: '2025-04' }],
  },
  {
    // The two Catholicoi share the bare title: "the Catholicos" alone names neither.
    id: 'karekin-ii',
    name: 'Karekin II',
    kind: 'person',
    role: 'Catholicos of All Armenians',
    variants: [
      'Catholicos Karekin II',
      'Catholicos of All Armenians Karekin II',
      'Garegin II',
      'Catholicos Garegin II',
      'Catholicos of All Armenians Garegin II',
    ],
    roles: [
      { phrases: ['Catholicos of All Armenians', 'Catholicos', 'Armenian Catholicos'], from: '1999-10' },
    ],
  },
  {
    id: 'aram-i',
    name: 'Aram I',
    kind: 'person',
    role: 'Catholicos of the Great House of Cilicia',
    variants: ['Catholicos Aram I', 'Catholicos of Cilicia Aram I'],
    roles: [
      {
        phrases: ['Catholicos of the Great House of Cilicia', 'Catholicos of Cilicia', 'Catholicos'],
        from: '1995',
      },
    ],
  },
  {
    id: 'kvien',
    name: 'Kristina Kvien',
    kind: 'person',
    role: 'US Ambassador to Armenia',
    country: 'US',
    variants: ['Kvien', 'Ambassador Kvien', 'Kristina A. Kvien'],
    roles: [
      {
        // Years verified from embassy releases; the months her term began and ended are not.
        phrases: ['US Ambassador to Armenia', 'American ambassador to Armenia', 'US ambassador in Yerevan'],
        from: '2023',
        to: '2024',
      },
    ],
  },
  {
    id: 'klaar',
    name: 'Toivo Klaar',
    kind: 'person',
    role: 'EU Special Representative for the South Caucasus',
    country: 'EU',
    variants: ['Klaar'],
    roles: [
      {
        phrases: [
          'EU Special Representative for the South Caucasus',
          'EU special envoy for the South Caucasus',
        ],
        from: '2017-11',
      },
    ],
  },
  {
    id: 'biden',
    name: 'Joe Biden',
    kind: 'person',
    role: 'President of the United States',
    country: 'US',
    variants: ['Biden', 'Joseph R. Biden', 'Joseph Biden', 'President Biden'],
    roles: [
      {
        phrases: US_PRESIDENT,
        from: '2021-01',
        to: '2025-01',
      },
    ],
  },
  {
    id: 'obama',
    name: 'Barack Obama',
    kind: 'person',
    role: 'President of the United States',
    country: 'US',
    variants: ['Obama', 'Barack H. Obama', 'President Obama'],
    roles: [{ phrases: US_PRESIDENT, from: '2009-01', to: '2017-01' }],
  },
  {
    id: 'trump',
    name: 'Donald Trump',
    kind: 'person',
    role: 'President of the United States',
    country: 'US',
    variants: ['Trump', 'Donald J. Trump', 'President Trump'],
    roles: [
      { phrases: US_PRESIDENT, from: '2017-01', to: '2021-01' },
      { phrases: US_PRESIDENT, from: '2025-01' },
    ],
  },
  {
    id: 'sullivan',
    name: 'Jake Sullivan',
    kind: 'person',
    role: 'US National Security Adviser',
    country: 'US',
    variants: ['Jake Sullivan'],
    roles: [
      {
        phrases: [
          'US National Security Adviser',
          'National Security Adviser',
          'White House national security adviser',
        ],
        from: '2021-01',
        to: '2025-01',
      },
    ],
  },
  // ── Russia ─────────────────────────────────────────────────────────────────
  {
    id: 'putin',
    name: 'Vladimir Putin',
    kind: 'person',
    role: 'President of Russia',
    country: 'RU',
    variants: ['Putin', 'President Putin', 'Vladimir Vladimirovich Putin'],
    roles: [
      {
        phrases: [
          'Russian President',
          'President of Russia',
          "Russia's President",
          'Russian leader',
          'Kremlin leader',
        ],
        from: '2012-05',
      },
    ],
  },
  {
    id: 'lavrov',
    name: 'Sergey Lavrov',
    kind: 'person',
    role: 'Foreign Minister of Russia',
    country: 'RU',
    variants: ['Lavrov', 'Sergei Lavrov'],
    roles: [
      {
        phrases: [
          'Russian foreign minister',
          'Foreign Minister of Russia',
          "Russia's foreign minister",
          'Russian top diplomat',
        ],
        from: '2004-03',
      },
    ],
  },
  {
    id: 'mishustin',
    name: 'Mikhail Mishustin',
    kind: 'person',
    role: 'Prime Minister of Russia',
    country: 'RU',
    variants: ['Mishustin'],
    roles: [
      {
        phrases: ['Russian Prime Minister', 'Prime Minister of Russia', "Russia's Prime Minister"],
        from: '2020-01',
      },
    ],
  },
  {
    id: 'zakharova',
    name: 'Maria Zakharova',
    kind: 'person',
    role: 'Russian Foreign Ministry spokeswoman',
    country: 'RU',
    variants: ['Zakharova', 'Mariya Zakharova'],
    roles: [
      {
        phrases: [
          'Russian Foreign Ministry spokeswoman',
          'Russian Foreign Ministry Spokeswoman',
          'Russian Foreign Ministry spokesperson',
          'spokeswoman for the Russian Foreign Ministry',
        ],
        from: '2015-08',
      },
    ],
  },
  {
    id: 'peskov',
    name: 'Dmitry Peskov',
    kind: 'person',
    role: 'Kremlin spokesman',
    country: 'RU',
    variants: ['Peskov', 'Dmitri Peskov'],
    roles: [
      {
        phrases: [
          'Kremlin spokesman',
          'Kremlin spokesperson',
          'Kremlin press secretary',
          "Putin's press secretary",
        ],
        from: '2012-05',
      },
    ],
  },
  {
    id: 'kremlin',
    name: 'The Kremlin',
    kind: 'government',
    country: 'RU',
    variants: ['Kremlin', 'Russian presidential administration'],
  },
  {
    id: 'gov-russia',
    name: 'Government of Russia',
    kind: 'government',
    country: 'RU',
    variants: [
      'Moscow',
      'Russia',
      'Russian Federation',
      'Russian government',
      'Russian authorities',
      'official Moscow',
      'Russian side',
    ],
  },
  {
    id: 'mfa-russia',
    name: 'Ministry of Foreign Affairs of Russia',
    kind: 'organisation',
    country: 'RU',
    variants: [
      'Russian Foreign Ministry',
      "Russia's Foreign Ministry",
      'Russian Ministry of Foreign Affairs',
      'Russian MFA',
    ],
  },
  {
    id: 'russian-peacekeepers',
    name: 'Russian peacekeeping contingent',
    kind: 'organisation',
    country: 'RU',
    variants: [
      'Russian peacekeepers',
      'Russian peacekeeping forces',
      'Russian peacekeeping contingent',
      'Russian contingent',
      'peacekeeping contingent',
      'Russian peacekeeping command',
      'Russian peacekeeping mission',
    ],
  },
  {
    id: 'mod-russia',
    name: 'Ministry of Defence of Russia',
    kind: 'organisation',
    country: 'RU',
    variants: ['Russian Defense Ministry', 'Russian Ministry of Defense', "Russia's Defense Ministry"],
  },
  // ── Others ─────────────────────────────────────────────────────────────────
  {
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    kind: 'person',
    role: 'President of Turkey',
    country: 'TR',
    variants: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'Tayyip Erdogan'],
    roles: [{ phrases: ['Turkish President', 'President of Turkey', "Turkey's President"], from: '2014-08' }],
  },
  {
    id: 'gov-turkey',
    name: 'Government of Turkey',
    kind: 'government',
    country: 'TR',
    variants: ['Ankara', 'Turkey', 'Türkiye', 'Turkish government'],
  },
  {
    id: 'gov-france',
    name: 'Government of France',
    kind: 'government',
    country: 'FR',
    variants: ['Paris', 'France', 'French government'],
  },
  {
    id: 'macron',
    name: 'Emmanuel Macron',
    kind: 'person',
    role: 'President of France',
    country: 'FR',
    variants: ['Macron'],
    roles: [{ phrases: ['French President', 'President of France'], from: '2017-05' }],
  },
  {
    id: 'guterres',
    name: 'António Guterres',
    kind: 'person',
    role: 'UN Secretary-General',
    country: 'UN',
    variants: ['Guterres', 'Antonio Guterres'],
    roles: [
      {
        phrases: [
          'UN Secretary-General',
          'UN Secretary General',
          'Secretary-General of the United Nations',
          'UN chief',
        ],
        from: '2017-01',
      },
    ],
  },
  {
    id: 'un',
    name: 'United Nations',
    kind: 'organisation',
    country: 'UN',
    variants: ['UN', 'U.N.', 'United Nations'],
  },
  {
    id: 'un-security-council',
    name: 'UN Security Council',
    kind: 'organisation',
    country: 'UN',
    variants: ['Security Council', 'United Nations Security Council', 'UNSC'],
  },
  {
    id: 'eu',
    name: 'European Union',
    kind: 'organisation',
    country: 'EU',
    variants: ['EU', 'European Union', 'Brussels'],
  },
  {
    id: 'michel',
    name: 'Charles Michel',
    kind: 'person',
    role: 'President of the European Council',
    country: 'EU',
    variants: ['Michel', 'Charles Michel'],
    roles: [
      {
        phrases: ['European Council President', 'President of the European Council'],
        from: '2019-12',
        to: '2024-11',
      },
    ],
  },
  {
    id: 'borrell',
    name: 'Josep Borrell',
    kind: 'person',
    role: 'EU foreign policy chief',
    country: 'EU',
    variants: ['Borrell'],
    roles: [
      {
        phrases: ['EU foreign policy chief', 'EU High Representative', 'EU top diplomat'],
        from: '2019-12',
        to: '2024-11',
      },
    ],
  },
  {
    id: 'von-der-leyen',
    name: 'Ursula von der Leyen',
    kind: 'person',
    role: 'President of the European Commission',
    country: 'EU',
    variants: ['von der Leyen', 'Von der Leyen'],
    roles: [
      {
        phrases: [
          'European Commission President',
          'President of the European Commission',
          'EU Commission President',
          'Commission President',
        ],
        from: '2019-12',
      },
    ],
  },
  {
    id: 'costa',
    name: 'António Costa',
    kind: 'person',
    role: 'President of the European Council',
    country: 'EU',
    variants: ['Antonio Costa'],
    roles: [
      { phrases: ['European Council President', 'President of the European Council'], from: '2024-12' },
    ],
  },
  {
    id: 'kallas',
    name: 'Kaja Kallas',
    kind: 'person',
    role: 'EU foreign policy chief',
    country: 'EU',
    variants: ['Kallas'],
    roles: [
      {
        phrases: ['EU foreign policy chief', 'EU High Representative', 'EU top diplomat'],
        from: '2024-12',
      },
    ],
  },
  {
    id: 'osce-minsk-group',
    name: 'OSCE Minsk Group',
    kind: 'organisation',
    variants: [
      'Minsk Group',
      'OSCE Minsk Group co-chairs',
      'Minsk Group co-chairs',
      'co-chairs of the OSCE Minsk Group',
      // The OSCE spelled out, before the group as its owner or after it ("the Minsk Group of …").
      ...OSCE_SPELLED_OUT.flatMap((osce) => [`${osce}'s Minsk Group`, `Minsk Group of the ${osce}`]),
    ],
  },
  {
    id: 'unhcr',
    name: 'UNHCR',
    kind: 'organisation',
    country: 'UN',
    variants: [
      'UN refugee agency',
      'UN Refugee Agency UNHCR',
      'UN refugee agency UNHCR',
      'United Nations refugee agency',
      'Office of the United Nations High Commissioner for Refugees',
    ],
  },
  {
    id: 'icrc',
    name: 'International Committee of the Red Cross',
    kind: 'organisation',
    variants: ['ICRC', 'Red Cross', 'International Committee of the Red Cross'],
  },
  // Azerbaijan's demining agency, quoted in about 55 articles over 45 sets under its letters or its name
  // with the country (CONVENTIONS 1: a recurring body gets an id). Named "ANAMA", so a gold
  // `text:anama` (rule 7, the letters the article uses) is its canonical name. The bare "Mine Action
  // Agency" is no variant: its side comes only from the article (rule 1 keeps it `text:` there).
  {
    id: 'anama',
    name: 'ANAMA',
    kind: 'organisation',
    country: 'AZ',
    variants: [
      'Azerbaijan National Agency for Mine Action',
      'Azerbaijan National Mine Action Agency',
      "Azerbaijan's mine agency",
      ...countrysBodyNames('Azerbaijan', 'Azerbaijani', [
        'Mine Action Agency',
        'National Agency for Mine Action',
      ]),
    ],
  },
  // ── The two states' recurring bodies (press, border, security, rescue, health, police, prosecution) ──
  stateBody('sbs-azerbaijan', 'AZ', ['State Border Service', 'border service']),
  stateBody('sss-azerbaijan', 'AZ', ['State Security Service']),
  stateBody('nss-armenia', 'AM', ['National Security Service']),
  stateBody('mes-azerbaijan', 'AZ', EMERGENCIES_MINISTRY),
  stateBody('mes-armenia', 'AM', EMERGENCIES_MINISTRY),
  stateBody('moh-azerbaijan', 'AZ', HEALTH_MINISTRY),
  stateBody('moh-armenia', 'AM', HEALTH_MINISTRY),
  stateBody('mia-azerbaijan', 'AZ', INTERIOR_MINISTRY),
  stateBody('mia-armenia', 'AM', INTERIOR_MINISTRY),
  stateBody('prosecutor-general-armenia', 'AM', [
    "Prosecutor General's Office",
    "General Prosecutor's Office",
    "prosecutor's office",
  ]),
  // ── Places ─────────────────────────────────────────────────────────────────
  {
    id: 'karabakh',
    name: 'Nagorno-Karabakh',
    kind: 'place',
    country: 'AZ',
    seat: { id: 'karabakh-authorities', to: '2023-12' },
    variants: [
      'Nagorno Karabakh',
      'Karabakh',
      'Karabagh',
      'Garabagh',
      'Qarabag',
      'Qarabağ',
      'Artsakh',
      'Nagorny Karabakh',
      'Mountainous Karabakh',
      'Upper Karabakh',
      'Nagorno-Karabakh region',
      'Karabakh region',
    ],
  },
  {
    id: 'stepanakert',
    name: 'Stepanakert',
    kind: 'place',
    country: 'AZ',
    seat: { id: 'karabakh-authorities', to: '2023-12' },
    variants: ['Khankendi', 'Xankendi', 'Xankəndi', 'Khankandi', 'Stepanakert/Khankendi'],
  },
  {
    id: 'shusha',
    name: 'Shusha',
    kind: 'place',
    country: 'AZ',
    // Held by the region's authorities until Azerbaijan took the town on 8 November 2020.
    seat: { id: 'karabakh-authorities', to: '2020-11' },
    variants: ['Shushi', 'Şuşa', 'Susa'],
  },
  {
    id: 'lachin',
    name: 'Lachin',
    kind: 'place',
    country: 'AZ',
    variants: ['Lachin corridor', 'Berdzor', 'Laçın'],
  },
  { id: 'goris', name: 'Goris', kind: 'place', country: 'AM', variants: [] },
  { id: 'yevlakh', name: 'Yevlakh', kind: 'place', country: 'AZ', variants: ['Yevlax'] },
  {
    id: 'agdam',
    name: 'Aghdam',
    kind: 'place',
    country: 'AZ',
    // Held by the region's authorities until the district was handed over on 20 November 2020.
    seat: { id: 'karabakh-authorities', to: '2020-11' },
    variants: ['Agdam', 'Ağdam', 'Akna'],
  },
];

/**
 * The gender of the people above, as their own offices write of them ("he", "she"): a pronoun
 * may point back only to a person it fits. Every person in the gazetteer is listed (a test holds it).
 */
export const PERSON_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  blinken: 'm',
  pompeo: 'm',
  miller: 'm',
  price: 'm',
  ortagus: 'f',
  power: 'f',
  aliyev: 'm',
  bayramov: 'm',
  mammadyarov: 'm',
  hajiyev: 'm',
  pashinyan: 'm',
  mnatsakanyan: 'm',
  mirzoyan: 'm',
  harutyunyan: 'm',
  shahramanyan: 'm',
  vardanyan: 'm',
  sarkissian: 'm',
  khachaturyan: 'm',
  tonoyan: 'm',
  papikyan: 'm',
  'armen-grigoryan': 'm',
  'alen-simonyan': 'm',
  tatoyan: 'm',
  naghdalyan: 'f',
  'ani-badalyan': 'f',
  'mane-gevorgyan': 'f',
  hasanov: 'm',
  asadov: 'm',
  'mehriban-aliyeva': 'f',
  gafarova: 'f',
  'kamran-aliyev': 'm',
  amirbayov: 'm',
  'leyla-abdullayeva': 'f',
  babayan: 'm',
  beglaryan: 'm',
  'gegham-stepanyan': 'm',
  'gurgen-nersisyan': 'm',
  shoigu: 'm',
  'rustam-muradov': 'm',
  cavusoglu: 'm',
  fidan: 'm',
  'amir-abdollahian': 'm',
  zarif: 'm',
  kanaani: 'm',
  araghchi: 'm',
  raisi: 'm',
  rouhani: 'm',
  pezeshkian: 'm',
  'le-drian': 'm',
  colonna: 'f',
  kvien: 'f',
  klaar: 'm',
  biden: 'm',
  sullivan: 'm',
  putin: 'm',
  lavrov: 'm',
  zakharova: 'f',
  peskov: 'm',
  erdogan: 'm',
  macron: 'm',
  guterres: 'm',
  michel: 'm',
  borrell: 'm',
  obama: 'm',
  trump: 'm',
  mishustin: 'm',
  'von-der-leyen': 'f',
  costa: 'm',
  kallas: 'f',
  sejourne: 'm',
  barrot: 'm',
  castex: 'm',
  borne: 'f',
  attal: 'm',
  barnier: 'm',
  merkel: 'f',
  scholz: 'm',
  steinmeier: 'm',
  maas: 'm',
  baerbock: 'f',
  'pope-francis': 'm',
  'karekin-ii': 'm',
  'aram-i': 'm',
};
