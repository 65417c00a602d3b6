import { MONTH_NAMES, WEEKDAYS } from '../calendarNames.ts';
import { readSlashDate } from './dateLayouts.ts';
import {
  type DateParts,
  parseDateAtStart,
  parseWholeDate,
  weekdayContradicts,
  withAsciiDigits,
} from './dateText.ts';
import { dateOfLocalMonthStamp, isLocalWeekday, localWeekdayIndex } from './localMonths.ts';
import { FOREIGN_PUBLISHED_WORDS, FOREIGN_REVISION_WORDS, WORD_END } from './revisionWords.ts';

/**
 * A site's stamp line read by its anatomy rather than by one outlet's layout. A header line is a row of
 * parts set apart by bars, middle dots, spaced slashes or dashes, or by a field word that opens the next part:
 *   Marc Lessard · CBC News · Posted: Oct 05, 2020 4:12 PM ET | Last Updated: October 5, 2020
 *   Sept. 19, 2023, 10:12 AM EDT / Updated Sept. 19, 2023, 4:55 PM EDT
 *   Politics 17.08.2023 15:42            (a section label, then the day and the hour)
 *   Society 08/10/2020 18:22             (a slash date in an order the lead settles)
 * Each part is a date (with its clock time and zone), a clock time, a byline, a name (an outlet, an agency,
 * a section), or a reading time, maybe after a field word (posted, published, created, updated, last modified) saying
 * which date it is. Any other part (a verb, a number of people) makes the line running text: no stamp.
 * The publication date is the part called published, posted or created, else the one no field word calls a revision.
 */

export interface HeaderStamp {
  date: DateParts;
  /** A line whose only date is called a revision dates the piece as Updated, never as Published. */
  role: 'published' | 'updated';
  /** The date as the line writes it, after its field word. */
  written: string;
  /** How a slash date's order was settled, when the line alone does not show it. */
  why?: string;
  /**
   * The line shows it is a stamp, not a title ending with a date: a clock time, a field word, a byline or a
   * reading time. Where a headline may stand, only a marked line is read as a stamp.
   */
  marked: boolean;
}

/** A header line with a byline, two stamps and a section fits in this; longer lines are running text. */
const MAX_STAMP_LINE_CHARS = 160;
/** "December 13, 2023, Wednesday // 16:05": a spaced double slash parts the stamp as a single one does. */
const SEPARATOR = /\s*[|·•●▪∙]\s*|\s+(?:\/\/|[/–—-])\s+/u;
/**
 * "Aug - 17 - 2023 , 07:45", "17 - Aug - 2023": a date whose month name, day and year are set apart by spaced
 * dashes, which would otherwise part the stamp; read as "Aug 17, 2023".
 */
const SPACED_DASH_DATE =
  /(?<![\p{L}\d])(?:(\p{L}{3,9})\.?\s+[-–]\s+(\d{1,2})|(\d{1,2})\s+[-–]\s+(\p{L}{3,9})\.?)\s+[-–]\s+(\d{4})(?!\d)/gu;
/** Every match of SPACED_DASH_DATE holds a spaced dash: a line without one is returned as it is, unscanned. */
const SPACED_DASH = /\s[-–]\s/;
function withSpacedDashDate(line: string): string {
  if (!SPACED_DASH.test(line)) return line;
  return line.replace(
    SPACED_DASH_DATE,
    (whole, m1?: string, d1?: string, d2?: string, m2?: string, year?: string) => {
      const month = (m1 ?? m2)!;
      return MONTH_WORDS.has(month.toLowerCase()) ? `${month} ${d1 ?? d2}, ${year}` : whole;
    },
  );
}
/**
 * "9:14 AM [ Last Update: … ]", "December 15, 2022 (changed December 15, 2022 | 20:12)": a revision stamp in
 * brackets is a part of its own, whatever separators it holds inside.
 */
const BRACKETED_REVISION =
  /\[\s*((?:last\s+)?(?:updated?|modified|edited|revised|changed|amended)\b[^[\]]*?)\s*\]|\(\s*((?:last\s+)?(?:updated?|modified|edited|revised|changed|amended)\b[^()]*?)\s*\)/gi;
/**
 * "Publish date:", "Publication date:", "Release date:", "Date published:", "Entry date:" (the day a
 * site entered the piece, beside its "Last update:"), "Created:" (a site's pair "Created: … | Updated: …", in
 * Spanish "Creada: … Última actualización: …"): a field named by the date it holds, keyed with a colon as
 * header fields are (fields.ts).
 */
const KEYED_DATE =
  '(?:publish(?:ed)?|publication|release|entry)\\s+date(?=\\s*:)|date\\s+(?:of\\s+publication|published)(?=\\s*:)|(?:created|cread[oa]|criad[oa])(?=\\s*:)';
