import { MONTH_NAMES, WEEKDAYS } from '../calendarNames.ts';
import type { DateParts } from './dateText.ts';

/**
 * A Gregorian stamp a site prints in its own language, kept as printed in an English copy: "14 Mayıs 2021
 * Cuma 16:48", "Cuma, 14 Mayıs 2021", "08 İyun 2022, 12:34", "05 Ottobre 2023 alle 19:40", "26. sep. 2023
 * kl. 09.12", "3 de octubre de 2023". Read only as a whole line with the day, the month's name (or its
 * dotted short form) and a four-digit year, maybe a clock time after the language's "at"; a weekday, when
 * printed, must be that day's, or nothing is read.
 */

/** Dotted and dotless i read alike, so "ARALIK", "Aralık" and "İyun" find their month; Greek reads without accents. */
const fold = (word: string) =>
  word
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\u0307/g, '')
    // Greek capitals drop the accents ("ΟΚΤΩΒΡΙΟΥ", "ΜΑΪΟΥ"): the tonos and dialytika are read as absent.
    .normalize('NFD')
    .replace(/(?<=[\u0370-\u03ff])[\u0301\u0308]+/g, '')
    .normalize('NFC');

/**
 * A language's whole calendar, January to December and Sunday to Saturday, as its stamps write the names in
 * lower case: every name is listed, those English shares too, so a stamp in the language reads whichever
 * month or day it prints, not only the ones seen so far.
 */
interface Calendar {
  months: readonly string[];
  weekdays: readonly string[];
}
const GERMANIC: readonly Calendar[] = [
  // German
  {
    months: 'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
    weekdays: 'sonntag montag dienstag mittwoch donnerstag freitag samstag'.split(' '),
  },
  // Danish and Norwegian (Bokmål)
  {
    months: 'januar februar marts april maj juni juli august september oktober november december'.split(' '),
    weekdays: 'søndag mandag tirsdag onsdag torsdag fredag lørdag'.split(' '),
  },
  {
    months: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
    weekdays: 'søndag mandag tirsdag onsdag torsdag fredag lørdag'.split(' '),
  },
  // Swedish
  {
    months: 'januari februari mars april maj juni juli augusti september oktober november december'.split(
      ' ',
    ),
    weekdays: 'söndag måndag tisdag onsdag torsdag fredag lördag'.split(' '),
  },
  // Dutch and Flemish
  {
    months: 'januari februari maart april mei juni juli augustus september oktober november december'.split(
      ' ',
    ),
    weekdays: 'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'.split(' '),
  },
];
/**
 * Languages of the region and beyond whose outlets print the Gregorian month by name: Armenian (nominative, and
 * the genitive a date takes: "19 սեպտեմբերի 2023"), Georgian, Indonesian, Malay, Arabic and Persian.
 */
const ARMENIAN_MONTHS =
  'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր'.split(' ');
const ARMENIAN_WEEKDAYS = 'կիրակի երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ'.split(' ');
const OTHER_SCRIPTS: readonly Calendar[] = [
  { months: ARMENIAN_MONTHS, weekdays: ARMENIAN_WEEKDAYS },
  { months: ARMENIAN_MONTHS.map((m) => `${m}ի`), weekdays: ARMENIAN_WEEKDAYS },
  {
    months:
      'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი'.split(
        ' ',
      ),
    weekdays: 'კვირა ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი'.split(' '),
  },
  // Indonesian
  {
    months: 'januari februari maret april mei juni juli agustus september oktober november desember'.split(
      ' ',
    ),
    weekdays: 'minggu senin selasa rabu kamis jumat sabtu'.split(' '),
  },
  // Malay
  {
    months: 'januari februari mac april mei jun julai ogos september oktober november disember'.split(' '),
    weekdays: 'ahad isnin selasa rabu khamis jumaat sabtu'.split(' '),
  },
  // Arabic
  {
    months: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' '),
    weekdays: 'الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت'.split(' '),
  },
  // Persian, the Gregorian months as Iranian sites print them beside the Solar Hijri day
  {
    months: 'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر'.split(' '),
    weekdays: 'یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه'.split(' '),
  },
];

