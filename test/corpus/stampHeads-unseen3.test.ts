import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

/**
 * Third round: whole article heads (rubric, headline, deck, byline, stamp, dateline) written for these tests in
 * the layouts outlets of many countries print, translated: German and Swiss public and regional sites, French
 * regional papers, Spanish and Latin American dailies, Portuguese papers and broadcasters, Turkish and Arab
 * papers, South and South-East Asian dailies, African dailies, US local papers and TV stations. None is any
 * set's head. 14 September 2022 was a Wednesday.
 */
const LEAD =
  'Shelling along the border went on for hours, officials said, and several villages lost power.\n';
const page = (head: string) => `${head}\n\n${LEAD}`;

const READ: [string, string, string][] = [
  // German and Swiss.
  [
    'a public broadcaster\'s "Stand:" line with "Uhr"',
    'Ausland\n\nKaukasus\n\nNeue Kämpfe an der Grenze zwischen Armenien und Aserbaidschan\n\nStand: 14.09.2022 10:12 Uhr',
    '2022-09-14',
  ],
  [
    '"Stand:" under a correspondent\'s byline',
    'Kaukasus-Konflikt\n\nWaffenruhe hält nicht\n\nVon Anna Meier, ARD-Studio Moskau\n\nStand: 14.09.2022 10:12 Uhr',
    '2022-09-14',
  ],
  [
    'a Swiss "Publiziert:" line with a comma before the hour',
    'Konflikt im Kaukasus\n\nArmenien meldet Dutzende Tote\n\nDie Gefechte sind die schwersten seit zwei Jahren.\n\nAnna Meier\n\nPubliziert: 14.09.2022, 10:12',
    '2022-09-14',
  ],
  [
    'a Swiss dotted date with a dotted hour and "Uhr"',
    'International\n\nArmenien meldet Dutzende Tote\n\nAnna Meier, Wien\n14.09.2022, 10.12 Uhr',
    '2022-09-14',
  ],
  [
    'a German weekday, day and month named, with "Uhr"',
    'Politik\n\nArmenien meldet Dutzende Tote\n\nMittwoch, 14. September 2022, 10:12 Uhr',
    '2022-09-14',
  ],
  [
    '"Datum:" of a TV site',
    'Nachrichten\n\nArmenien meldet Dutzende Tote\n\nDatum: 14.09.2022 10:12 Uhr',
    '2022-09-14',
  ],
  [
    'a published line, then "Aktualisiert" with an age',
    'Ausland\n\nArmenien meldet Dutzende Tote\n\nPubliziert: 14.09.2022, 10:12\nAktualisiert vor 2 Stunden',
    '2022-09-14',
  ],
  [
    '"Veröffentlicht am" with "um"',
    'Ausland\n\nArmenien meldet Dutzende Tote\n\nVeröffentlicht am 14.09.2022 um 10:12 Uhr',
    '2022-09-14',
  ],
  // French and Swiss French.
  [
    'a Swiss French "Publié:" line with "10h12"',
    'Caucase\n\nL’Arménie annonce des dizaines de morts\n\nJean Dupont\n\nPublié: 14.09.2022, 10h12',
    '2022-09-14',
  ],
  [
    'a regional "Le … à …" line',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nLe 14/09/2022 à 10:12',
    '2022-09-14',
  ],
  [
    '"Publié le … | Mis à jour le …" with a later revision',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nPublié le 14/09/2022 à 10:12 | Mis à jour le 15/09/2022 à 18:30',
    '2022-09-14',
  ],
  [
    '"Publié le … Modifié le …" with "10h12"',
    'International\n\nL’Arménie annonce des dizaines de morts\n\nPar Jean Dupont\nPublié le 14/09/2022 à 10h12 Modifié le 15/09/2022 à 18h30',
    '2022-09-14',
  ],
  [
    'a byline, a dash, then the day and month abbreviated',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nPar Jean Dupont - 14 sept. 2022 à 10:12',
    '2022-09-14',
  ],
  [
    'a French weekday and month with "à"',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nMercredi 14 septembre 2022 à 10:12',
    '2022-09-14',
  ],
  [
    'a radio site\'s "Publié le :" with spaced colons and dashes',
    'Europe\n\nL’Arménie annonce des dizaines de morts\n\nPublié le : 14/09/2022 - 10:12 Modifié le : 15/09/2022 - 18:30',
    '2022-09-14',
  ],
  // Spanish and Latin American.
  [
    'a Venezuelan day, month and comma year with "am"',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\n14 septiembre, 2022 10:12 am',
    '2022-09-14',
  ],
  [
    'a Spanish "de" date with "h", then "Actualizado"',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nJuan Pérez\n14 de septiembre de 2022 10:12h\nActualizado el 15/09/2022 18:30h',
    '2022-09-14',
  ],
  [
    'an Argentine "de" date with a comma before the hour',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nLa nueva ofensiva deja decenas de soldados muertos.\n\n14 de septiembre de 2022, 10:12',
    '2022-09-14',
  ],
  [
    'a Spanish weekday and "de" date',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nMiércoles, 14 de septiembre de 2022',
    '2022-09-14',
  ],
  [
    '"Publicado: … | Actualizado: …"',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nPublicado: 14/09/2022 10:12 | Actualizado: 15/09/2022 18:30',
    '2022-09-14',
  ],
  [
    'a byline, a bar, the date and a middle dot before the hour',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nPor Juan Pérez | 14 de septiembre de 2022 · 10:12',
    '2022-09-14',
  ],
  [
    'an Argentine "hs" after the hour',
    'El Mundo\n\nArmenia denuncia decenas de muertos\n\n14/09/2022 - 10:12 hs',
    '2022-09-14',
  ],
  [
    'a Spanish weekday abbreviated before a slash date',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nMié, 14/09/2022 - 10:12',
    '2022-09-14',
  ],
  [
    '"Publicado el" with a weekday and "a las"',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nPublicado el miércoles, 14 de septiembre de 2022 a las 10:12',
    '2022-09-14',
  ],
  [
    'a Mexican "hrs" after the hour',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\n14 de septiembre de 2022 | 10:12 hrs',
    '2022-09-14',
  ],
  [
    'a place, a slash, a dotted date and seconds',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nCiudad de México / 14.09.2022 10:12:00',
    '2022-09-14',
  ],
  [
    '"Actualizado" with an age below the published day',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\n14 de septiembre de 2022\nActualizado hace 2 horas',
    '2022-09-14',
  ],
  // Portuguese and Brazilian.
  [
    'a Portuguese day, month and year with "às"',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\n14 setembro 2022 às 10:12',
    '2022-09-14',
  ],
  [
    'a dotted date with "às" and "10h12"',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\nJoão Silva\n14.09.2022 às 10h12',
    '2022-09-14',
  ],
  [
    "a broadcaster's abbreviated month and comma year",
    'Mundo\n\nArménia denuncia dezenas de mortos\n\n14 Set, 2022, 10:12',
    '2022-09-14',
  ],
  [
    '"Publicado … | Atualizado …" with abbreviated months',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\nPublicado 14 set 2022 10:12 | Atualizado 15 set 2022 18:30',
    '2022-09-14',
  ],
  [
    'a Brazilian dotted abbreviated month with "às"',
    'Mundo\n\nArmênia denuncia dezenas de mortos\n\n14.set.2022 às 10h12',
    '2022-09-14',
  ],
  [
    'a Brazilian byline with the outlet, then the day and "Atualizado há"',
    'Mundo\n\nArmênia denuncia dezenas de mortos\n\nPor Maria Silva, g1\n14/09/2022 10h12 Atualizado há 2 horas',
    '2022-09-14',
  ],
  [
    '"Atualizado em" after "Publicado em" on one line',
    'Mundo\n\nArmênia denuncia dezenas de mortos\n\nPublicado em 14/09/2022 - 10:12 Atualizado em 15/09/2022 - 18:30',
    '2022-09-14',
  ],
  // Turkish.
  [
    'a Turkish dotted date and hour',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\n14.09.2022 10:12',
    '2022-09-14',
  ],
  [
    '"Giriş: … | Güncelleme: …"',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nGiriş: 14.09.2022 10:12 | Güncelleme: 15.09.2022 18:30',
    '2022-09-14',
  ],
  [
    'a Turkish month, weekday after the year, then the hour',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\n14 Eylül 2022 Çarşamba 10:12',
    '2022-09-14',
  ],
  [
    'a news desk, a bar, a dotted date and a dash before the hour',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nHaber Merkezi | 14.09.2022 - 10:12',
    '2022-09-14',
  ],
  // Arab.
  [
    'an Arabic "published on" line with a year-first slash date and the issue',
    'عرب وعالم\n\nArmenia says dozens of its soldiers were killed\n\nنُشر في 2022/09/14، العدد: 12345، ص(5)',
    '2022-09-14',
  ],
  [
    'an Arabic weekday before a year-first slash date',
    'عرب وعالم\n\nArmenia says dozens of its soldiers were killed\n\nالأربعاء 2022/09/14',
    '2022-09-14',
  ],
  [
    '"نشر في:" with an Arabic month',
    'أخبار\n\nArmenia says dozens of its soldiers were killed\n\nنشر في: 14 سبتمبر 2022 - 10:12',
    '2022-09-14',
  ],
  [
    'Arabic-Indic digits in a day-first slash date',
    'أخبار\n\nArmenia says dozens of its soldiers were killed\n\n١٤/٩/٢٠٢٢',
    '2022-09-14',
  ],
  // South Asian.
  [
    'a weekday stamp and a "Last update on:" stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nStar Online Report\n\nWed Sep 14, 2022 09:10 PM Last update on: Thu Sep 15, 2022 09:10 AM',
    '2022-09-14',
  ],
  [
    'a web desk over a month-first date',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWeb Desk\n\nSeptember 14, 2022',
    '2022-09-14',
  ],
  [
    'a web desk, bars, a date and a 12-hour clock',
    'Global\n\nArmenia reports dozens of soldiers killed\n\nSamaa Web Desk | Sep 14, 2022 | 09:10 PM',
    '2022-09-14',
  ],
  [
    '"Published … Updated …" after a byline with an agency',
    'World\n\nArmenia reports dozens of soldiers killed\n\nAnwar Iqbal | Reuters\nPublished September 14, 2022 Updated September 15, 2022',
    '2022-09-14',
  ],
  [
    'a date inside a byline line with a zone',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Ali Khan | 14 Sep 2022, 09:10 PKT',
    '2022-09-14',
  ],
  [
    '"Published on" with "IST"',
    'World News\n\nArmenia reports dozens of soldiers killed\n\nBy Ravi Kumar, New Delhi\nPublished on Sep 14, 2022 09:10 PM IST',
    '2022-09-14',
  ],
  [
    'a stamp, then "| Updated" with only an hour, then the place',
    'International\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 09:10 pm | Updated 09:25 pm IST - NEW DELHI',
    '2022-09-14',
  ],
  [
    '"Published at :" and "Updated at :" with spaced colons',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished at : September 14, 2022\nUpdated at : September 15, 2022 21:10',
    '2022-09-14',
  ],
  // South-East Asian.
  [
    'a byline, a dash and "@" before the hour',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Bernama - September 14, 2022 @ 9:10pm',
    '2022-09-14',
  ],
  [
    '"PUBLISHED :" in capitals',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPUBLISHED : 14 Sep 2022 09:10 PM',
    '2022-09-14',
  ],
  [
    '"PUBLISHED :" with "at" before a 24-hour clock',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPUBLISHED : 14 Sep 2022 at 21:10',
    '2022-09-14',
  ],
  [
    '"Published" and a glued 12-hour clock',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPublished September 14, 2022 9:10pm',
    '2022-09-14',
  ],
  [
    '"Posted at" with no comma before the year',
    'World\n\nArmenia reports dozens of soldiers killed\n\nAgence France-Presse\n\nPosted at Sep 14 2022 09:10 PM',
    '2022-09-14',
  ],
  [
    'a 12-hour clock with a Philippine zone',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSep 14, 2022 9:10 PM PHT',
    '2022-09-14',
  ],
  [
    "the hour before a month-first date, after the site's name and a slash",
    'Global Nation\n\nArmenia reports dozens of soldiers killed\n\nINQUIRER.net / 09:10 PM September 14, 2022',
    '2022-09-14',
  ],
  [
    'a place, a bullet and a weekday',
    'World\n\nArmenia reports dozens of soldiers killed\n\nJakarta ● Wed, September 14, 2022',
    '2022-09-14',
  ],
  [
    '"Published … Updated …" on two lines with comma clocks',
    'Europe\n\nArmenia reports dozens of soldiers killed\n\nPublished Sep 14, 2022, 09:10 PM\nUpdated Sep 15, 2022, 09:25 AM',
    '2022-09-14',
  ],
  [
    'a month-first slash date settled by its day past 12, with a weekday and a zone',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday, 9/14/2022, 9:10 pm (GMT+7)',
    '2022-09-14',
  ],
  // African.
  [
    '"Published" with an abbreviated month',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Staff Reporter\nPublished Sep 14, 2022',
    '2022-09-14',
  ],
  [
    'a staff byline over a short date',
    'Africa\n\nArmenia reports dozens of soldiers killed\n\nStaff Reporter\n14 Sep 2022',
    '2022-09-14',
  ],
  [
    'a date over a reading time',
    'News\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022\n2 min read',
    '2022-09-14',
  ],
  [
    '"On" before the date, then the rubric',
    'News\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Okafor\nOn September 14, 2022 9:10 pm In News',
    '2022-09-14',
  ],
  [
    'an ordinal day',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14th September 2022',
    '2022-09-14',
  ],
  [
    'a date, a bar and a 12-hour clock',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14 September 2022 | 9:10 pm',
    '2022-09-14',
  ],
  [
    'a weekday and a month-first date',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday, September 14, 2022',
    '2022-09-14',
  ],
  // US local papers and TV stations.
  [
    'a byline in capitals with a bar, over a short date',
    'News\n\nArmenia reports dozens of soldiers killed\n\nBY JANE DOE | Staff writer\nSep 14, 2022',
    '2022-09-14',
  ],
  [
    'a date, then "Updated" on the same line',
    'News\n\nArmenia reports dozens of soldiers killed\n\nSep 14, 2022 Updated Sep 15, 2022',
    '2022-09-14',
  ],
  [
    '"Posted: … / … | Updated: … / …" of a TV site',
    'National\n\nArmenia reports dozens of soldiers killed\n\nby: Jane Doe\n\nPosted: Sep 14, 2022 / 09:10 PM CDT\nUpdated: Sep 15, 2022 / 09:25 AM CDT',
    '2022-09-14',
  ],
  [
    '"Published:" with "at" and a US zone',
    'National\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe\nPublished: Sep. 14, 2022 at 9:10 PM CDT',
    '2022-09-14',
  ],
  [
    '"Published:" with the hour and zone before the date',
    'World\n\nArmenia reports dozens of soldiers killed\n\nAuthor: Jane Doe\nPublished: 9:10 PM CDT September 14, 2022\nUpdated: 9:25 PM CDT September 15, 2022',
    '2022-09-14',
  ],
  [
    '"Posted" with a dotted "p.m." before the date',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPosted 9:10 p.m. Sep 14, 2022',
    '2022-09-14',
  ],
  // TV and radio sites in English.
  [
    'a date, a 24-hour clock and "UK"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday 14 September 2022 21:10, UK',
    '2022-09-14',
  ],
  [
    'a date and "GMT" of a radio site',
    'Caucasus\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 21:10 GMT',
    '2022-09-14',
  ],
  [
    '"Published On" with the date printed twice',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPublished On 14 Sep 202214 Sep 2022',
    '2022-09-14',
  ],
  [
    'an agency dateline alone with the year',
    'World\n\nArmenia reports dozens of soldiers killed\n\nYEREVAN, 14 September 2022 (AFP) - Shelling along the border went on for hours, officials said.',
    '2022-09-14',
  ],
  // A print edition line.
  [
    'a closing "Published in …, print edition" line',
    'World\n\nArmenia reports dozens of soldiers killed\n\nShelling along the border went on for hours, officials said.\n\nPublished in Dawn, September 15th, 2022',
    '2022-09-15',
  ],
];