const FIELD_WORD = new RegExp(
  `^(${KEYED_DATE}|first\\s+published|published|posted|issued|filed|last\\s+updated|updated|last\\s+update(?=(?:\\s+on)?\\s*:)|update(?=\\s*:|\\s+\\d)|last\\s+modified|modified|edited|revised|changed|amended|${FOREIGN_PUBLISHED_WORDS}|${FOREIGN_REVISION_WORDS})${WORD_END}(?:\\s+(?:on|at))?\\s*[:-]?\\s*`,
  'i',
);
/**
 * A field word opens a new part even without a separator: "… 4:12 PM ET Updated Oct 6, 2020"; "first
 * published" and "last updated" are one field word, not split between their words.
 */
const BEFORE_FIELD_WORD = new RegExp(
  `(?<!\\b(?:first|last|son|zuletzt|laatst|ultimo)|ltima)\\s+(?=(?:${KEYED_DATE}|first\\s+published|published|posted|issued|filed|last\\s+updated|updated|last\\s+update(?=(?:\\s+on)?\\s*:)|update(?=\\s*:|\\s+\\d)|last\\s+modified|modified|${FOREIGN_PUBLISHED_WORDS}|${FOREIGN_REVISION_WORDS})${WORD_END})`,
  'i',
);
/**
 * A field label no table lists, known by its shape: a short run of words in any script ("Հրապարակվել է:",
 * "Data publikacji:", "Tarix:", "发布时间：") set before a date by a colon (the Armenian "՝" and the full-width
 * "：" among them), or a run of Chinese, Japanese or Korean characters set before it by a space ("입력 2023.09.19").
 * Whether it names the publication or a revision is not known: see publishedOf.
 */
const LABEL_WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}\\u200c'’.-]*";
const CJK_LABEL = '[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,8}';
const SHAPED_LABEL = new RegExp(
  `^(${LABEL_WORD}(?:\\s+${LABEL_WORD}){0,2})\\s*[:：՝]\\s*(?=\\d)|^(${CJK_LABEL})\\s+(?=\\d)`,
  'u',
);
/** "…14:05 Oppdatert: …", "…14:05 수정 2023.09.20": after a date or a clock, such a label opens a part of its own. */
const BEFORE_SHAPED_LABEL = new RegExp(
  `(?<=\\d|\\)|\\b[A-Z]{2,5}|[ap]\\.?m\\.?)\\s+(?=${LABEL_WORD}(?:\\s+${LABEL_WORD}){0,2}\\s*[:：՝]\\s*\\d|${CJK_LABEL}\\s+\\d)`,
  'u',
);
/**
 * "2023年9月19日 14時05分", "2023년 9월 19일": Chinese, Japanese and Korean write the year, month and day (and the
 * hour and minute) each closed by its sign; the order is the layout's, read as "2023-9-19 14:05".
 */
function withCjkDate(part: string): string {
  return part
    .replace(/^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u, '$1-$2-$3')
    .replace(/(\d{1,2})\s*[時时시]\s*(\d{2})\s*[分분]?/u, '$1:$2');
}

/**
 * "Updated 2 hours ago", "Updated about 3 hours ago", and in the outlets' languages "Atualizado há 2 horas",
 * "Actualizado hace 3 horas", "Aktualisiert vor 2 Stunden", "Mis à jour il y a 2 heures", "Güncelleme 2 saat
 * önce", "aggiornato 2 ore fa": a date told by its age gives no day.
 */
const AGE_UNIT =
  '(?:m|min|mins|minutes?|minutos?|minuten?|minuti|dakika|h|hr|hrs|hours?|horas?|heures?|stunden?|std\\.?|ore|saat|days?|d[íi]as?|jours?|tagen?|giorni|g[üu]n)';
