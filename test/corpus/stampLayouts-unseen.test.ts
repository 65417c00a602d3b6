import { stampsRead } from './dateLayouts.helpers.ts';

/**
 * Stamp lines written for these tests in the layouts outlets of many countries print (labels in their own
 * script, year-first and CJK dates, the hour before the day, zones, weekdays): none is any set's line. An
 * outlet nobody here has seen still labels, orders and times its stamp in one of these ways.
 * 19 September 2023 was a Tuesday; 30 March 2024 a Saturday.
 */
const READ: [string, string][] = [
  // A label in a script or language no table lists: a short run of words before a colon.
  ['Հրապարակվել է: 19.09.2023 14:05', '2023-09-19'],
  ['Հրապարակված է՝ 19.09.2023, 14:05', '2023-09-19'],
  ['გამოქვეყნდა: 19.09.2023 14:05', '2023-09-19'],
  ['Ngày đăng: 19/09/2023 14:05 (GMT+7)', '2023-09-19'],
  ['Diterbitkan: 19.09.2023 | Diperbarui: 20.09.2023', '2023-09-19'],
  ['Publikuar: 19.09.2023 14:05', '2023-09-19'],
  ['Yayımlanma tarihi: 19 Eylül 2023 14:05', '2023-09-19'],
  ['Yayınlanma: 19.09.2023 14:05 | Güncellenme: 20.09.2023 09:10', '2023-09-19'],
  ['Yayın Tarihi: 19.09.2023 14:05', '2023-09-19'],
  ['تاریخ انتشار: ۱۴۰۲/۰۶/۲۸ - ۱۴:۰۵', '2023-09-19'],
  ['تاريخ النشر: 19/09/2023 - 14:05', '2023-09-19'],
  ['Diterbitkan: 19/09/2023, 14:05 WIB', '2023-09-19'],
  ['Data publikacji: 19.09.2023 14:05', '2023-09-19'],
  ['Publicerad: 2023-09-19 14:05', '2023-09-19'],
  ['Publisert: 19.09.2023 14:05 Oppdatert: 20.09.2023 09:10', '2023-09-19'],
  ['Julkaistu 19.9.2023 14:05', '2023-09-19'],
  ['Paskelbta: 2023-09-19 14:05', '2023-09-19'],
  ['Publicēts: 19.09.2023 14:05', '2023-09-19'],
  ['Avaldatud: 19.09.2023 14:05', '2023-09-19'],
  ['Дата публикации: 19.09.2023 14:05', '2023-09-19'],
  ['Δημοσίευση: 19/09/2023 14:05', '2023-09-19'],
  ['Fecha de publicación: 19/09/2023', '2023-09-19'],
  ['Dərc olunub: 19.09.2023 14:05', '2023-09-19'],
  ['Tarix: 19.09.2023 | 14:05', '2023-09-19'],
  ['Objavljeno: 19. 9. 2023. 14:05', '2023-09-19'],
  // The Gregorian month named in the outlet's language and script.
  ['19 սեպտեմբերի 2023, 14:05', '2023-09-19'],
  ['Քաղաքականություն | 19 Սեպտեմբեր 2023 | 14:05', '2023-09-19'],
  ['19 სექტემბერი 2023, 14:05', '2023-09-19'],
  ['Peristiwa | Selasa, 19 September 2023 | 14:05 WIB', '2023-09-19'],
  ['الثلاثاء 19 سبتمبر 2023 - 14:05', '2023-09-19'],
  // CJK dates and year-first layouts: the order is the layout's.
  ['2023年9月19日 14:05', '2023-09-19'],
  ['2023年09月19日 14時05分', '2023-09-19'],
  ['发布时间：2023-09-19 14:05', '2023-09-19'],
  ['公開日：2023年9月19日', '2023-09-19'],
  ['입력 2023.09.19 14:05 수정 2023.09.20 09:10', '2023-09-19'],
  ['2023.09.19 14:05', '2023-09-19'],
  ['2023/09/19 14:05 JST', '2023-09-19'],
  // A slash or dot date whose day is past 12 shows its own order.
  ['19/09/2023 14:05', '2023-09-19'],
  ['09/19/2023 2:05 PM', '2023-09-19'],
  ['Politika | 19/09/2023 | 14:05', '2023-09-19'],
  // The hour before the day.
  ['14:05 19.09.2023', '2023-09-19'],
  ['10:15 GMT+4, 19 Sep 2023', '2023-09-19'],
  ['14:05, 19 September 2023', '2023-09-19'],
  ['14:05 | 19.09.2023', '2023-09-19'],
  // A weekday that is the day's.
  ['Tuesday, 19 September 2023 14:05', '2023-09-19'],
  ['Saturday, 30 March 2024', '2024-03-30'],
  ['Sat, 30 Mar 2024 14:22 +0400', '2024-03-30'],
];

const UNREAD: string[] = [
  // A revision's day is never the publication's, in whatever language the label is.
  'Cập nhật: 19/09/2023 14:05 (GMT+7)',
  '更新：2023-09-20 09:10',
  // A weekday the day does not fall on: the stamp is wrong somewhere, and no day is guessed.
  'Friday, 30 March 2024',
  'Fri, 30 Mar 2024 14:22 +0400',
  'Monday, 19 September 2023 14:05',
  'Posted: Monday, September 19, 2023 at 2:05 PM',
  'Rabu, 19 September 2023',
  // Day and month in an order nothing settles.
  'Posted: 03/04/2023 14:05',
  '03/04/2023 | 14:05',
  'Cập nhật: 03/04/2023 14:05',
  // An age is not a date.
  '2 hours ago',
  'Updated 3 days ago',
  'Published 2 hours ago',
];

stampsRead('a stamp of an outlet nobody has seen', READ, UNREAD);
