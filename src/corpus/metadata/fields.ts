/**
 * Header lines that name what they hold: `Title: …`, `Source: …`, `Published: …`, `URL: …`,
 * in any order, also as Markdown (`**Published:** …`) or front matter (`date: …`).
 * Lines such as `Last Updated:` or `Author:` belong to the header but give no metadata we use:
 * an update time is not the publication date.
 */

type FieldKind = 'title' | 'outlet' | 'published' | 'url' | 'other';

const KINDS: Record<string, FieldKind> = {
  title: 'title',
  headline: 'title',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  agency: 'outlet',
  'news agency': 'outlet',
  published: 'published',
  'published on': 'published',
  'published at': 'published',
  'publication date': 'published',
  'date published': 'published',
  date: 'published',
  posted: 'published',
  'posted on': 'published',
  dated: 'published',
  'date of publication': 'published',
  'release date': 'published',
  'publish date': 'published',
  issued: 'published',
  'issued on': 'published',
  filed: 'published',
  'filed on': 'published',
  // A translated page may keep its stamp's key in the outlet's language: Romanian, Spanish, Portuguese,
  // Italian, French, German, Croatian, Czech, Slovak, Polish.
  publicat: 'published',
  publicado: 'published',
  publicada: 'published',
  pubblicato: 'published',
  publié: 'published',
  'publié le': 'published',
  veröffentlicht: 'published',
  objavljeno: 'published',
  publikováno: 'published',
  publikované: 'published',
  opublikowano: 'published',
  // "Data publicarii: 12-11-2020 16:40": the publication date's own key, in the outlet's language.
  'data publicarii': 'published',
  'data publicării': 'published',
  'fecha de publicación': 'published',
  'data de publicação': 'published',
  'data di pubblicazione': 'published',
  'date de publication': 'published',
  url: 'url',
  link: 'url',
  'source url': 'url',
  'original url': 'url',
  'canonical url': 'url',
  permalink: 'url',
  'last updated': 'other',
  updated: 'other',
  'updated on': 'other',
  'last modified': 'other',
  modified: 'other',
  author: 'other',
  authors: 'other',
  by: 'other',
  byline: 'other',
  category: 'other',
  section: 'other',
  tags: 'other',
  keywords: 'other',
  language: 'other',
  lang: 'other',
  summary: 'other',
  description: 'other',
};

const FIELD_LINE =
  /^\s*[*_]{0,2}\s*([A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F ]{0,20}?)\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*(.*?)\s*[*_]{0,2}\s*$/;
const SECOND_FIELD = /\s+(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:.*$/i;
const URL_VALUE = /^<?(https?:\/\/[^\s<>]+)>?$/i;

export interface FieldLine {
  kind: FieldKind;
  /** The key as written, for explanations: "Published", "Source". */
  key: string;
  value: string;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}

/** "Recap filed:", "Story posted:", "Report published on:": the kind of page, then its date's key. */
const PAGE_KIND =
  /^(?:summary|story|article|report|recap|review|transcript|statement|dispatch|note|notice|release|press release|bulletin|advisory)\s+/i;

function pageKindDate(key: string): FieldKind | undefined {
  const kind = PAGE_KIND.test(key) ? KINDS[key.replace(PAGE_KIND, '').toLowerCase()] : undefined;
  return kind === 'published' ? kind : undefined;
}

/** A recognised `Key: value` line, or null. A `Source:` that is a web address counts as a URL. */
export function readFieldLine(line: string): FieldLine | null {
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const key = m[1]!.replace(/\s+/g, ' ');
  const kind = KINDS[key.toLowerCase()] ?? pageKindDate(key);
  if (!kind) return null;
  // "Issued on: 26/09/2023 - 14:22 Modified: 26/09/2023 - 16:40": a second field on the line is not this one's value.
  const value = unquote(m[2]!.trim().replace(SECOND_FIELD, ''));
  if (kind === 'outlet' && URL_VALUE.test(value))
    return { kind: 'url', key, value: URL_VALUE.exec(value)![1]! };
  if (kind === 'url') {
    const url = URL_VALUE.exec(value)?.[1] ?? /\((https?:\/\/[^\s)]+)\)/i.exec(value)?.[1];
    return url ? { kind, key, value: url } : { kind: 'other', key, value };
  }
  return { kind, key, value };
}

/** A line that is only a web address. */
export function readUrlLine(line: string): string | null {
  return URL_VALUE.exec(line.trim())?.[1] ?? null;
}