const UNREAD: [string, string][] = [
  // An age, a revision alone, a time with no day.
  [
    'an age under "Publiziert heute"',
    'Ausland\n\nArmenien meldet Dutzende Tote\n\nPubliziert heute um 10:12 Uhr',
  ],
  [
    '"Publié aujourd’hui à …"',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nPublié aujourd’hui à 10h12',
  ],
  ['"hace 2 horas"', 'Mundo\n\nArmenia denuncia decenas de muertos\n\nhace 2 horas'],
  ['"Hoje às …"', 'Mundo\n\nArménia denuncia dezenas de mortos\n\nHoje às 10:12'],
  [
    '"Published 2h ago"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Staff Reporter\nPublished 2h ago',
  ],
  ['a German revision alone', 'Ausland\n\nArmenien meldet Dutzende Tote\n\nAktualisiert am 14.09.2022-10:12'],
  [
    'a French revision alone',
    'Europe\n\nL’Arménie annonce des dizaines de morts\n\nPar Euronews avec AFP • Mis à jour: 14/09/2022 - 10:12',
  ],
  [
    'a Portuguese revision alone',
    'Mundo\n\nArmênia denuncia dezenas de mortos\n\nAtualizado em 14/09/2022 - 18:30',
  ],
  ['a Turkish revision alone', 'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nGüncelleme: 14.09.2022 18:30'],
  [
    'an Arabic revision alone',
    'أخبار\n\nArmenia says dozens of its soldiers were killed\n\nآخر تحديث: 14/09/2022 - 10:12',
  ],
  // Day and month in an order nothing settles.
  [
    'a slash date of two small numbers',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\n03/09/2022 - 10:12 hs',
  ],
  [
    'a Swiss French "Publié:" of two small numbers under a slash',
    'Caucase\n\nL’Arménie annonce des dizaines de morts\n\nPublié: 03/09/2022, 10h12',
  ],
  // A weekday the day does not fall on.
  [
    "a weekday that is not the day's",
    'World\n\nArmenia reports dozens of soldiers killed\n\nThu Sep 14, 2022 09:10 PM',
  ],
  [
    "a German weekday that is not the day's",
    'Politik\n\nArmenien meldet Dutzende Tote\n\nDonnerstag, 14. September 2022, 10:12 Uhr',
  ],
  // A dateline with no year.
];

