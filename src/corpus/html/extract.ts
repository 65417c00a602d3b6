import { createRequire } from 'node:module';
import type { Readability } from '@mozilla/readability';
import { removeFurniture } from './clean.ts';
import { type PageDocument, type PageElement, parsePage, treeSize, visibleText } from './dom.ts';
import { type PageMeta, readPageMeta, visibleDateLine } from './pageMeta.ts';

/**
 * A saved web page as an article: its main text (headline, byline, date line, paragraphs) and
 * what its metadata states. The text is what the knowledge base quotes from: one paragraph a
 * line, a blank line between paragraphs, white space inside a paragraph folded. The page's own
 * bytes stay in the corpus untouched; the same bytes always give the same text.
 */
interface ExtractedPage {
  ok: true;
  text: string;
  /** Offset of the first paragraph (after the headline, byline and date lines). */
  bodyStart: number;
  meta: PageMeta;
}

export type PageResult = ExtractedPage | { ok: false; reason: string };

/** Below this much running text, a page is a teaser, an index or a stub, not an article. */
const MIN_ARTICLE_CHARS = 300;
const MIN_RUNNING_PARAGRAPHS = 2;
const MAX_HEAD_LINE = 200;
/** Measured: Readability takes 0.4 s at 150 levels, 1.7 s at 500, 10 s at 1000. */
const MAX_DEPTH = 150;
/**
 * A page past this many elements is not read; a long article page has a few thousand.
 * Measured: 20,000 elements take about 3.5 s to read, so one page cannot hold the loader long.
 */
const MAX_ELEMENTS = 20_000;
const FOOTER = /©|\bcopyright\b|all rights reserved|^printed from\b/i;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td';
/** Ends like a sentence (closing quotes and brackets allowed after the stop). */
const RUNNING = /[.!?…]["'”’»)\]]*$/u;

function paragraphsOf(content: PageElement): string[] {
  const out: string[] = [];
  for (const block of content.querySelectorAll(BLOCKS)) {
    // A <p> inside an <li> or <blockquote> is read with its container, once.
    if (block.parentElement?.closest(BLOCKS)) continue;
    const line = visibleText(block);
    if (line) out.push(line);
  }
  if (out.length === 0) {
    const whole = visibleText(content);
    if (whole) out.push(whole);
  }
  return out;
}

/** Short lines above the first running paragraph (a byline, a date, the headline again) belong to the head. */
function splitLead(all: readonly string[]): { lead: string[]; paragraphs: string[] } {
  let i = 0;
  while (i < all.length && !isRunning(all[i]!) && all[i]!.length <= MAX_HEAD_LINE) i++;
  if (i === all.length) return { lead: [], paragraphs: [...all] };
  return { lead: all.slice(0, i), paragraphs: all.slice(i) };
}

/** A copyright or "printed from" line closing the container is the site's, not the article's. */
function dropTrailingFooter(all: readonly string[]): string[] {
  let end = all.length;
  while (end > 0 && all[end - 1]!.length <= MAX_HEAD_LINE && FOOTER.test(all[end - 1]!)) end--;
  return all.slice(0, end);
}

function isRunning(paragraph: string): boolean {
  return paragraph.length >= 40 && RUNNING.test(paragraph);
}

/** Why a page with this text is no article, or null when it is one. */
function notAnArticle(paragraphs: readonly string[], meta: PageMeta): string | null {
  const running = paragraphs.filter(isRunning);
  const chars = running.reduce((n, p) => n + p.length, 0);
  if (running.length >= MIN_RUNNING_PARAGRAPHS && chars >= MIN_ARTICLE_CHARS) return null;
  const found = `${running.length} paragraph${running.length === 1 ? '' : 's'} of running text, ${chars} characters`;
  if (meta.paywalled)
    return `holds only a teaser: the page says its article is not free to read (${found}); save the full text as .txt instead`;
  return `holds no article (${found}; an index page, a teaser or a stub?)`;
}

function visibleByline(doc: PageDocument): string | null {
  const element = doc.querySelector(
    '[rel="author"], [class*="byline"], [class~="author"], [itemprop="author"]',
  );
  const line = visibleText(element);
  return line && line.length <= 120 ? line : null;
}

/** Never throws: a page the DOM or Readability chokes on is a reason, like any other non-article. */
export function extractPage(html: string): PageResult {
  try {
    return readArticle(html);
  } catch (error) {
    return {
      ok: false,
      reason: `could not be read as a page (${String((error as Error).message ?? error).slice(0, 120)})`,
    };
  }
}

/** Loaded with the first page read (see parsePage): nothing of the page reader loads at start-up. */
let readability: typeof import('@mozilla/readability') | undefined;

function readArticle(html: string): PageResult {
  const doc = parsePage(html);
  if (!doc.documentElement || !doc.body)
    return { ok: false, reason: 'holds no page (no HTML document in it)' };
  // Metadata and the lines around the headline are read before any node is removed.
  const meta = readPageMeta(doc);
  const byline = visibleByline(doc);
  const dateLine = visibleDateLine(doc);
  removeFurniture(doc);
  const size = treeSize(doc.documentElement, { depth: MAX_DEPTH, elements: MAX_ELEMENTS });
  if (size.depth > MAX_DEPTH)
    return {
      ok: false,
      reason: `nests elements more than ${MAX_DEPTH} deep; not read (no article page does)`,
    };
  if (size.elements > MAX_ELEMENTS) {
    return {
      ok: false,
      reason: `has more than ${MAX_ELEMENTS} elements; not read (an article page has a few thousand)`,
    };
  }
  readability ??= createRequire(import.meta.url)(
    '@mozilla/readability',
  ) as typeof import('@mozilla/readability');
  let article: ReturnType<Readability<PageElement>['parse']>;
  try {
    article = new readability.Readability<PageElement>(doc as never, {
      serializer: (node) => node as unknown as PageElement,
    }).parse();
  } catch (error) {
    return {
      ok: false,
      reason: `could not be read as an article (${(error as Error).message.slice(0, 120)})`,
    };
  }
  if (!article?.content) return { ok: false, reason: 'holds no article (no main text found)' };
  const title = (article.title ?? '').replace(/\s+/g, ' ').trim();
  const { lead, paragraphs } = splitLead(dropTrailingFooter(paragraphsOf(article.content)));
  const why = notAnArticle(paragraphs, meta);
  if (why) return { ok: false, reason: why };

  const head: string[] = [];
  // A longer headline in the page body ("… in Nagorno-Karabakh") replaces the <title>'s shortened one.
  const fullTitle = lead.find((line) => title && line.startsWith(title)) ?? title;
  for (const line of [
    fullTitle,
    ...lead,
    byline ?? article.byline?.replace(/\s+/g, ' ').trim(),
    dateLine?.text,
  ]) {
    if (line && !head.some((h) => h.includes(line))) head.push(line);
  }
  const headText = head.length ? `${head.join('\n')}\n\n` : '';
  return { ok: true, text: `${headText}${paragraphs.join('\n\n')}\n`, bodyStart: headText.length, meta };
}