/** Thai months; a Thai stamp counts years in the Buddhist era (2566 = 2023). */
const THAI_MONTHS =
  'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(' ');
const THAI_WEEKDAYS = 'อาทิตย์ จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์'.split(' ');
const BUDDHIST_ERA_OFFSET = 543;
const SUNDAY_FIRST_WEEKDAYS = [
  'niedziela poniedziałek wtorek środa czwartek piątek sobota',
  'neděle pondělí úterý středa čtvrtek pátek sobota',
  'nedeľa pondelok utorok streda štvrtok piatok sobota',
  'воскресенье понедельник вторник среда четверг пятница суббота',
  'неділя понеділок вівторок середа четвер пʼятниця субота',
  'κυριακή δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο',
  'duminică luni marți miercuri joi vineri sâmbătă',
  'chủ_nhật thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy',
  // Slovene, then its stamps' three-letter forms ("sre, 27. 09. 2023, 18:05"); Croatian and Bosnian; Serbian in Latin letters
  'nedelja ponedeljek torek sreda četrtek petek sobota',
  'ned pon tor sre čet pet sob',
  'nedjelja ponedjeljak utorak srijeda četvrtak petak subota',
  'nedelja ponedeljak utorak sreda četvrtak petak subota',
];

const calendarMonths = (calendars: readonly Calendar[]) =>
  calendars.flatMap((c) => c.months.map((name, i) => [name, i + 1] as const));
const calendarWeekdays = (calendars: readonly Calendar[]) =>
  calendars.flatMap((c) => c.weekdays.map((name, day) => [name, day] as const));