const AGE = new RegExp(
  `^(?:(?:about|há|hace|vor|il\\s+y\\s+a)\\s+|an?\\s+)?(?:\\d{1,3}|an?|one)\\s*${AGE_UNIT}\\s+(?:ago|[öo]nce|fa|atr[áa]s)$|^(?:há|hace|vor|il\\s+y\\s+a)\\s+(?:\\d{1,3}|una?|um|uma|einer?)\\s*${AGE_UNIT}$`,
  'i',
);
const CREDIT_WORD = '(?:source|editor|author|writer|reporter|photo|credit|section|category|agency)';
/** "Source: Xinhua", "Editor: huaxia", "Photo: AFP": a labelled credit beside the date. */
const CREDIT = new RegExp(`^${CREDIT_WORD}\\s*:\\s*\\S.{0,40}$`, 'i');
/** "14:32 Source: dpa, AFP": a credit's label opens a part of its own, as a field word does. */
const BEFORE_CREDIT = new RegExp(`\\s+(?=${CREDIT_WORD}\\s*:\\s*\\S)`, 'i');
/** "Posted on September 29, 2023 by Jane Doe": a byline after the date opens a part of its own. */
const BEFORE_BYLINE = /\s+(?=by\s+\p{Lu})/u;
/** "News ID: 1478211", "News code: 1219437", "Article No. 5521": the page's number in the site's archive. */
const PAGE_NUMBER =
  /^(?:(?:news|article|story|item|post|material)\s+)?(?:id|code|no\.?|number|#)\s*:?\s*\d[\d-]{2,}$/i;
/**
 * "Issue No. 12345", "Issue: 12345", "Page 5", "p. A4", and the Arabic "العدد: 12345" (the issue) and "ص(5)"
 * (page 5): a print edition's issue and page beside its date.
 */
const PRINT_PART =
  /^(?:(?:issue|edition|vol(?:ume)?\.?|العدد)\s*(?:no\.?\s*)?[:(]?\s*\d{1,6}\)?|(?:page|p\.|pg\.?|ص)\s*[:(]?\s*[A-Z]?\d{1,3}[A-Z]?\)?)$/iu;
/** "…/14، العدد: 12345، ص(5)": a comma opens an issue's or a page's part, as a bar would. */
const BEFORE_PRINT_PART =
  /\s*,\s*(?=(?:issue|edition|vol(?:ume)?\.?|العدد)\s*(?:no\.?\s*)?[:(]?\s*\d{1,6}\)?(?:\s*,|$)|(?:page|p\.|pg\.?|ص)\s*[:(]?\s*[A-Z]?\d{1,3}[A-Z]?\)?(?:\s*,|$))/iu;
const LEADING_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/i;
const WEEKDAY_AFTER = /^\s*,?\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?(?=\s|$)/i;
const REVISION = new RegExp(
  `^(?:last\\s+updated?|updated?|last\\s+modified|modified|edited|revised|changed|amended|${FOREIGN_REVISION_WORDS})`,
  'i',
);

const MONTH_WORDS = new Set(
  MONTH_NAMES.flatMap((n) => [n.toLowerCase(), n.slice(0, 3).toLowerCase()]).concat('sept'),
);
const CALENDAR_WORDS = new Set(
  [...WEEKDAYS, ...MONTH_NAMES].flatMap((n) => [n.toLowerCase(), n.slice(0, 3).toLowerCase()]).concat('sept'),
);
/** One capitalised word of a name, an outlet or a section: "Lessard", "CBC", "O’Neill", "Asia-Pacific", "J.". */
/** "CBS/AP", "AFP/Reuters": agencies joined by a slash are one name word. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*(?:\/\p{Lu}[\p{L}\p{M}'’&.-]*)*|&|and|of|the|de|van|von|al|with)$/u;
const isCalendarWord = (w: string) => CALENDAR_WORDS.has(w.replace(/[.,]$/, '').toLowerCase());

const CAPITALISED = /^\p{Lu}/u;
/**
 * "CBC News", "WORLD", "Politics", "Asia-Pacific", "Daria Kowal and Paul Ghazarian", "Jane Doe, Reuters": up to
 * six name words.
 */
function isNamePart(part: string): boolean {
  const words = part
    .replace(/^by\s+/i, '')
    .split(/,?\s+/)
    .filter(Boolean);
  if (words.length > 6 || !CAPITALISED.test(words[0] ?? '')) return false;
  // "Rabu, 19 September 2023": a weekday in the outlet's language is the date's, checked there, never a name.
  return words.every(
    (w) => NAME_WORD.test(w) && !isCalendarWord(w) && !isLocalWeekday(w.replace(/[.,]$/, '')),
  );
}

/** "15:42", "4:12 PM ET", "10.12 EDT", "[15:42]", "16:55 GMT+4", "14:05 (GMT+7)": a clock time, maybe bracketed, with its zone. */
/** "15:42", "4:12 PM", and the French and Spanish "15h42", "15:42h", "19:42 h" (the hour's sign spaced). */
/**
 * "10h12min" (Brazilian), "10:12 م" (the Arabic "pm", "ص" its "am"): the minute's sign and the half of the day
 * as the outlets' languages write them.
 */
const CLOCK =
  /^[[(]?\d{1,2}(?:[:.]\d{2}(?:\s?h\b\.?)?|h\d{2}(?:min)?)(?::\d{2})?(?:\s*[ap]\.?\s?m\.?|\s+[مص])?(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|\((?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?\)))?[\])]?$/i;
const CLOCK_IN = /(?<![\d.])\d{1,2}:\d{2}(?![\d.])|\b\d{1,2}\.\d{2}\s*[ap]\.?m\b|\b\d{1,2}h\d{2}\b/i;
const LEADING_CLOCK =
  /^\d{1,2}(?:[:.]\d{2}h?|h\d{2})(?:\s*[ap]\.?m\.?)?(?:\s+(?:(?:GMT|UTC)[+-]\d{1,2}|[A-Z]{2,5}))?\s*,?\s+(?=\d|\p{L}{3})/iu;
const READING_TIME = /^\d{1,3}\s*(?:min|mins|minutes?)(?:\s+(?:read|listen|watch))?$/i;
/** "December 13, 2023 3 min read": a reading time closing the line opens a part of its own, separator or not. */
const BEFORE_READING_TIME = /\s+(?=\d{1,3}\s*(?:min|mins|minutes?)\s+(?:read|listen|watch)\s*$)/i;
/**
 * "views: 4812", "1 482 views", "Comments: 3", "Reading time: 3 min": a page's counters beside its date.
 * Sites set them after a comma or a space as often as after a bar: such a comma opens a part of its own, and so
 * does the space before a count that closes the line ("July 29, 2021 0 Comments").
 */
const COUNTER_WORD = '(?:views?|reads?|comments?|shares?|likes?)';
const COUNTER = new RegExp(
  `^(?:(?:👁️?|👀|💬)\\s*\\d[\\d\\s.,]*k?|(?:${COUNTER_WORD}|reading\\s+time)\\s*:?\\s*\\d[\\d\\s.,]*(?:k|m|min|mins|minutes?)?|\\d[\\d\\s.,]*k?\\s+${COUNTER_WORD})$`,
  'iu',
);
/** "0", "1,204", "12k", "1 482": a space inside a count only before three digits, so "2021 0 Comments" is a year, then a count. */
const COUNT = '\\d[\\d.,]*(?:\\s\\d{3}(?!\\d))*k?';
const BEFORE_COUNTER = new RegExp(
  `\\s*,\\s*(?=(?:${COUNTER_WORD}|reading\\s+time)\\s*:?\\s*\\d|${COUNT}\\s+${COUNTER_WORD}\\b)|\\s+(?=(?:${COUNTER_WORD}|reading\\s+time)\\s*:?\\s*\\d|(?:👁️?|👀|💬)\\s*\\d)|(?<!(?:^|[\\s,])\\d{1,3})\\s+(?=${COUNT}\\s+${COUNTER_WORD}\\s*$)`,
  'iu',
);

interface DatePart {
  date: DateParts | null;
  written: string;
  field: string | null;
  why?: string;
  /** The field's label was known by its shape only, not as a word for publication or revision. */
  shaped?: true;
}

const WORD_OR_DIGIT_START = /^\p{L}{3}|^\d/u;
/**
 * "5.10.2023. 18:47", "11. 1. 2021.": Croatian, Serbian, Czech or Slovak stamps close each number with an
 * ordinal point and may space the numbers; read as the plain dotted date "5.10.2023".
 */
const ORDINAL_DOTTED_DATE = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.(?=\s|$)/;
/**
 * "2023. 12. 07. 21:05", "2023.12.07": Hungarian (and Korean) stamps put the year first, then month and day, each
 * closed by a point; no one writes a year before the day, so the order is the layout's, read as "2023-12-07".
 */
const YEAR_FIRST_DOTTED_DATE = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?=\s|$)/;
/**
 * A part's date, after a few name words before it ("Politics 17.08.2023 15:42"): a full date
 * (day and year), or a slash date whose order the body settles. `undefined`: the part holds no date;
 * `null` date: a date in an order nothing settles (the line is a stamp, its day not read).
 */