describe('heads of outlets nobody has seen: the stamp dates the piece', () => {
  it.each(READ)('given %s, the piece is dated', (_what, head, day) => {
    expect(published(page(head))).toBe(day);
  });
});

describe('heads of outlets nobody has seen: an age, a revision or an unsettled order gives no date', () => {
  it.each(UNREAD)('given %s, no publication date', (_what, head) => {
    expect(published(page(head))).toBeNull();
  });
});

/**
 * Second round, written after the first was read: more clocks before the day, zones, revisions first, bylines
 * and agencies on the stamp's line, and days told only as "yesterday" (no date).
 */
const READ_SECOND: [string, string, string][] = [
  [
    'the hour and a bar before a month-first date',
    'World\n\nArmenia reports dozens of soldiers killed\n\n09:10 PM | September 14, 2022',
    '2022-09-14',
  ],
  [
    'a 24-hour clock and zone before the day',
    'World\n\nArmenia reports dozens of soldiers killed\n\n21:10 IST, 14 Sep 2022',
    '2022-09-14',
  ],
  [
    '"Updated: … | Published: …" with the revision first',
    'India\n\nArmenia reports dozens of soldiers killed\n\nUpdated: 15 Sep 2022 09:25 IST | Published: 14 Sep 2022 21:10 IST',
    '2022-09-14',
  ],
  [
    '"Last Updated: … | First Published: …"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nLast Updated: Sep 15, 2022, 09:25 AM IST | First Published: Sep 14, 2022, 09:10 PM IST',
    '2022-09-14',
  ],
  [
    '"Posted on:" with a weekday',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPosted on: Wednesday, September 14, 2022 9:10 PM',
    '2022-09-14',
  ],
  [
    '"Published on:" with a bar before the hour',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished on: 14 September 2022 | 9:10 pm',
    '2022-09-14',
  ],
  [
    '"Publish Date:" with a comma before the hour',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublish Date: 14 Sep 2022, 9:10 pm',
    '2022-09-14',
  ],
  [
    'an e-mail-style stamp with seconds and an offset',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWed, 14 Sep 2022 21:10:05 +0500',
    '2022-09-14',
  ],
  [
    'a day, a hyphened month and year',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14-Sep-2022 21:10',
    '2022-09-14',
  ],
  [
    'a comma after the month',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14 Sep, 2022 09:10 PM',
    '2022-09-14',
  ],
  [
    'a month in capitals',
    'WORLD\n\nArmenia reports dozens of soldiers killed\n\nSEPT 14, 2022',
    '2022-09-14',
  ],
  [
    '"at" and "p.m." and a zone',
    'News\n\nArmenia reports dozens of soldiers killed\n\nSep. 14, 2022 at 9:10 p.m. CDT',
    '2022-09-14',
  ],
  [
    'a weekday, "Sept." and a bar before the hour',
    'News\n\nArmenia reports dozens of soldiers killed\n\nWednesday, Sept. 14, 2022 | 9:10 p.m.',
    '2022-09-14',
  ],
  [
    'a byline of two outlets with a bar, then the date and a dash',
    'News\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe Staff writer\nSep 14, 2022 - 9:10 pm',
    '2022-09-14',
  ],
  [
    'a byline, a place and a slash date in bars',
    'El Mundo\n\nArmenia denuncia decenas de muertos\n\nAna López | Buenos Aires | 14/09/2022 10:12',
    '2022-09-14',
  ],
  [
    'a capitalised Spanish month with a dash before the hour',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nMiércoles 14 de Septiembre de 2022 - 10:12',
    '2022-09-14',
  ],
  [
    'a Spanish month with no "de" and "am"',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\n14 Septiembre 2022, 10:12 am',
    '2022-09-14',
  ],
  [
    '"10h12min" after "às"',
    'Mundo\n\nArmênia denuncia dezenas de mortos\n\n14/09/2022 às 10h12min',
    '2022-09-14',
  ],
  [
    '"Publicado a … de … de … às"',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\nPublicado a 14 de setembro de 2022 às 10:12',
    '2022-09-14',
  ],
  [
    'a capitalised Portuguese month with ", às"',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\n14 de Setembro de 2022, às 10:12',
    '2022-09-14',
  ],
  [
    'a date, a bar, the hour and a place',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\n14.09.2022 | 10:12 | Ankara',
    '2022-09-14',
  ],
  [
    'a Turkish weekday after a comma, then a dash',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\n14 Eylül 2022, Çarşamba - 10:12',
    '2022-09-14',
  ],
  [
    '"Güncellenme Tarihi" before "Oluşturulma Tarihi"',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nGüncellenme Tarihi: 15.09.2022 - 18:30 | Oluşturulma Tarihi: 14.09.2022 - 10:12',
    '2022-09-14',
  ],
  [
    '"Yayınlanma:" with a Turkish weekday after the year',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nYayınlanma: 14 Eylül 2022 Çarşamba, 10:12',
    '2022-09-14',
  ],
  [
    '"Published on:" with a bracketed local time',
    'عرب وعالم\n\nArmenia says dozens of its soldiers were killed\n\nPublished on: 14/09/2022 - 21:10 (Mecca time)',
    '2022-09-14',
  ],
  [
    'an Arabic weekday, month and the Arabic "pm"',
    'عرب وعالم\n\nArmenia says dozens of its soldiers were killed\n\nالأربعاء 14 سبتمبر 2022 | 10:12 م',
    '2022-09-14',
  ],
  [
    '"Published … Updated …" on two lines with glued clocks',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPublished September 14, 2022 9:10pm\nUpdated September 15, 2022 9:25am',
    '2022-09-14',
  ],
  [
    'a byline with a handle, then the site, a slash, the hour and the date',
    'Global Nation\n\nArmenia reports dozens of soldiers killed\n\nBy: Juan Cruz - Reporter / @jcruzINQ\nINQUIRER.net / 09:10 PM September 14, 2022',
    '2022-09-14',
  ],
  [
    '"Published … PHT | Updated … PHT"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished Sep 14, 2022 9:10 PM PHT | Updated Sep 15, 2022 9:25 AM PHT',
    '2022-09-14',
  ],
  [
    'a weekday, a short date and a Malaysian zone over a byline in capitals',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday, 14 Sep 2022 9:10 PM MYT\nBy JANE DOE',
    '2022-09-14',
  ],
  [
    'a bar before a clock with "GMT+7"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 | 09:10 pm GMT+7',
    '2022-09-14',
  ],
  [
    'a comma clock and "SGT"',
    'Asia\n\nArmenia reports dozens of soldiers killed\n\nSep 14, 2022, 9:10 pm SGT',
    '2022-09-14',
  ],
  [
    'a byline, a comma, the date and "at"',
    'Africa\n\nArmenia reports dozens of soldiers killed\n\nBy Staff Reporter, 14 September 2022 at 21:10',
    '2022-09-14',
  ],
  [
    'a year-first date with seconds',
    'News\n\nArmenia reports dozens of soldiers killed\n\n2022-09-14 21:10:00',
    '2022-09-14',
  ],
  [
    'a date, a dash and a 24-hour clock',
    'News\n\nArmenia reports dozens of soldiers killed\n\n14 September 2022 - 21:10',
    '2022-09-14',
  ],
  [
    '"Published" with no clock',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPublished 14 September 2022',
    '2022-09-14',
  ],
  [
    'a weekday and a date with no commas',
    'News\n\nArmenia reports dozens of soldiers killed\n\nWednesday September 14 2022',
    '2022-09-14',
  ],
  [
    'a byline, a date with no comma, and a clock in bars',
    'News\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe | Sep 14 2022 | 9:10 pm',
    '2022-09-14',
  ],
  [
    '"Published" with the hour and zone first, no colon',
    'News\n\nArmenia reports dozens of soldiers killed\n\nPublished 9:10 PM EDT Sep 14, 2022',
    '2022-09-14',
  ],
  [
    'the hour, a comma and the date',
    'News\n\nArmenia reports dozens of soldiers killed\n\n9:10 PM, Sep 14, 2022',
    '2022-09-14',
  ],
  [
    'a weekday, an ordinal day with no comma before the year, and a zone',
    'National\n\nArmenia reports dozens of soldiers killed\n\nWed, September 14th 2022, 9:10 PM CDT',
    '2022-09-14',
  ],
  [
    '"UPDATED:" above the published weekday stamp',
    'National\n\nArmenia reports dozens of soldiers killed\n\nUPDATED: Thu, September 15th 2022, 9:25 AM CDT\nWed, September 14th 2022, 9:10 PM CDT',
    '2022-09-14',
  ],
  [
    'a date, a slash, a clock, a slash and agencies',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 / 9:10 PM / CBS/AP',
    '2022-09-14',
  ],
  [
    '"First published on" with a slash before the hour',
    'World\n\nArmenia reports dozens of soldiers killed\n\nFirst published on September 14, 2022 / 9:10 PM',
    '2022-09-14',
  ],
  [
    "a radio site's year run into its clock",
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 20229:10 PM ET',
    '2022-09-14',
  ],
  [
    '"Issued on:" and "Modified:"',
    'Europe\n\nArmenia reports dozens of soldiers killed\n\nIssued on: 14/09/2022 - 21:10 Modified: 15/09/2022 - 09:25',
    '2022-09-14',
  ],
  [
    "a slash date of small numbers settled by the lead's weekday",
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished: 07/09/2022 21:10\n\nShelling went on for hours on Wednesday, officials said.',
    '2022-09-07',
  ],
  [
    '"Publicado" with a dotted abbreviated month',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nPublicado: 14 sept. 2022 10:12',
    '2022-09-14',
  ],
  [
    'a Catalan-style "Actualitzat" after the date',
    'Món\n\nArmènia denuncia desenes de morts\n\n14/09/2022 10:12 Actualitzat: 15/09/2022 18:30',
    '2022-09-14',
  ],
];