const MONTHS = new Map<string, number>(
  [
    // Turkish
    ['ocak', 1],
    ['şubat', 2],
    ['mart', 3],
    ['nisan', 4],
    ['mayıs', 5],
    ['haziran', 6],
    ['temmuz', 7],
    ['ağustos', 8],
    ['eylül', 9],
    ['ekim', 10],
    ['kasım', 11],
    ['aralık', 12],
    // Azerbaijani
    ['yanvar', 1],
    ['fevral', 2],
    ['aprel', 4],
    ['may', 5],
    ['iyun', 6],
    ['iyul', 7],
    ['avqust', 8],
    ['sentyabr', 9],
    ['oktyabr', 10],
    ['noyabr', 11],
    ['dekabr', 12],
    // Italian
    ['gennaio', 1],
    ['febbraio', 2],
    ['marzo', 3],
    ['aprile', 4],
    ['maggio', 5],
    ['giugno', 6],
    ['luglio', 7],
    ['agosto', 8],
    ['settembre', 9],
    ['ottobre', 10],
    ['novembre', 11],
    ['dicembre', 12],
    // Spanish and Portuguese
    ['enero', 1],
    ['febrero', 2],
    ['abril', 4],
    ['mayo', 5],
    ['junio', 6],
    ['julio', 7],
    ['septiembre', 9],
    ['setiembre', 9],
    ['octubre', 10],
    ['noviembre', 11],
    ['diciembre', 12],
    ['janeiro', 1],
    ['fevereiro', 2],
    ['março', 3],
    ['maio', 5],
    ['junho', 6],
    ['julho', 7],
    ['setembro', 9],
    ['outubro', 10],
    ['novembro', 11],
    ['dezembro', 12],
    // Portuguese and Spanish short forms ("11 Out 2020", "3 ene 2023") that no other language here shares
    ['fev', 2],
    ['abr', 4],
    ['ago', 8],
    ['out', 10],
    ['ene', 1],
    // French
    ['janvier', 1],
    ['février', 2],
    ['fevrier', 2],
    ['mars', 3],
    ['avril', 4],
    ['mai', 5],
    ['juin', 6],
    ['juillet', 7],
    ['août', 8],
    ['aout', 8],
    ['septembre', 9],
    ['octobre', 10],
    ['décembre', 12],
    ...calendarMonths(GERMANIC),
    ...calendarMonths(OTHER_SCRIPTS),
    // Hungarian
    ['január', 1],
    ['február', 2],
    ['március', 3],
    ['április', 4],
    ['május', 5],
    ['június', 6],
    ['július', 7],
    ['augusztus', 8],
    ['szeptember', 9],
    ['október', 10],
    ['febr', 2],
    ['márc', 3],
    ['ápr', 4],
    ['máj', 5],
    ['jún', 6],
    ['júl', 7],
    ['szept', 9],
    // Czech and Slovak, as a stamp writes them after the day (the genitive: "8. října 2020"), and the nominative
    ['ledna', 1],
    ['leden', 1],
    ['února', 2],
    ['únor', 2],
    ['března', 3],
    ['březen', 3],
    ['dubna', 4],
    ['duben', 4],
    ['května', 5],
    ['květen', 5],
    ['června', 6],
    ['červen', 6],
    ['července', 7],
    ['červenec', 7],
    ['srpna', 8],
    ['srpen', 8],
    ['září', 9],
    ['října', 10],
    ['říjen', 10],
    ['prosince', 12],
    ['prosinec', 12],
    ['januára', 1],
    ['februára', 2],
    ['marca', 3],
    ['apríla', 4],
    ['mája', 5],
    ['júna', 6],
    ['júla', 7],
    ['augusta', 8],
    ['septembra', 9],
    ['októbra', 10],
    ['novembra', 11],
    ['decembra', 12],
    // Polish (genitive after the day, then nominative)
    ['stycznia', 1],
    ['styczeń', 1],
    ['lutego', 2],
    ['luty', 2],
    ['marzec', 3],
    ['kwietnia', 4],
    ['kwiecień', 4],
    ['maja', 5],
    ['czerwca', 6],
    ['czerwiec', 6],
    ['lipca', 7],
    ['lipiec', 7],
    ['sierpnia', 8],
    ['sierpień', 8],
    ['września', 9],
    ['wrzesień', 9],
    ['października', 10],
    ['październik', 10],
    ['grudnia', 12],
    ['grudzień', 12],
    // Croatian (genitive and nominative); Serbian, Bosnian and Slovene in Latin letters
    ['siječnja', 1],
    ['siječanj', 1],
    ['veljače', 2],
    ['veljača', 2],
    ['ožujka', 3],
    ['ožujak', 3],
    ['travnja', 4],
    ['travanj', 4],
    ['svibnja', 5],
    ['svibanj', 5],
    ['lipnja', 6],
    ['lipanj', 6],
    ['srpnja', 7],
    ['srpanj', 7],
    ['kolovoza', 8],
    ['kolovoz', 8],
    ['rujna', 9],
    ['rujan', 9],
    ['studenoga', 11],
    ['studenog', 11],
    ['studeni', 11],
    ['prosinca', 12],
    ['prosinac', 12],
    ['mart', 3],
    ['marec', 3],
    ['junij', 6],
    ['julij', 7],
    ['avgust', 8],
    ['avgusta', 8],
    ['septembar', 9],
    ['septembra', 9],
    ['oktobar', 10],
    ['oktobra', 10],
    ['novembar', 11],
    ['decembar', 12],
    // Romanian
    ['ianuarie', 1],
    ['februarie', 2],
    ['martie', 3],
    ['aprilie', 4],
    ['iunie', 6],
    ['iulie', 7],
    ['septembrie', 9],
    ['octombrie', 10],
    ['noiembrie', 11],
    ['decembrie', 12],
    ['ian', 1],
    ['iun', 6],
    ['iul', 7],
    ['noi', 11],
    // Russian, in the genitive a date takes ("12 октября 2023")
    ['января', 1],
    ['февраля', 2],
    ['марта', 3],
    ['апреля', 4],
    ['мая', 5],
    ['июня', 6],
    ['июля', 7],
    ['августа', 8],
    ['сентября', 9],
    ['октября', 10],
    ['ноября', 11],
    ['декабря', 12],
    // Bulgarian
    ['януари', 1],
    ['февруари', 2],
    ['март', 3],
    ['април', 4],
    ['май', 5],
    ['юни', 6],
    ['юли', 7],
    ['август', 8],
    ['септември', 9],
    ['октомври', 10],
    ['ноември', 11],
    ['декември', 12],
    // Ukrainian, in the genitive
    ['січня', 1],
    ['лютого', 2],
    ['березня', 3],
    ['квітня', 4],
    ['травня', 5],
    ['червня', 6],
    ['липня', 7],
    ['серпня', 8],
    ['вересня', 9],
    ['жовтня', 10],
    ['листопада', 11],
    ['грудня', 12],
    // Greek, in the genitive ("12 Οκτωβρίου 2023"); accents are folded away, as capitals drop them
    ['ιανουαρίου', 1],
    ['φεβρουαρίου', 2],
    ['μαρτίου', 3],
    ['απριλίου', 4],
    ['μαΐου', 5],
    ['ιουνίου', 6],
    ['ιουλίου', 7],
    ['αυγούστου', 8],
    ['σεπτεμβρίου', 9],
    ['οκτωβρίου', 10],
    ['νοεμβρίου', 11],
    ['δεκεμβρίου', 12],
    // Lithuanian, in the genitive a date takes ("19 rugsėjo 2023")
    ['sausio', 1],
    ['vasario', 2],
    ['kovo', 3],
    ['balandžio', 4],
    ['gegužės', 5],
    ['birželio', 6],
    ['liepos', 7],
    ['rugpjūčio', 8],
    ['rugsėjo', 9],
    ['spalio', 10],
    ['lapkričio', 11],
    ['gruodžio', 12],
    ...THAI_MONTHS.map((name, i) => [name, i + 1] as const),
    // "listopad" is November in Czech and Polish but October in Croatian: with no language told, no month.
    // Short forms, written with a dot ("26. sep. 2023"), shared by most of these languages
    ['jan', 1],
    ['feb', 2],
    ['mar', 3],
    ['apr', 4],
    ['jun', 6],
    ['jul', 7],
    ['aug', 8],
    ['sep', 9],
    ['sept', 9],
    ['set', 9],
    // Dutch "mrt" and German "mär": March cut to a form of its own
    ['mrt', 3],
    ['mär', 3],
    ['okt', 10],
    ['ott', 10],
    ['oct', 10],
    ['nov', 11],
    ['dec', 12],
    ['dic', 12],
    ['des', 12],
    ['dez', 12],
  ].map(([name, month]) => [fold(name as string), month as number]),
);