function datePart(part: string, field: string | null, body: string): DatePart | undefined {
  const words = part
    .replace(/\s+,\s*/g, ', ')
    .replace(/\b(\d{4}):\s/, '$1, ')
    .split(/\s+/);
  for (let k = 0; k <= Math.min(MAX_NAME_WORDS, words.length - 1); k++) {
    // Before a date with no separator, only capitalised words: a section ("Politics"), an outlet ("CBC News").
    // "By Rania Haddad, 30 September 2023": a comma may close the byline before its date.
    const name = words.slice(0, k).join(' ').replace(/,$/, '');
    const label = k === 2 && isTwoWordLabel(words[0]!, words[1]!);
    if (k > 0 && !label && !(isNamePart(name) && CAPITALISED.test(words[k - 1]!))) return undefined;
    // "12:01 GMT+4, 3 March 2021": the hour and its zone may come first.
    const dated = withEnglishWeekdays(words.slice(k).join(' ').replace(LEADING_CLOCK, ''));
    const weekday = LEADING_WEEKDAY.exec(dated)?.[0] ?? '';
    // "By Jane Doe On 11/10/20 at 8:14 AM EST": the byline's "on" before its date.
    const written = dated.slice(weekday.length).replace(/^on\s+(?=\d)/i, '');
    const rest = written.replace(ORDINAL_DOTTED_DATE, '$1.$2.$3').replace(YEAR_FIRST_DOTTED_DATE, '$1-$2-$3');
    if (!WORD_OR_DIGIT_START.test(rest)) continue;
    const withWeekdayAfter = dateBeforeWeekday(rest);
    if (withWeekdayAfter !== undefined)
      return withWeekdayAfter ? { date: withWeekdayAfter, written, field } : undefined;
    const whole = parseWholeDate(rest);
    // "Friday, 30 March 2024" (a Saturday): the line is a stamp, its day not read.
    if (whole?.day !== undefined && whole.year !== undefined)
      return { date: weekdayContradicts(weekday, whole) ? null : whole, written, field };
    if (whole) return undefined;
    // "Publicado el 17 de noviembre de 2021 a las 09:40 a.m.": the month named in the site's language.
    // The weekday goes with it, to be checked against the day ("środa, 19 września 2023" is no Tuesday's stamp).
    const local = dateOfLocalMonthStamp(`${weekday}${rest}`);
    if (local) return { date: local, written, field };
    const slash = /^\d{1,2}([/.-])\d{1,2}\1\d{2,4}/.exec(rest);
    // "10.11.2020, Tuesday 14:35": a weekday after the date, as before it, tells its order (see readSlashDate).
    const after = slash && WEEKDAY_AFTER.exec(rest.slice(slash[0].length));
    const tail = slash && rest.slice(slash[0].length + (after?.[0].length ?? 0));
    if (slash && clockOrNothing(tail!)) {
      const settled = readSlashDate(`${weekday}${slash[0]}${after?.[0] ?? ''}`, body, field ?? '');
      if (!settled) return label ? undefined : { date: null, written, field };
      return { date: settled.date, written, field, why: settled.why };
    }
    if (label || parseDateAtStart(rest)) return undefined;
  }
  return undefined;
}