const UNREAD_SECOND: [string, string][] = [
  ['"Ontem às …"', 'Mundo\n\nArménia denuncia dezenas de mortos\n\nOntem às 10:12'],
  ['"Ayer" with an hour', 'Mundo\n\nArmenia denuncia decenas de muertos\n\nAyer 10:12'],
  ['"Gestern, 10:12 Uhr"', 'Ausland\n\nArmenien meldet Dutzende Tote\n\nGestern, 10:12 Uhr'],
  ['"Hier à 10h12"', 'Monde\n\nL’Arménie annonce des dizaines de morts\n\nHier à 10h12'],
  ['"Dün 10:12"', 'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nDün 10:12'],
  [
    'a revision with an ISO stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nUpdated: 2022-09-14T21:10:05+05:00',
  ],
  [
    'an agency by-line with a revision only',
    'Europe\n\nArmenia reports dozens of soldiers killed\n\nBy Euronews with AP • Updated: 14/09/2022 - 21:10',
  ],
  [
    'a slash date of small numbers with a month-first clock',
    'World\n\nArmenia reports dozens of soldiers killed\n\n09/08/2022 9:10 PM',
  ],
  ['"Posted … ago"', 'World\n\nArmenia reports dozens of soldiers killed\n\nPosted 3 hours ago'],
  [
    'a Thursday weekday before a Wednesday date in Spanish',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nJueves, 14 de septiembre de 2022',
  ],
];

