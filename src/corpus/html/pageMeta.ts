import { parseManifestDate } from '../manifest.ts';
import { parseWholeDate, toSourceDate } from '../metadata/dateText.ts';
import type { SourceDate, Sourced } from '../types.ts';
import { type PageDocument, visibleText } from './dom.ts';

/**
 * What a page says about itself in its metadata: JSON-LD, OpenGraph and article tags, the
 * canonical link, a <time datetime>. Every field is 'stated', and `why` names the tag that said
 * it. The publication date is `datePublished` (or article:published_time), never `dateModified`:
 * a correction a week later does not move when the article was published.
 */
export interface PageMeta {
  title: Sourced<string> | null;
  outlet: Sourced<string> | null;
  published: Sourced<SourceDate> | null;
  url: Sourced<string> | null;
  author: Sourced<string> | null;
  /** The page says its text is not free to read (JSON-LD isAccessibleForFree: false). */
  paywalled: boolean;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Article types of schema.org a news page uses; a LiveBlogPosting is an article too. */
const ARTICLE_TYPE = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|NewsArticle)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every JSON-LD object on the page whose type is an article, @graph and arrays unfolded. */
function jsonLdArticles(doc: PageDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json | undefined, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isObject(value)) {
      if (typesOf(value).some((t) => ARTICLE_TYPE.test(t))) found.push(value);
      else if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // A broken JSON-LD block says nothing; the other tags may still.
    }
  }
  return found;
}

function text(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat || null;
}

function names(value: Json | undefined): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (isObject(v) ? text(v.name) : text(v)))
    .filter((n): n is string => !!n);
  return list.length ? list.join(', ') : null;
}

function metaContent(doc: PageDocument, key: string): string | null {
  const tag = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  return text(tag?.getAttribute('content') ?? undefined);
}

/**
 * A machine date ("2023-09-20T09:15:00+04:00", "2023-10-02", "2023-10") as written: the
 * publisher's own calendar day. Some sites write a mail-style date ("Wed, 20 Sep 2023 09:15:00
 * GMT") or words instead; those are read as the header reader reads them, never guessed.
 */
function machineDate(value: string | null): SourceDate | null {
  if (!value) return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T\s])/.exec(value.trim());
  const date = m ? parseManifestDate(m[1]!) : null;
  if (date) return { ...date, yearReason: 'the page metadata gives the year' };
  const parts = parseWholeDate(value.trim().replace(/,?\s+\d{1,2}:\d{2}.*$/, ''));
  return parts?.year !== undefined
    ? toSourceDate(parts, { stated: 'the page metadata gives the year', missing: '' })
    : null;
}

function httpUrl(value: string | null): string | null {
  return value && /^https?:\/\/\S+$/i.test(value) && URL.canParse(value) ? value : null;
}

function stated<T>(value: T | null, why: string): Sourced<T> | null {
  return value === null ? null : { value, how: 'stated', why };
}

/** The first field any tag states, in the order given. */
function first<T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null {
  return candidates.find((c) => c !== null) ?? null;
}

export function readPageMeta(doc: PageDocument): PageMeta {
  const article = jsonLdArticles(doc)[0];
  const kind = article ? (typesOf(article).find((t) => ARTICLE_TYPE.test(t)) ?? 'Article') : '';
  const ld = (field: string) => `JSON-LD ${kind} ${field}`;
  const publisher = article && isObject(article.publisher) ? text(article.publisher.name) : null;
  const ldUrl = article
    ? httpUrl(
        text(
          isObject(article.mainEntityOfPage) ? article.mainEntityOfPage['@id'] : article.mainEntityOfPage,
        ) ?? text(article.url),
      )
    : null;
  const time =
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('main time[datetime]') ??
    doc.querySelector('time[datetime]');
  const timeAttr = time?.getAttribute('datetime') ?? null;
  return {
    title: first(
      stated(article ? text(article.headline) : null, ld('headline')),
      stated(metaContent(doc, 'og:title'), 'og:title'),
    ),
    outlet: first(
      stated(publisher, ld('publisher.name')),
      stated(metaContent(doc, 'og:site_name'), 'og:site_name'),
    ),
    published: first(
      stated(article ? machineDate(text(article.datePublished)) : null, ld('datePublished')),
      stated(machineDate(metaContent(doc, 'article:published_time')), 'article:published_time'),
      stated(machineDate(timeAttr), `<time datetime=${timeAttr}>`),
    ),
    url: first(
      stated(
        httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null),
        '<link rel=canonical>',
      ),
      stated(httpUrl(metaContent(doc, 'og:url')), 'og:url'),
      stated(ldUrl, ld('url')),
    ),
    author: first(
      stated(article ? names(article.author) : null, ld('author')),
      stated(metaContent(doc, 'author'), '<meta name=author>'),
    ),
    paywalled:
      article?.isAccessibleForFree === false ||
      article?.isAccessibleForFree === 'False' ||
      article?.isAccessibleForFree === 'false',
  };
}

/** A short line near the headline that holds the date as the page shows it ("20 September 2023, 09:15", "21.09.2023"). */
export function visibleDateLine(doc: PageDocument): { text: string; date: SourceDate } | null {
  const candidates = [
    ...doc.querySelectorAll('article time, main time, time'),
    ...doc.querySelectorAll('[class*="date"], [class*="published"], [class*="timestamp"]'),
  ];
  for (const element of candidates) {
    const line = visibleText(element);
    if (!line || line.length > 80 || !/\d/.test(line)) continue;
    const parts =
      parseWholeDate(line) ?? parseWholeDate(line.replace(/,?\s*(?:at\s+)?\d{1,2}:\d{2}.*$/i, ''));
    if (parts)
      return {
        text: line,
        date: toSourceDate(parts, { stated: 'the page shows the year', missing: 'the page shows no year' }),
      };
  }
  return null;
}