/** A weekday of one or two words ("Selasa", "Thứ ba") before a digit date, or after a full date's year. */
const LOCAL_WEEKDAY_BEFORE = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?),?\s+(?=\d)/u;
const LOCAL_WEEKDAY_AFTER_YEAR = /^(.+?\d{4}),?\s+([\p{L}\p{M}]+)(?=\s|,|$)/u;
/**
 * "Thứ ba, 19/9/2023", "Selasa, 19/09/2023", "19.09.2023 Salı 14:05": a weekday named in the outlet's language,
 * written as its English name so the checks of the day, and the order it settles, read it as they read "Tuesday".
 */
function withEnglishWeekdays(dated: string): string {
  const before = LOCAL_WEEKDAY_BEFORE.exec(dated);
  const dayBefore = before && localWeekdayIndex(before[1]!);
  if (before && dayBefore !== undefined && dayBefore !== null)
    return `${WEEKDAYS[dayBefore]}, ${dated.slice(before[0].length)}`;
  const after = LOCAL_WEEKDAY_AFTER_YEAR.exec(dated);
  const dayAfter = after && localWeekdayIndex(after[2]!);
  if (after && dayAfter !== undefined && dayAfter !== null)
    return `${after[1]} ${WEEKDAYS[dayAfter]}${dated.slice(after[0].length)}`;
  return dated;
}

/**
 * "Dərc olunub 19.09.2023", "Ngày đăng 19/09/2023", "Objavljeno dne 19. 9. 2023": a label of an unseen language,
 * a capitalised word and a lower-case one, with no colon; read only before a full date the words themselves
 * settle (day, month and year), never an English phrase ("Talks on 19.09.2023").
 */
const ENGLISH_LINK_WORDS = new Set(
  'on in at of by to from since until till before after for and or the was were is said says with near'.split(
    ' ',
  ),
);
function isTwoWordLabel(first: string, second: string): boolean {
  return (
    /^\p{Lu}[\p{L}\p{M}]+$/u.test(first) &&
    /^\p{Ll}[\p{L}\p{M}]+$/u.test(second) &&
    !ENGLISH_LINK_WORDS.has(second) &&
    !isCalendarWord(first) &&
    !isCalendarWord(second) &&
    !isLocalWeekday(first) &&
    !isLocalWeekday(`${first} ${second}`)
  );
}