describe('heads of outlets nobody has seen, second round: the stamp dates the piece', () => {
  it.each(READ_SECOND)('given %s, the piece is dated', (_what, head, day) => {
    expect(published(head.includes('\n\nShelling') ? `${head}\n` : page(head))).toBe(day);
  });
});

describe('heads of outlets nobody has seen, second round: no day is given', () => {
  it.each(UNREAD_SECOND)('given %s, no publication date', (_what, head) => {
    expect(published(page(head))).toBeNull();
  });
});

/**
 * Third round: the head around the stamp (breadcrumbs, photo credits and captions, share and listen lines, roles
 * under a byline, reading times) and more field words, eras and weekdays set apart on the stamp's line.
 */
const READ_THIRD: [string, string, string][] = [
  [
    'a breadcrumb rubric, a headline, a deck, a byline and a stamp',
    'Home > World > Europe\n\nArmenia reports dozens of soldiers killed\n\nThe clashes are the worst since the 2020 war, officials in Yerevan say.\n\nJane Doe\n\n14 September 2022, 21:10',
    '2022-09-14',
  ],
  [
    'a photo credit between the deck and the stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nThe clashes are the worst since the 2020 war.\n\nPhoto: AFP\n\nSeptember 14, 2022',
    '2022-09-14',
  ],
  [
    'a photo caption with its credit, then the stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nArmenian soldiers near the border town of Jermuk. (Photo: Reuters)\n\nBy Jane Doe\nSeptember 14, 2022',
    '2022-09-14',
  ],
  [
    'a share line between byline and stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe\n\nShare\n\nSeptember 14, 2022 9:10 PM',
    '2022-09-14',
  ],
  [
    '"Listen to this article" before the stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nListen to this article\n\nSeptember 14, 2022 9:10 PM',
    '2022-09-14',
  ],
  [
    'a byline with a role on its own line',
    'World\n\nArmenia reports dozens of soldiers killed\n\nJane Doe\nSenior correspondent\n\n14 Sep 2022 21:10',
    '2022-09-14',
  ],
  [
    'a two-line byline with the place, then "Stand:" after the deck',
    'Ausland\n\nArmenien meldet Dutzende Tote\n\nDie Gefechte sind die schwersten seit dem Krieg 2020. Baku spricht von einer Provokation.\n\nVon Anna Meier\nARD-Studio Moskau\n\nStand: 14.09.2022 10:12 Uhr',
    '2022-09-14',
  ],
  [
    'a stamp over the headline, under the rubric',
    'World\n\n14 September 2022\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe',
    '2022-09-14',
  ],
  [
    'a video duration line before the stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nVideo duration 02:31\n\nSeptember 14, 2022',
    '2022-09-14',
  ],
  [
    'a stamp after a two-sentence deck and a byline with an agency',
    'World\n\nArmenia reports dozens of soldiers killed\n\nYerevan says at least 49 soldiers died. Baku blames an Armenian provocation.\n\nAFP\n\nPublished on 14/09/2022 at 21:10',
    '2022-09-14',
  ],
  [
    'a "Reading time" line then the stamp',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nTiempo de lectura: 3 min\n\n14 de septiembre de 2022, 10:12',
    '2022-09-14',
  ],
  [
    '"Escuchar" and a stamp',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nEscuchar\n\n14 de septiembre de 2022, 10:12',
    '2022-09-14',
  ],
  [
    'a stamp then a place dateline in capitals on its own line',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022\n\nYEREVAN',
    '2022-09-14',
  ],
  [
    'an author label with a colon',
    'World\n\nArmenia reports dozens of soldiers killed\n\nAuthor: Jane Doe\n\n14 Sep 2022',
    '2022-09-14',
  ],
  [
    'a "Written by" byline',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWritten by Jane Doe\n\n14 Sep 2022',
    '2022-09-14',
  ],
  [
    'a Spanish "Redacción" byline with a place',
    'Mundo\n\nArmenia denuncia decenas de muertos\n\nRedacción Buenos Aires\n\n14 de septiembre de 2022 · 10:12',
    '2022-09-14',
  ],
  [
    'a Portuguese "Lusa" credit then a stamp',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\nLusa\n\n14 set 2022 10:12',
    '2022-09-14',
  ],
  [
    'an image credit in brackets then the stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\n[Image: Reuters]\n\n14 September 2022',
    '2022-09-14',
  ],
  [
    'a "Comments" count and a stamp',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy Jane Doe\n\n14 September 2022 | 3 Comments',
    '2022-09-14',
  ],
  [
    'a stamp line with a rubric link and reading time',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWorld · 14 Sep 2022 · 3 min read',
    '2022-09-14',
  ],
  [
    'a stamp under a deck that ends without a full stop',
    'World\n\nArmenia reports dozens of soldiers killed\n\nYerevan says at least 49 soldiers died; Baku blames a provocation\n\n14 Sep 2022, 21:10',
    '2022-09-14',
  ],
  [
    'a weekday, a date, a dash and "am"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday 14 September 2022 - 10:12 am',
    '2022-09-14',
  ],
  [
    '"By AFP | Published: … | hour"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nBy AFP | Published: 14.09.2022 | 10:12',
    '2022-09-14',
  ],
  [
    'a slash date and hour, then "| Updated …"',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14/09/2022 - 10:12 | Updated 15/09/2022 - 18:30',
    '2022-09-14',
  ],
  [
    'a Pakistani zone',
    'Pakistan\n\nArmenia reports dozens of soldiers killed\n\nSep 14, 2022 09:10 PM PKT',
    '2022-09-14',
  ],
  [
    'a web desk, a bar, a date and a zone',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWeb Desk | September 14, 2022 10:12 PM PKT',
    '2022-09-14',
  ],
  [
    '"at" and "GMT+2" after "Published:"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished: 14 September 2022 at 10:12 GMT+2',
    '2022-09-14',
  ],
  [
    '"Publié le" with a weekday and "10h12"',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nPublié le mercredi 14 septembre 2022 à 10h12',
    '2022-09-14',
  ],
  [
    '"Mis en ligne le"',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nMis en ligne le 14/09/2022 à 10:12',
    '2022-09-14',
  ],
  [
    '"Actualisé le" after the published stamp',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nPublié le 14/09/2022 à 10:12, actualisé le 15/09/2022 à 18:30',
    '2022-09-14',
  ],
  [
    '"Publicado em" with a Portuguese month',
    'Mundo\n\nArménia denuncia dezenas de mortos\n\nPublicado em 14 de setembro de 2022 às 10:12',
    '2022-09-14',
  ],
  [
    '"Haber Giriş:"',
    'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nHaber Giriş: 14.09.2022 10:12',
    '2022-09-14',
  ],
  [
    'a date with "(Updated …)" in brackets',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14 Sep 2022 21:10 (Updated 15 Sep 2022)',
    '2022-09-14',
  ],
  [
    'year-first dates under "Published:" and "Updated:"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished: 2022-09-14 21:10 | Updated: 2022-09-15',
    '2022-09-14',
  ],
  [
    'a month-first slash date with its day past 12',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPosted: 9/14/2022 21:10',
    '2022-09-14',
  ],
  [
    '"PUBLISHED ON:" in capitals with the month',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPUBLISHED ON: SEPTEMBER 14, 2022 09:10 PM',
    '2022-09-14',
  ],
  [
    'an ordinal day after an abbreviated month',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSep 14th, 2022 9:10 PM',
    '2022-09-14',
  ],
  [
    'an ordinal day before an abbreviated month',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14th Sep 2022, 9:10 pm',
    '2022-09-14',
  ],
  [
    'a dash before a clock with "PHT"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 - 09:10 PM PHT',
    '2022-09-14',
  ],
  [
    '"at" and "GMT+8"',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSep 14, 2022 at 21:10 GMT+8',
    '2022-09-14',
  ],
  [
    'a year-first date and "at"',
    'World\n\nArmenia reports dozens of soldiers killed\n\n2022-09-14 at 21:10',
    '2022-09-14',
  ],
  [
    'a slash date with "WAT"',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14/09/2022, 21:10 WAT',
    '2022-09-14',
  ],
  [
    'a day-first slash date with a 12-hour clock',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14/09/2022 9:10 PM',
    '2022-09-14',
  ],
  [
    '"Updated: … / Published: …" with the hour first',
    'National\n\nArmenia reports dozens of soldiers killed\n\nUpdated: 9:25 PM CDT Sep 15, 2022 / Published: 9:10 PM CDT Sep 14, 2022',
    '2022-09-14',
  ],
  [
    '"Published" with a short weekday and no comma before the year',
    'World\n\nArmenia reports dozens of soldiers killed\n\nPublished Wed, Sep 14 2022 9:10 PM EDT\nUpdated Thu, Sep 15 2022 9:25 AM EDT',
    '2022-09-14',
  ],
  [
    '"Publiziert:" and "Aktualisiert:" on one line with no bar',
    'Ausland\n\nArmenien meldet Dutzende Tote\n\nPubliziert: 14.09.2022, 10:12 Aktualisiert: 14.09.2022, 18:30',
    '2022-09-14',
  ],
  [
    'a place, dashes, the month in capitals and "CEST"',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nMadrid - 14 SEP 2022 - 10:12 CEST',
    '2022-09-14',
  ],
  [
    'a Spanish short month with a dash and "CEST"',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\n14 sept 2022 - 10:12 CEST',
    '2022-09-14',
  ],
  [
    '"Actualizado" over the published stamp with "CEST"',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nActualizado 15 SEP 2022 - 18:30 CEST\n14 SEP 2022 - 10:12 CEST',
    '2022-09-14',
  ],
  [
    'an Italian month with a dash',
    "Esteri\n\nL'Armenia denuncia decine di morti\n\n14 settembre 2022 - 10:12",
    '2022-09-14',
  ],
  [
    '"Pubblicato il:"',
    "Esteri\n\nL'Armenia denuncia decine di morti\n\nPubblicato il: 14/09/2022 10:12",
    '2022-09-14',
  ],
  [
    'a Hijri date and the Gregorian one, with the issue',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday - 18 Safar 1444 AH - 14 September 2022 AD - Issue No. 16001',
    '2022-09-14',
  ],
  [
    '"(Bangkok time)" after the clock',
    'World\n\nArmenia reports dozens of soldiers killed\n\n14 Sep 2022 at 21:10 (Bangkok time)',
    '2022-09-14',
  ],
  [
    'a date, a clock and a rubric after a bar',
    'World\n\nArmenia reports dozens of soldiers killed\n\nSeptember 14, 2022 9:10 pm | News',
    '2022-09-14',
  ],
  [
    'a weekday date, a dash and a lower-case "updated" with an hour',
    'World\n\nArmenia reports dozens of soldiers killed\n\nWednesday, September 14, 2022 — updated 9:25 PM',
    '2022-09-14',
  ],
];

