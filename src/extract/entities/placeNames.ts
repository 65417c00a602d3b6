import { foldUndecomposed } from './normalise.ts';
/**
 * Places the two sides name differently. Each entry pairs the Armenian form with the
 * Azerbaijani one (transliterations as the press writes them); the bot's own words give both
 * (`Stepanakert / Khankendi`), and a search with any form finds every form. Quotes are never
 * touched: a source's word for a place is part of what it said.
 */
export interface ContestedPlace {
  id: string;
  /** The forms Armenian sources use, the first as the bot writes it. */
  armenian: readonly string[];
  /** The forms Azerbaijani sources use, the first as the bot writes it. */
  azerbaijani: readonly string[];
  /** Forms both sides or neither use (the region's international name). */
  shared?: readonly string[];
}

export const CONTESTED_PLACES: readonly ContestedPlace[] = [
  {
    id: 'stepanakert',
    armenian: ['Stepanakert'],
    azerbaijani: ['Khankendi', 'Xankendi', 'Xankəndi', 'Khankandi'],
  },
  { id: 'shusha', armenian: ['Shushi'], azerbaijani: ['Shusha', 'Şuşa'] },
  { id: 'lachin', armenian: ['Berdzor'], azerbaijani: ['Lachin', 'Laçın'] },
  { id: 'aghdara', armenian: ['Martakert'], azerbaijani: ['Aghdara', 'Agdara', 'Ağdərə', 'Aghdere'] },
  { id: 'khojavend', armenian: ['Martuni'], azerbaijani: ['Khojavend', 'Xocavənd', 'Khojavand'] },
  { id: 'kalbajar', armenian: ['Karvachar', 'Karvajar'], azerbaijani: ['Kalbajar', 'Kelbajar', 'Kəlbəcər'] },
  { id: 'fuzuli', armenian: ['Varanda'], azerbaijani: ['Fuzuli', 'Füzuli'] },
  { id: 'jabrayil', armenian: ['Jrakan'], azerbaijani: ['Jabrayil', 'Jabrail', 'Cəbrayıl'] },
  { id: 'zangilan', armenian: ['Kovsakan'], azerbaijani: ['Zangilan', 'Zəngilan'] },
  { id: 'aghdam', armenian: ['Akna'], azerbaijani: ['Aghdam', 'Agdam', 'Ağdam'] },
  {
    id: 'karabakh',
    armenian: ['Artsakh'],
    azerbaijani: ['Garabagh', 'Qarabağ', 'Karabagh'],
    shared: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh'],
  },
];

/** Every form of a place, in the order the bot writes them: shared, Armenian, Azerbaijani. */
export function formsOf(place: ContestedPlace): string[] {
  return [...(place.shared ?? []), ...place.armenian, ...place.azerbaijani];
}

/** How the bot writes a place in its own words: `Stepanakert / Khankendi`, `Nagorno-Karabakh / Artsakh / Garabagh`. */
export function bothNames(place: ContestedPlace): string {
  return [place.shared?.[0], place.armenian[0], place.azerbaijani[0]].filter(Boolean).join(' / ');
}

const COMBINING_MARK = /\p{M}/gu;

const fold = (s: string) =>
  foldUndecomposed(s.normalize('NFD').replace(COMBINING_MARK, '').replace(/ə/g, 'e').toLowerCase());

const BY_FORM = new Map<string, ContestedPlace>();
for (const place of CONTESTED_PLACES) for (const form of formsOf(place)) BY_FORM.set(fold(form), place);

/** The contested place a word or name is a form of ("khankendi", "Shushi", "Nagorno-Karabakh"), or null. */
export function contestedPlace(name: string): ContestedPlace | null {
  return BY_FORM.get(fold(name.trim())) ?? null;
}

/** Every form as written, longest first, for finding them in running text. */
const ALL_FORMS = CONTESTED_PLACES.flatMap(formsOf).sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form in the bot's own text, with the "/ other form" that may already follow it. */
const FORM_IN_TEXT = new RegExp(
  `(?<![\\p{L}-])(${ALL_FORMS.map(escapeRegExp).join('|')})(?![\\p{L}-])(?:\\s*/\\s*[\\p{L}-]+(?:\\s*/\\s*[\\p{L}-]+)?)?`,
  'giu',
);

/**
 * The bot's own words with every contested place named both ways: "Killed · Stepanakert" →
 * "Killed · Stepanakert / Khankendi". Never for quotes or corpus excerpts. Text already giving
 * the pair is left as it is.
 */
export function withBothNames(ownWords: string): string {
  return ownWords.normalize('NFC').replace(FORM_IN_TEXT, (whole, form: string) => {
    const place = BY_FORM.get(fold(form))!;
    // "Karabakh" alone is both sides' word (as in "the Karabakh issue"): only the full names pair.
    if (place.id === 'karabakh' && !/nagorno|artsakh|garabagh|qarabag|karabagh/i.test(fold(form)))
      return whole;
    return bothNames(place);
  });
}

/** Lower-case single words of every form, per word: "khankendi" → stepanakert, khankendi, xankendi, … */
const WORD_FORMS = new Map<string, string[]>();
for (const place of CONTESTED_PLACES) {
  const words = [
    ...new Set(
      formsOf(place)
        .flatMap((f) => f.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        .filter(Boolean),
    ),
  ];
  for (const w of words) WORD_FORMS.set(w, words);
  for (const w of words) WORD_FORMS.set(fold(w), words);
}

/**
 * The other words a search word stands for when it is (part of) a contested place's name:
 * "khankendi" → ["stepanakert", "khankendi", "xankendi", …]; any other word → [].
 */
export function placeSynonyms(word: string): readonly string[] {
  return WORD_FORMS.get(word.toLowerCase()) ?? WORD_FORMS.get(fold(word)) ?? [];
}

/**
 * For the bot's own account of a search: the contested places the words name, each with both
 * names ("Stepanakert / Khankendi"), or "" when they name none.
 */
export function placesSearched(words: string): string {
  const named = new Map<string, ContestedPlace>();
  for (const w of words.split(/[^\p{L}\p{N}-]+/u)) {
    const place = contestedPlace(w);
    if (place && !(place.id === 'karabakh' && /^karabakh$/i.test(w))) named.set(place.id, place);
  }
  return [...named.values()].map(bothNames).join('; ');
}