/** "30 March 2024 Saturday 14:22", "23 February, 2024 Friday": a full date, then its weekday, maybe an hour. */
const WEEKDAY_AFTER_YEAR = /^(.+?\d{4}),?\s+(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?(?=\s|$)/i;
const WEEKDAY_INDEX = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * The date of a part that names its weekday after the year: `undefined` when the part has no such layout, null
 * when the weekday is not the day's (a wrong weekday gives no date, never a guess).
 */
function dateBeforeWeekday(part: string): DateParts | null | undefined {
  const m = WEEKDAY_AFTER_YEAR.exec(part);
  if (!m || !clockOrNothing(part.slice(m[0].length))) return undefined;
  const date = parseWholeDate(m[1]!);
  if (date?.day === undefined || date.year === undefined || date.month === undefined) return undefined;
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAY_INDEX[weekday] === m[2]!.toLowerCase() ? date : null;
}

/**
 * Nothing, or a clock time: "at 18:45," ends the part before a revision ("…, updated on …") with its comma.
 * Sites in other languages write their own "at": the German "um", the French "à", the Spanish "a las",
 * the Italian "alle" or "alle ore", the Portuguese "às" ("22.02.2023 um 19:05"), the Croatian, Serbian and Bosnian "u"
 * ("10.11.2020. u 09:41"), the Czech and Slovak "v", the Polish "o", the Slovene "ob", the Finnish "klo", the
 * Danish, Norwegian and Swedish "kl.": only before a clock time.
 */
const AT_CLOCK =
  /^(?:,|at\b|um\b|à(?=\s)|a\s+las\b|alle(?:\s+ore)?\b|ore\b|às(?=\s)|(?:u|v|o|ob|klo|kl\.?)(?=\s+\d))\s*/i;
function clockOrNothing(s: string): boolean {
  const t = s.trim();
  return t === '' || CLOCK.test(t.replace(AT_CLOCK, '').replace(/,$/, ''));
}
/** An outlet's name before its date may run to a few words: "ISTANBUL DAILY SABAH WITH AA Sep 19, 2023". */
const MAX_NAME_WORDS = 6;

/**
 * "(The Valley Courier, page 3, 03/28/2024)", "(Daily Herald, p. A4, March 28, 2024)": a clipping's print line,
 * the paper, its page and the day it ran, read as the paper's name and its date.
 */
const PRINT_LINE = /^\(([^(),]{2,60}),\s*(?:page|p\.|pg\.?|pp\.)\s*[A-Z]?\d{1,3}[A-Z]?,\s*([^()]{6,40})\)$/i;
/** "(China Daily Global 11/27/2021 page 11)": the paper and the day it ran, then its page. */
const PRINT_LINE_PAGE_LAST = /^\(([^()]{8,100}?),?\s+(?:page|p\.|pg\.?|pp\.)\s*[A-Z]?\d{1,3}[A-Z]?\)$/i;

/** "Tue, Apr 25, 2023 page6", "15 September 2022, p. A4": the day a page ran, then its page, and nothing else. */
const DATE_THEN_PAGE = /^([^()]{6,40}?\d{4}),?\s+(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?$/i;

/**
 * A print edition's note: "Published in Dawn, September 15th, 2022", "This article appeared in the print edition
 * of The Daily Star on 15 September 2022", "A version of this article appears in print on Sept. 15, 2022, Section
 * A, Page 10 of the New York edition with the headline: …", "Appeared in the September 15, 2022, print edition as
 * '…'": the paper (where named) and the day it ran.
 */
const PRINT_EDITION_NOTES: RegExp[] = [
  /^(?:[Ff]irst\s+published|[Pp]ublished)\s+in\s+(?:[Tt]he\s+)?(\p{Lu}[^,]{1,60}),\s*(\S[^,]{2,20},?\s*\d{4})\.?$/u,
  /^[Tt]his\s+(?:article|story|report)\s+(?:first\s+)?appeared\s+in\s+(?:the\s+)?print\s+edition\s+of\s+(?:[Tt]he\s+)?(\p{Lu}.{1,60}?)\s+on\s+(\S.{4,30}?\d{4})\.?$/u,
  /^a\s+version\s+of\s+this\s+(?:article|story|report)\s+appear(?:s|ed)\s+in\s+print\s+on\s+(\S.{4,30}?\d{4}),\s*(?:section|on\s+page|page)\b.*$/i,
  /^appeared\s+in\s+the\s+(\S.{4,30}?\d{4}),?\s+print\s+edition\b.*$/i,
];

/** A clipping's print line, the paper's name and its date as one stamp's parts, or null. */
function printLineParts(line: string): string | null {
  const print = PRINT_LINE.exec(line);
  if (print) return `${print[1]} | ${print[2]}`;
  for (const note of PRINT_EDITION_NOTES) {
    const m = note.exec(line);
    if (m) return m.slice(1).join(' | ');
  }
  return PRINT_LINE_PAGE_LAST.exec(line)?.[1] ?? DATE_THEN_PAGE.exec(line)?.[1] ?? null;
}

/** The date of a clipping's print line, wherever the page sets it (at the top or closing the text). */
export function readPrintLine(line: string, body = ''): HeaderStamp | null {
  return printLineParts(line.trim()) === null ? null : readHeaderStamp(line, body);
}

/** A clock time alone ("4:40am", "16:05") as minutes after midnight, or null. */
function minutesOf(part: string): number | null {
  const m = /^(\d{1,2})[:.h](\d{2})\s*([ap])?\.?\s?m?\.?$/i.exec(part.trim());
  if (!m) return null;
  const hour = (Number(m[1]) % (m[3] ? 12 : 24)) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
  return hour * 60 + Number(m[2]);
}

/**
 * A part opening with a label known by its shape, read when a date follows it; "Views: 4812" or "News ID:
 * 1478211" hold no date and stay counters and page numbers.
 */
function shapedField(raw: string, body: string): DatePart | undefined {
  const label = SHAPED_LABEL.exec(raw);
  if (!label) return undefined;
  const field = (label[1] ?? label[2])!.toLowerCase().replace(/\s+/g, ' ');
  const dated = datePart(withCjkDate(raw.slice(label[0].length)), field, body);
  return dated && { ...dated, shaped: true };
}

/**
 * Among dates whose labels were known by their shape only: one day, or the earliest of days each set under
 * its own label (a page is revised after it is published, never before). A labelled day beside a different
 * unlabelled one, or a day not read, gives none.
 */
function shapedPublished(dates: DatePart[], unlabelled: DatePart[]): DatePart | undefined {
  const shaped = dates.filter((d) => d.shaped && !REVISION.test(d.field ?? ''));
  if (shaped.length === 0) return undefined;
  const days = shaped.map((d) => d.date);
  if (days.some((d) => d === null)) return undefined;
  if (unlabelled.some((u) => JSON.stringify(u.date) !== JSON.stringify(days[0]))) return undefined;
  const key = (d: DateParts) => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
  return shaped.reduce((a, b) => (key(b.date!) < key(a.date!) ? b : a));
}

/**
 * "Accessed: 15.09.2022", "Retrieved 15 September 2022", "Printed on: …", "Abgerufen am …", "Consulté le …",
 * "Erişim tarihi: …", "Deadline: …", "Event date: …", "Photo taken: …": a date the page holds that is not the day it
 * came out (the day it was read, printed, captured or archived, or a day it speaks of). Its part is set aside: never
 * the publication's, and no unlabelled day beside it is doubted for it.
 */
const OTHER_DATE_FIELD = new RegExp(
  `^(?:accessed|retrieved|printed(?:\\s+on)?|downloaded|archived|captured|(?:photo\\s+)?taken|deadline|event\\s+date|valid\\s+(?:until|till|through)|expir(?:es|y|ed)|date\\s+of\\s+(?:access|birth|death)|abgerufen(?:\\s+am)?|gedruckt(?:\\s+am)?|consult[ée](?:\\s+le)?|consultad[oa](?:\\s+(?:el|em))?|imprim[ée](?:\\s+le)?|impress[oa](?:\\s+em)?|eri[şs]im\\s+tarihi)${WORD_END}`,
  'i',
);
const DOUBLED = /^(.{6,40}?\d)\1$/;
/**
 * "18 Safar 1444 AH", "18 صفر 1444 هـ": a lunar Hijri date that Arab papers print beside the Gregorian one; a part
 * of the stamp, its day not read here.
 */
const HIJRI_PART =
  /^\d{1,2}\s+(?:من\s+)?[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?\s+1[34]\d{2}\s*(?:AH|A\.H\.|H|هـ|ه)\.?$/u;
/** "Wednesday - 18 Safar 1444 AH - 14 September 2022 AD": a weekday as a part of its own, checked against the day. */
const WEEKDAY_PART = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?$/i;
function weekdayOfPart(part: string): number | undefined {
  const english = WEEKDAY_PART.exec(part);
  if (english) return WEEKDAY_INDEX.indexOf(english[1]!.toLowerCase());
  return /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?$/u.test(part) ? localWeekdayIndex(part) : undefined;
}

/** An Arabic comma with the spaces around it; scanned for only where the line holds one (a leading \s* tries every position). */
const ARABIC_COMMA = /\s*،\s*/g;
const withArabicCommas = (line: string) => (line.includes('،') ? line.replace(ARABIC_COMMA, ', ') : line);

/** The publication date a header line holds by its anatomy, or null when the line is not a stamp. */
export function readHeaderStamp(line: string, body = ''): HeaderStamp | null {
  // "September 14, 2022 @ 9:10pm": the at sign before a clock is "at"; "2022/09/14، العدد": the Arabic comma a comma.
  const trimmed = withArabicCommas(
    withAsciiDigits(line.trim())
      .replace(/：/g, ': ')
      .replace(/\s+@\s*(?=\d{1,2}[:.]\d{2})/g, ' at ')
      // "14 September 2022 AD", "14 سبتمبر 2022 م": the Gregorian era beside the year, where a Hijri date stands too.
      .replace(/(?<!\d)((?:19|20)\d{2})\s*(?:AD|A\.D\.|CE|م)(?![\p{L}\p{M}])/gu, '$1')
      // "September 14, 20229:10 PM ET": a year run into the clock after it, as some sites print them.
      .replace(/(?<![\d/.-])((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/g, '$1 '),
  );
  if (!/\d/.test(trimmed)) return null;
  const undashed = withSpacedDashDate(trimmed);
  const print = printLineParts(undashed);
  if (print === null && undashed.length > MAX_STAMP_LINE_CHARS) return null;
  const t = print ?? undashed;
  const parts = t
    .replace(BRACKETED_REVISION, (_, square?: string, round?: string) => ` | ${square ?? round}`)
    .split(SEPARATOR)
    .flatMap((p) => p.split(BEFORE_FIELD_WORD))
    .flatMap((p) => p.split(BEFORE_SHAPED_LABEL))
    .flatMap((p) => p.split(BEFORE_COUNTER))
    .flatMap((p) => p.split(BEFORE_READING_TIME))
    .flatMap((p) => p.split(BEFORE_CREDIT))
    .flatMap((p) => p.split(BEFORE_BYLINE))
    .flatMap((p) => p.split(BEFORE_PRINT_PART))
    // "Updated September 26 2023 - 6:12am, first published …": a comma closes the part before a field word.
    // "Updated Sep. 26, 2023, 7:42 p.m.; Posted Sep. 26, 2023, 6:05 p.m.": a semicolon likewise.
    .map((p) => p.trim().replace(/\s*[,;]$/, ''))
    .filter(Boolean);
  const dates: DatePart[] = [];
  let marked = print !== null;
  // "Updated September 15 2022 - 5:12am, first published 4:40am": the first stamp tells only its hour.
  let lastClock: number | null = null;
  let publishedAt: number | null = null;
  const weekdays: number[] = [];
  for (const raw of parts) {
    if (OTHER_DATE_FIELD.test(raw)) {
      marked = true;
      continue;
    }
    const shaped = FIELD_WORD.test(raw) ? undefined : shapedField(raw, body);
    const fieldMatch = shaped ? null : FIELD_WORD.exec(raw);
    const field = shaped?.field ?? (fieldMatch ? fieldMatch[1]!.toLowerCase().replace(/\s+/g, ' ') : null);
    const written = shaped ? shaped.written : withCjkDate(fieldMatch ? raw.slice(fieldMatch[0].length) : raw);
    // "14 Sep 202214 Sep 2022": a page printing its date twice, run together (one for narrow screens).
    const part = DOUBLED.exec(written)?.[1] ?? written;
    const dated = shaped ?? datePart(part, field, body);
    const clock = dated ? null : minutesOf(part);
    const weekday = dated || field ? undefined : weekdayOfPart(part);
    if (weekday !== undefined) {
      weekdays.push(weekday);
      continue;
    }
    if (!dated && !field && HIJRI_PART.test(part)) {
      marked = true;
      continue;
    }
    if (clock !== null && !field) lastClock = clock;
    if (dated) dates.push(dated);
    // "Updated 2 hours ago", "Posted 5 hours ago | March 12, 2024": an age gives no day; a date beside it may.
    else if (field && AGE.test(part)) marked = true;
    else if (field && !REVISION.test(field) && clock !== null) publishedAt = clock;
    else if (
      field ||
      !(
        CLOCK.test(part) ||
        READING_TIME.test(part) ||
        COUNTER.test(part) ||
        CREDIT.test(part) ||
        PAGE_NUMBER.test(part) ||
        PRINT_PART.test(part) ||
        isNamePart(part)
      )
    )
      return null;
    if (
      field ||
      CLOCK_IN.test(part) ||
      READING_TIME.test(part) ||
      COUNTER.test(part) ||
      PAGE_NUMBER.test(part) ||
      PRINT_PART.test(part) ||
      /^by\s/i.test(part)
    )
      marked = true;
  }
  const unlabelled = dates.filter((d) => d.field === null);
  // "Armenia | 26 September 2023 | 27 September 2023": two days and no word for which is which.
  if (new Set(unlabelled.map((d) => JSON.stringify(d.date))).size > 1) return null;
  // Published at an hour before the revision's, with no day: the revision's day (never across midnight).
  const sameDay =
    publishedAt !== null && lastClock !== null && publishedAt <= lastClock && dates.length === 1
      ? dates[0]
      : null;
  const published =
    dates.find((d) => d.field !== null && !d.shaped && !REVISION.test(d.field)) ??
    shapedPublished(dates, unlabelled) ??
    unlabelled[0] ??
    sameDay ??
    null;
  const chosen = published ?? dates[0];
  if (!chosen?.date) return null;
  const { year, month, day } = chosen.date;
  // A weekday the chosen day does not fall on: the stamp is wrong somewhere, and no day is guessed.
  if (weekdays.length > 0) {
    if (year === undefined || month === undefined || day === undefined) return null;
    const dayOfWeek = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekdays.some((w) => w !== dayOfWeek)) return null;
  }
  return {
    date: chosen.date,
    role: published ? 'published' : 'updated',
    written: chosen.written,
    ...(chosen.why && { why: chosen.why }),
    marked,
  };
}