const UNREAD_THIRD: [string, string][] = [
  [
    '"Last Updated on … at …" alone',
    'World\n\nArmenia reports dozens of soldiers killed\n\nLast Updated on Sep 14, 2022 at 9:10 pm',
  ],
  [
    '"Actualizado" alone with "CEST"',
    'Internacional\n\nArmenia denuncia decenas de muertos\n\nActualizado 15 SEP 2022 - 18:30 CEST',
  ],
  ['"Aujourd\'hui à"', "Monde\n\nL’Arménie annonce des dizaines de morts\n\nAujourd'hui à 10:12"],
  [
    '"Actualisé le" alone',
    'Monde\n\nL’Arménie annonce des dizaines de morts\n\nActualisé le 15/09/2022 à 18:30',
  ],
  ['"Son Güncelleme:" alone', 'Dünya\n\nErmenistan onlarca ölü bildirdi\n\nSon Güncelleme: 15.09.2022 18:30'],
  ['"Aggiornato il" alone', "Esteri\n\nL'Armenia denuncia decine di morti\n\nAggiornato il 15/09/2022 18:30"],
];

describe('heads of outlets nobody has seen, third round: the stamp dates the piece', () => {
  it.each(READ_THIRD)('given %s, the piece is dated', (_what, head, day) => {
    expect(published(page(head))).toBe(day);
  });
});