/** Weekday names by their day (0 = Sunday, as Date.getUTCDay counts). */
const WEEKDAY_NAMES = new Map<string, number>(
  [
    // Polish, Czech, Slovak, Russian, Ukrainian, Greek, Romanian, Vietnamese (two words: "thứ ba"), South Slavic, Sunday first
    ...SUNDAY_FIRST_WEEKDAYS.flatMap((names) =>
      names.split(' ').map((name, day) => [name.replace(/_/g, ' '), day] as const),
    ),
    // Thai, as a stamp writes the day: "วันอังคารที่ 19 …" ("Tuesday the 19th")
    ...THAI_WEEKDAYS.map((name, day) => [`วัน${name}ที่`, day] as const),
    // Turkish
    ['pazar', 0],
    ['pazartesi', 1],
    ['salı', 2],
    ['çarşamba', 3],
    ['perşembe', 4],
    ['cuma', 5],
    ['cumartesi', 6],
    // Azerbaijani
    ['bazar', 0],
    ['bazar ertəsi', 1],
    ['çərşənbə axşamı', 2],
    ['çərşənbə', 3],
    ['cümə axşamı', 4],
    ['cümə', 5],
    ['şənbə', 6],
    // Italian, Spanish, French
    ['domenica', 0],
    ['lunedì', 1],
    ['martedì', 2],
    ['mercoledì', 3],
    ['giovedì', 4],
    ['venerdì', 5],
    ['sabato', 6],
    ['domingo', 0],
    ['lunes', 1],
    ['martes', 2],
    ['miércoles', 3],
    ['jueves', 4],
    ['viernes', 5],
    ['sábado', 6],
    ['dimanche', 0],
    ['lundi', 1],
    ['mardi', 2],
    ['mercredi', 3],
    ['jeudi', 4],
    ['vendredi', 5],
    ['samedi', 6],
    ...calendarWeekdays(GERMANIC),
    ...calendarWeekdays(OTHER_SCRIPTS),
    // Hungarian
    ['vasárnap', 0],
    ['hétfő', 1],
    ['kedd', 2],
    ['szerda', 3],
    ['csütörtök', 4],
    ['péntek', 5],
    ['szombat', 6],
  ].map(([name, day]) => [fold(name as string), day as number]),
);

