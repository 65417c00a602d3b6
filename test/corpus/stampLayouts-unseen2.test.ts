import { stampsRead } from './dateLayouts.helpers.ts';

/**
 * Second round of stamp heads written for these tests in the layouts outlets of many countries print: a label
 * with no colon, local month names in their grammatical case, weekdays of two words, zones and era years on
 * the line. None is any set's line. 19 September 2023 was a Tuesday.
 */
const READ: [string, string][] = [
  // A label with no colon: a short capitalised word or two, then a full date, alone on its line.
  ['Publicado 19.09.2023', '2023-09-19'],
  ['Publicado 19/09/2023 14:05', '2023-09-19'],
  ['Opublikowano 19.09.2023 14:05', '2023-09-19'],
  // A label of two words, the second in lower case, before a date the line itself settles.
  ['Dərc olunub 19.09.2023', '2023-09-19'],
  ['Ngày đăng 19/09/2023 14:05', '2023-09-19'],
  ['Dərc olunub 19 sentyabr 2023, 14:05', '2023-09-19'],
  ['Julkaistu 19.9.2023 klo 14.05', '2023-09-19'],
  ['Objavljeno 19.09.2023. u 14:05', '2023-09-19'],
  ['Gepubliceerd 19-09-2023 14:05', '2023-09-19'],
  ['Publicat 19.09.2023 14:05', '2023-09-19'],
  ['Zveřejněno 19. 9. 2023 14:05', '2023-09-19'],
  ['Udgivet 19.09.2023 kl. 14.05', '2023-09-19'],
  ['Yayınlandı 19.09.2023 14:05', '2023-09-19'],
  ['Опубликовано 19.09.2023 14:05', '2023-09-19'],
  // Local months in their genitive or other case, with the words outlets put around them.
  ['Opublikowano 19 września 2023 14:05', '2023-09-19'],
  ['19 września 2023, 14:05', '2023-09-19'],
  ['wtorek, 19 września 2023', '2023-09-19'],
  ['19. září 2023 14:05', '2023-09-19'],
  ['úterý 19. září 2023, 14:05', '2023-09-19'],
  ['19. septembra 2023 14:05', '2023-09-19'],
  ['19 сентября 2023 г., 14:05', '2023-09-19'],
  ['19 сентября 2023 года, 14:05', '2023-09-19'],
  ['Опубликовано 19 сентября 2023, 14:05', '2023-09-19'],
  ['19 вересня 2023 р., 14:05', '2023-09-19'],
  ['Опубліковано 19 вересня 2023, 14:05', '2023-09-19'],
  ['19 Σεπτεμβρίου 2023, 14:05', '2023-09-19'],
  ['Τρίτη, 19 Σεπτεμβρίου 2023', '2023-09-19'],
  ['Δημοσιεύθηκε 19 Σεπτεμβρίου 2023 14:05', '2023-09-19'],
  ['2023. szeptember 19. 14:05', '2023-09-19'],
  ['2023. szeptember 19., kedd 14:05', '2023-09-19'],
  ['19 Eylül 2023 Salı 14:05', '2023-09-19'],
  ['19.09.2023 Salı 14:05', '2023-09-19'],
  ['19 septembrie 2023, 14:05', '2023-09-19'],
  ['19 rugsėjo 2023 14:05', '2023-09-19'],
  // Two-word weekdays, zones on the line, Buddhist-era years beside a Thai month.
  ['Thứ ba, 19/9/2023 14:05 (GMT+7)', '2023-09-19'],
  ['Thứ Ba, 19/09/2023, 14:05 (GMT+7)', '2023-09-19'],
  ['Selasa, 19 September 2023 14:05 WIB', '2023-09-19'],
  ['Selasa, 19 Sep 2023 14:05 WIB', '2023-09-19'],
  ['19 กันยายน 2566 14:05 น.', '2023-09-19'],
  ['วันอังคารที่ 19 กันยายน 2566', '2023-09-19'],
  // A published line and a revision line, in either order: the revision's day is not the publication's.
  ['Opublikowano 19.09.2023 14:05\nAktualizacja 20.09.2023 09:10', '2023-09-19'],
  ['Päivitetty 20.9.2023 9.10\nJulkaistu 19.9.2023 14.05', '2023-09-19'],
  ['Atualizado em 20/09/2023 09h10\nPublicado em 19/09/2023 14h05', '2023-09-19'],
  ['Ažurirano 20.09.2023 09:10\nObjavljeno 19.09.2023 14:05', '2023-09-19'],
  ['Posodobljeno 20.09.2023 09:10\nObjavljeno 19.09.2023 14:05', '2023-09-19'],
];

const UNREAD: string[] = [
  // A weekday the day does not fall on.
  'Thứ tư, 19/9/2023 14:05 (GMT+7)',
  'Rabu, 19 September 2023 14:05 WIB',
  '19 Eylül 2023 Çarşamba 14:05',
  'środa, 19 września 2023',
  // Behind a two-word label, a day and month in an order nothing on the line settles.
  'Ngày đăng 03/04/2023 14:05',
  // A Buddhist-era year with no Thai month is not converted.
  '19.09.2566',
];

stampsRead('a stamp of an outlet nobody has seen, second round', READ, UNREAD);