describe('heads of outlets nobody has seen, third round: a revision or a day with no date gives none', () => {
  it.each(UNREAD_THIRD)('given %s, no publication date', (_what, head) => {
    expect(published(page(head))).toBeNull();
  });
});

/**
 * Fourth round: a revision's label alone, in the outlets' languages. Read by its shape, an unknown label would date
 * the piece by its revision; each must be known as a revision and give no publication date. 15 September 2022.
 */
const REVISION_ONLY: string[] = [
  'Zuletzt geändert: 15.09.2022 18:30',
  'Geändert am 15.09.2022',
  'Mise à jour : 15/09/2022 18:30',
  'MàJ le 15/09/2022 à 18:30',
  'Màj : 15/09/2022 18:30',
  'Última modificación: 15/09/2022',
  'Revisado: 15/09/2022',
  'Atualização: 15/09/2022 18:30',
  'Última atualização: 15/09/2022',
  'Editado em 15/09/2022',
  'Düzenleme: 15.09.2022 18:30',
  'Güncellendi: 15.09.2022 18:30',
  'Son Güncellenme: 15.09.2022 18:30',
  'Ultima modifica: 15/09/2022',
  'Bijgewerkt: 15-09-2022',
  'Laatste update: 15-09-2022',
  'Uppdaterad 15 september 2022',
  'Senast uppdaterad: 2022-09-15',
  'Oppdatert 15.09.2022',
  'Zaktualizowano: 15.09.2022',
  'Aktualizováno 15. 9. 2022',
  'Frissítve: 2022. szeptember 15.',
  'Обновлено: 15.09.2022',
  'Изменено: 15.09.2022',
  'تم التحديث: 15/09/2022',
  'Dikemaskini: 15/09/2022',
  'Diperbarui: 15/09/2022',
  'Na-update: Setyembre 15, 2022',
  'Cập nhật lúc: 15/09/2022',
  'Edited: Sep 15, 2022',
  'Revised: Sep 15, 2022',
  'Corrected: Sep 15, 2022',
  'Correction: Sep 15, 2022',
  'Last modified on: Sep 15, 2022',
  'Updated on: 15 Sep 2022',
  'Rev. 15/09/2022',
  'Modified 15 Sep 2022',
  'Update 15.09.2022 18:30',
  'Aktualizacja 15.09.2022 18:30',
  'Ažurirano: 15.09.2022.',
  'Actualitzat: 15/09/2022',
  'Eguneratua: 2022-09-15',
  'Päivitetty 15.9.2022',
  'Uuendatud: 15.09.2022',
  'Atnaujinta: 2022-09-15',
  'Оновлено: 15.09.2022',
  'अपडेट: 15 सितंबर 2022',
  'আপডেট: ১৫ সেপ্টেম্বর ২০২২',
  'اپ ڈیٹ: 15 ستمبر 2022',
  'Dikemas kini: 15/09/2022',
  'Mise à jour le 15 septembre 2022',
];