const WEEKDAY = '([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)';
/**
 * The word before a clock time: Turkish "saat", Italian "alle"/"ore", Danish, Norwegian and Swedish "kl."/"klokken"/
 * "klockan", Dutch "om",
 * German "um", French "à", Spanish "a las", Portuguese "às", Croatian "u", Czech "v", Polish "o", Romanian "la"/"ora",
 * Russian and Bulgarian "в", Greek "στις", English "at".
 */
const AT_CLOCK = '(?:saat|alle|ore|kl\\.?|klokken|klockan|om|um|à|a\\s+las|às|u|v|o|la|ora|at|в|στις)';
/**
 * "19:24", "18.20", the French "18h52", "14 h 05" and "19:12 h"; the Latin American "06:32 a.m. EST", the clock of a
 * 12-hour day and the zone the site prints it in (Moscow, Yerevan, Baku, Istanbul among them), or the German "Uhr".
 */
const CLOCK =
  '\\d{1,2}(?:[:.]|\\s?h\\s?)\\d{2}(?::\\d{2})?(?:\\s?h\\b)?(?:\\s?[ap]\\.?\\s?m\\.?)?(?:\\s+(?:(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ART|CET|CEST|BST|EET|EEST|MSK|AMT|AZT|TRT|GST|IST|WIB|WITA|WIT|Uhr)\\b|\\s*\\((?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?\\)|\\s*น\\.)?';
/**
 * "3 de octubre de 2023": Spanish and Portuguese join the day, month and year with "de"; Croatian and Serbian
 * close the year with a dot ("16. kolovoza 2023."), Russian with "г." ("12 октября 2023 г."), Armenian with "թ.". A dot may join
 * the parts with no space at all ("26.set.2023", "05.Okt.2023"), as the all-digit "26.09.2023" does.
 */
