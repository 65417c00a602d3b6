/**
 * The words a page's stamp uses to call a date a revision or the publication, in the languages our outlets
 * print them: translated copy often keeps the outlet's own stamp ("Son güncelleme: 16.06.2021 09:20").
 * One list, read by every stamp reader (header.ts, stampAnatomy.ts, dateLayouts.ts, dateline.ts,
 * fields.ts and the dates reference), so a language taught once is known to all.
 *
 * Each is a regex source, case-insensitive, ending in a letter of a-z so that `\b` closes it; the
 * particle that may follow ("le", "am", "il") is part of the word.
 */

/** "Son güncelleme", "Aktualisiert am", "Mis à jour le", "Actualizado", "Bijgewerkt op", "Uppdaterad": a revision. */
export const FOREIGN_REVISION_WORDS = [
  'son\\s+g[üu]ncelleme',
  'g[üu]ncelleme',
  'g[üu]ncellenme(?:\\s+tarihi)?',
  'zuletzt\\s+aktualisiert(?:\\s+am)?',
  'aktualisiert(?:\\s+am)?',
  'mise?\\s+[àa]\\s+jour(?:\\s+le)?',
  '(?:[úu]ltima\\s+)?actualizaci[óo]n',
  'actualizado(?:\\s+el)?',
  '(?:ultimo\\s+)?aggiornamento',
  'aggiornato(?:\\s+il)?',
  'atualizado(?:\\s+em)?',
  '(?:laatst\\s+)?bijgewerkt(?:\\s+op)?',
  'opdateret',
  'oppdatert',
  'uppdaterad',
  'aktualizacja',
  'zaktualizowano',
].join('|');

/**
 * "Publié le", "Veröffentlicht am", "Yayınlanma tarihi", "Pubblicato il", "Publicado el", "Opublikowano",
 * "Publicerad", "Publisert": the day of publication where a stamp pairs it with a revision.
 */
export const FOREIGN_PUBLISHED_WORDS = [
  'publi[ée]\\s+le',
  'ver[öo]ffentlicht(?:\\s+am)?',
  'yay[ıi]nlanma(?:\\s+tarihi)?',
  'yay[ıi]nland[ıi]',
  'pubblicato(?:\\s+il)?',
  'publicado(?:\\s+el|\\s+em)?',
  'opublikowano',
  'publicerad',
  'publisert',
  'publicat',
  'objavljeno',
  'publikov[áa]no',
].join('|');