describe('heads of outlets nobody has seen: a revision alone, in any language, gives no publication date', () => {
  it.each(REVISION_ONLY)('given the stamp "%s" alone, no publication date', (stamp) => {
    expect(published(page(`World\n\nArmenia reports dozens of soldiers killed\n\n${stamp}`))).toBeNull();
  });
  it('given "15 maj 2022 14:05", the Nordic May is no French revision', () => {
    expect(published(page('Världen\n\nArmenia reports dozens of soldiers killed\n\n15 maj 2022 14:05'))).toBe(
      '2022-05-15',
    );
  });
});

/** Fifth round: a labelled date that is not the day the piece came out (read, printed, archived, a deadline). */
const OTHER_DATES: string[] = [
  'Accessed: 15.09.2022',
  'Retrieved: 15/09/2022',
  'Retrieved 15 September 2022',
  'Printed on: 15/09/2022',
  'Deadline: 15.09.2022',
  'Event date: 15.09.2022',
  'Valid until: 15/09/2022',
  'Photo taken: 15.09.2022',
  'Downloaded: 15.09.2022',
  'Archived: 15 September 2022',
  'Abgerufen am 15.09.2022',
  'Consulté le 15/09/2022',
  'Consultado el 15/09/2022',
  'Erişim tarihi: 15.09.2022',
  'Gedruckt am 15.09.2022',
  'Imprimé le 15/09/2022',
];

describe('heads of outlets nobody has seen: a date labelled as read, printed or archived is not the publication', () => {
  it.each(OTHER_DATES)('given the line "%s" alone, no publication date', (stamp) => {
    expect(published(page(`World\n\nArmenia reports dozens of soldiers killed\n\n${stamp}`))).toBeNull();
  });
  it('given "Published: 14.09.2022 | Accessed: 15.09.2022", the piece is of 14 September', () => {
    const head =
      'World\n\nArmenia reports dozens of soldiers killed\n\nPublished: 14.09.2022 | Accessed: 15.09.2022';
    expect(published(page(head))).toBe('2022-09-14');
  });
});