const STAMP = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:\\.\\s*|\\s+)(?:de\\s+)?([\\p{L}\\p{M}]+)(?:\\.\\s*|,?\\s+)(?:de\\s+)?(\\d{4})(?:\\s*(?:[грթ]|года|року))?\\.?(?:,?\\s+(?!${AT_CLOCK}\\s)${WEEKDAY})?` +
    `(?:\\s*[,|–—-]?\\s*(?:${AT_CLOCK}\\s+)?${CLOCK})?$`,
  'iu',
);

/**
 * "noviembre 16, 2021 9:18 pm", "martes, octubre 5, 2021": the English order (month, day, comma, year) in a
 * local month's name, as Latin American sites on English-made publishing software print their stamps.
 */
const MONTH_FIRST_STAMP = new RegExp(
  `^(?:${WEEKDAY},\\s+)?([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2}),\\s+(\\d{4})` +
    `(?:\\s*[,|–—-]?\\s*(?:${AT_CLOCK}\\s+)?${CLOCK})?$`,
  'iu',
);

/**
 * "2022. szeptember 13. 11:20", "2022. szept. 13., kedd": Hungarian writes the year first, each part closed
 * by a dot (a copy may dot the month's name too). A translation keeps that order and those dots while it
 * puts the month in English ("2023. October 5. – 17:52"): the layout, not the language, marks the stamp.
 */
const YEAR_FIRST_STAMP = new RegExp(
  `^(\\d{4})\\.\\s*(\\p{L}+)\\.?\\s+(\\d{1,2})\\.?(?:,?\\s+${WEEKDAY})?` + `(?:\\s*[,|–—-]?\\s*${CLOCK})?$`,
  'iu',
);

/** "Rabu", "Freitag", "Cuma": a weekday's name in one of the languages here (English aside). */
export function isLocalWeekday(word: string): boolean {
  return WEEKDAY_NAMES.has(fold(word));
}

/** The day (0 = Sunday) a weekday's name in one of the languages here stands for, or undefined. */
export function localWeekdayIndex(word: string): number | undefined {
  return WEEKDAY_NAMES.get(fold(word));
}

export function dateOfLocalMonthStamp(line: string): DateParts | null {
  const m = STAMP.exec(line.trim());
  if (m) {
    const [, before, day, monthName, year, after] = m;
    return dayOfStamp(year!, monthName!, day!, [before, after]);
  }
  const f = MONTH_FIRST_STAMP.exec(line.trim());
  if (f) {
    const [, before, monthName, day, year] = f;
    return dayOfStamp(year!, monthName!, day!, [before]);
  }
  const y = YEAR_FIRST_STAMP.exec(line.trim());
  if (!y) return null;
  const [, year, monthName, day, after] = y;
  return dayOfStamp(year!, monthName!, day!, [after], ENGLISH_MONTHS);
}

/** English month names and their short forms, for the year-first layout only (the others parse them as dates). */
const ENGLISH_MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((name, i) => [
    [fold(name), i + 1],
    [fold(name.slice(0, 3)), i + 1],
  ]),
);

function dayOfStamp(
  year: string,
  monthName: string,
  day: string,
  weekdays: (string | undefined)[],
  otherMonths?: ReadonlyMap<string, number>,
): DateParts | null {
  const month = MONTHS.get(fold(monthName)) ?? otherMonths?.get(fold(monthName));
  if (month === undefined) return null;
  const gregorianYear = gregorianYearOf(Number(year), monthName);
  if (gregorianYear === null) return null;
  const at = new Date(Date.UTC(gregorianYear, month - 1, Number(day)));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== Number(day)) return null;
  for (const weekday of weekdays) {
    if (weekday === undefined) continue;
    // An English weekday ("Friday, 14 Mayıs 2021") is read as well; any other word is no stamp's.
    const named = WEEKDAY_NAMES.get(fold(weekday)) ?? WEEKDAYS.findIndex((w) => fold(w) === fold(weekday));
    if (named !== at.getUTCDay()) return null;
  }
  return { precision: 'day', year: gregorianYear, month, day: Number(day) };
}

/**
 * A Thai month's year is the Buddhist era's when it is past 2400 ("19 กันยายน 2566" = 2023); no other language's
 * year is converted, and a Thai month with a year in neither era is no stamp's.
 */
function gregorianYearOf(year: number, monthName: string): number | null {
  if (!THAI_MONTHS.includes(monthName)) return year;
  if (year > 2400) return year - BUDDHIST_ERA_OFFSET;
  return year < 2100 ? year : null;
}
