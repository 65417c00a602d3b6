/**
 * The words a page's stamp uses to call a date a revision or the publication, in the languages our outlets
 * print them: translated copy often keeps the outlet's own stamp ("Son güncelleme: 16.06.2021 09:20").
 * One list, read by every stamp reader (header.ts, stampAnatomy.ts, dateLayouts.ts, dateline.ts,
 * fields.ts and the dates reference), so a language taught once is known to all.
 *
 * Each is a regex source, case-insensitive; the particle that may follow ("le", "am", "il") is part of the
 * word. A reader closes a word with WORD_END, not `\b`: `\b` knows only a-z, and a Cyrillic or Greek word
 * ("Опубликовано:") ends on no boundary it sees.
 */

/** After a field word: no letter of the Latin, Greek or Cyrillic scripts (nor a digit) runs on. Needs no `u` flag. */
export const WORD_END = '(?![\\w\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0600-\\u06FF])';

/**
 * "Son güncelleme", "Aktualisiert am", "Mis à jour le", "Actualizado", "Bijgewerkt op", "Uppdaterad",
 * "Aktualizováno", "Обновлено": a revision.
 */
export const FOREIGN_REVISION_WORDS = [
  'son\\s+g[üu]ncelleme',
  'g[üu]ncelleme',
  'g[üu]ncellenme(?:\\s+tarihi)?',
  'zuletzt\\s+aktualisiert(?:\\s+am)?',
  'aktualisiert(?:\\s+am)?',
  'mise?\\s+[àa]\\s+jour(?:\\s+le)?',
  // "Modifié le", "Modificado el", "Modificado em", "Modificato il", "Geändert am": a revision in the Romance
  // languages and German, as "modified" is in English.
  'modifi[ée](?:\\s+le)?',
  'actualis[ée](?:\\s+le)?',
  'modificad[oa](?:\\s+(?:el|em))?',
  'modificato(?:\\s+il)?',
  'ge[äa]ndert(?:\\s+am)?',
  '(?:[úu]ltima\\s+)?actualizaci[óo]n',
  'actualizado(?:\\s+el)?',
  '(?:ultimo\\s+)?aggiornamento',
  'aggiornato(?:\\s+il)?',
  // "Atualizado a 7 Dez, 2023": Portugal's "a" before a day, Brazil's "em".
  'atualizado(?:\\s+(?:em|a))?',
  '(?:laatst\\s+)?bijgewerkt(?:\\s+op)?',
  'opdateret',
  'oppdatert',
  'uppdaterad',
  'aktualizacja',
  'zaktualizowano',
  'aktualizov[áa]no',
  'actualizat',
  'p[äa]ivitetty',
  'friss[íi]tve',
  'обновлено',
  'оновлено',
  'обновено',
  'ажурирано',
  // Croatian, Serbian and Bosnian in Latin letters, Slovene, Albanian
  'a[žz]urirano',
  'posodobljeno',
  'p[ëe]rdit[ëe]suar',
  'ενημερώθηκε',
  // Where an unseen outlet's label is read by its shape (stampAnatomy.ts), a revision must still be known
  // as one: Vietnamese, Indonesian, Lithuanian, Latvian, Estonian, Azerbaijani, Korean, Chinese and Japanese.
  'c[ậa]p\\s+nh[ậa]t',
  'diperbarui',
  'atnaujinta',
  'atjaunin[āa]ts',
  'uuendatud',
  'yenil[əe]nib',
  '수정',
  '更新(?:日|日時|时间|時間)?',
  '修改(?:时间|時間)?',
  // Arabic "last update", "update", "was updated".
  '(?:آخر\\s+|تم\\s+)?(?:ال)?تحديث',
  // A revision's label written in the outlet's language, where the label alone would be read by its shape as
  // the publication's: German "Zuletzt geändert", French "MàJ", Spanish and Portuguese "Última modificación",
  // "Revisado", "Editado", "Atualização", Italian "Ultima modifica", Turkish "Düzenleme", "Güncellendi", "Son
  // güncellenme", Russian "Изменено", Malay "Dikemaskini", Catalan "Actualitzat", Basque "Eguneratua", and "Rev.".
  'zuletzt\\s+ge[äa]ndert(?:\\s+am)?',
  // Only with "le" or a colon: "maj" alone is May in Polish and the Nordic languages.
  'm[àa]j(?:\\s+le|(?=\\s*:))',
  '(?:[úu]ltima\\s+)?modificaci[óo]n',
  'revisad[oa](?:\\s+(?:el|em))?',
  'editad[oa](?:\\s+(?:el|em))?',
  '(?:[úu]ltima\\s+)?atualiza[çc][ãa]o',
  '(?:ultima\\s+)?modifica',
  'd[üu]zenleme',
  'g[üu]ncellendi',
  'son\\s+g[üu]ncellenme',
  'изменено',
  'dikemas\\s*kini',
  'actualitzat',
  'eguneratua',
  'rev\\.(?=\\s*\\d)',
].join('|');

/**
 * "Publié le", "Veröffentlicht am", "Yayınlanma tarihi", "Pubblicato il", "Publicado el", "Opublikowano",
 * "Publicerad", "Publisert", "Zveřejněno", "Gepubliceerd op", "Erstellt am", "Опубликовано": the day of
 * publication where a stamp pairs it with a revision.
 */
export const FOREIGN_PUBLISHED_WORDS = [
  'publi[ée]\\s+le',
  'publiziert(?:\\s+am)?',
  // "Mis en ligne le": French for put online, the day of publication.
  'mise?\\s+en\\s+ligne(?:\\s+le)?',
  'publicada(?:\\s+el|\\s+em)?',
  // Arabic "published in" (with or without its vowel sign) and "publication date".
  'نُ?شر(?:\\s+في)?',
  'تاريخ\\s+النشر',
  'ver[öo]ffentlicht(?:\\s+am)?',
  'yay[ıi]nlanma(?:\\s+tarihi)?',
  'yay[ıi]nland[ıi]',
  'pubblicato(?:\\s+il)?',
  // "Publicado a 14 de setembro": the Portuguese of Portugal says "a" before the day.
  'publicado(?:\\s+el|\\s+em|\\s+a(?=\\s+\\d))?',
  'opublikowano',
  'publicerad',
  'publisert',
  'publicat',
  'objavljeno',
  'publikov[áa]no',
  'zve[řr]ejn[ěe]no',
  'gepubliceerd(?:\\s+op)?',
  'erstellt(?:\\s+am)?',
  'julkaistu',
  'k[öo]zz[ée]t[ée]ve',
  'опубликовано',
  'опубліковано',
  'публикувано',
  'објављено',
  'δημοσιεύθηκε',
].join('|');
