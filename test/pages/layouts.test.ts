import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citeSpan } from '../../src/answer/excerpt.ts';
import { pageText, readPage } from '../../src/corpus/html/index.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { CorpusDocument, LoadedCorpus } from '../../src/corpus/types.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { DocumentTexts, headOf } from '../../src/index/texts.ts';
import { citation } from '../../src/render/cite.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const page = (name: string) => readFileSync(join(PAGES, name));

function read(name: string) {
  const result = readPage(page(name));
  if (!result.ok) throw new Error(`${name} was skipped: ${result.reason}`);
  return result;
}

describe('a saved page gives its article text, without the page around it', () => {
  const layouts: { file: string; kept: string[]; dropped: string[] }[] = [
    {
      file: 'news-jsonld.html',
      kept: [
        'Baku says operation over as Stepanakert agrees to talks',
        'By Lena Harutyunyan and Farid Mammadov',
        '20 September 2023, 09:15',
        'had ended after local Armenian forces',
        '"People are afraid to leave, and there is no bread," he said.',
        'the "reintegration" of the territory',
      ],
      dropped: [
        'cookies',
        'Accept all',
        'Share on Facebook',
        'Related stories',
        'Explainer: what is the Lachin corridor?',
        'Photo: Ledger staff',
        'morning briefing',
        'All rights reserved',
        'Subscribe',
      ],
    },
    {
      file: 'og-only.html',
      kept: [
        'Thousands cross into Armenia as refugee flow grows',
        '26 September 2023',
        'More than 28,000 people have crossed',
        'killed at least 68 people',
      ],
      dropped: [
        'cookies',
        'WhatsApp',
        'Cars queue at the border post',
        'Read more',
        'Most read',
        'Tags:',
        'Advertise',
        'Log in',
      ],
    },
    {
      file: 'amp.html',
      kept: [
        'EU monitors to visit the border region, Brussels says',
        'Marie Laurent, 2 October 2023',
        'BRUSSELS, Oct 2 (Continental Wire) - European Union monitors',
        'about 100 unarmed monitors',
      ],
      dropped: ['Menu', 'Credit: Wire photo', 'About Continental Wire', 'Markets', '{{title}}'],
    },
    {
      file: 'print.html',
      kept: [
        'Corridor reopens for aid trucks',
        'By Sona Grigoryan',
        'YEREVAN, September 18 /Armenpress/. Trucks carrying flour',
        'at least 30 trucks',
      ],
      dropped: ['Close window', 'Print this page', 'Printed from the Armenpress website'],
    },
    {
      file: 'liveblog.html',
      kept: [
        'Live: fighting in Nagorno-Karabakh',
        'UN Security Council to meet',
        'emergency meeting of the UN Security Council',
        '"large-scale aggression"',
        'only military positions',
      ],
      dropped: ['I agree', 'Copy link', 'Load older posts', 'Who are the Karabakh Armenians?'],
    },
    {
      file: 'press-release.html',
      kept: [
        'Statement of the Ministry of Foreign Affairs on the humanitarian situation in Nagorno-Karabakh',
        '21.09.2023',
        'more than 10,000 people',
        'an international mechanism.',
      ],
      dropped: ['Press service', 'Home ›', 'Site map', 'Русский', 'Print'],
    },
  ];

  for (const { file, kept, dropped } of layouts) {
    it(`${file}: headline, byline and date line on top, paragraphs below, no navigation, share buttons, banners, captions or related links`, () => {
      const { text, bodyStart } = read(file);
      for (const piece of kept) expect(text).toContain(piece);
      for (const piece of dropped) expect(text).not.toContain(piece);
      // One paragraph a line, a blank line between, and the body starts after the head block.
      expect(text.slice(0, bodyStart)).toMatch(/\n\n$/);
      for (const paragraph of text.slice(bodyStart).trimEnd().split('\n\n'))
        expect(paragraph).not.toMatch(/\n|\s{2}/);
    });
  }

  it('the same bytes give the same text every time (the persisted index re-extracts it to slice excerpts)', () => {
    for (const { file } of layouts) expect(read(file).text).toBe(read(file).text);
  });

  it('reads the charset a page declares (windows-1252) as well as UTF-8', () => {
    const html = Buffer.from(
      readFileSync(join(PAGES, 'print.html'), 'utf8')
        .replace('<head>', '<head><meta charset="windows-1252">')
        .replace('Trucks carrying', 'Caf\xe9 trucks carrying'),
      'latin1',
    );
    expect(read('print.html').text).not.toContain('Café');
    const result = readPage(html);
    expect(result.ok && result.text).toContain('Café trucks carrying flour');
  });
});

describe('what the page metadata states, and which tag said it', () => {
  it('JSON-LD NewsArticle: headline, publisher.name, author, datePublished (not dateModified), canonical link', () => {
    const { meta } = read('news-jsonld.html');
    expect(meta.title).toEqual({
      value: 'Baku says operation over as Stepanakert agrees to talks',
      how: 'stated',
      why: 'JSON-LD NewsArticle headline',
    });
    expect(meta.outlet).toEqual({
      value: 'Caucasus Ledger',
      how: 'stated',
      why: 'JSON-LD NewsArticle publisher.name',
    });
    expect(meta.author).toEqual({
      value: 'Lena Harutyunyan, Farid Mammadov',
      how: 'stated',
      why: 'JSON-LD NewsArticle author',
    });
    expect(meta.published).toMatchObject({
      how: 'stated',
      why: 'JSON-LD NewsArticle datePublished',
      value: { precision: 'day', year: 2023, month: 9, day: 20, yearStatus: 'stated' },
    });
    expect(meta.url).toEqual({
      value: 'https://ledger.example/world/2023/09/20/baku-operation-over',
      how: 'stated',
      why: '<link rel=canonical>',
    });
  });

  it('dateModified alone is never taken for the publication date', () => {
    const html = readFileSync(join(PAGES, 'news-jsonld.html'), 'utf8')
      .replace(/"datePublished": "[^"]*",/, '')
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(/<time[^>]*>[^<]*<\/time>/, '');
    const result = readPage(Buffer.from(html));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.meta.published).toBeNull();
  });

  it('only OpenGraph tags: og:title, og:site_name, article:published_time, og:url, <meta name=author>', () => {
    const { meta } = read('og-only.html');
    expect(meta.title?.why).toBe('og:title');
    expect(meta.outlet).toEqual({ value: 'Highland Post', how: 'stated', why: 'og:site_name' });
    expect(meta.published).toMatchObject({
      how: 'stated',
      why: 'article:published_time',
      value: { year: 2023, month: 9, day: 26 },
    });
    expect(meta.url).toEqual({
      value: 'https://highland.example/news/refugee-flow-grows',
      how: 'stated',
      why: 'og:url',
    });
    expect(meta.author?.why).toBe('<meta name=author>');
  });

  it('an AMP page: JSON-LD inside @graph, a date-only datePublished, the canonical (non-AMP) address', () => {
    const { meta } = read('amp.html');
    expect(meta.outlet?.value).toBe('Continental Wire');
    expect(meta.published).toMatchObject({
      why: 'JSON-LD NewsArticle datePublished',
      value: { precision: 'day', year: 2023, month: 10, day: 2 },
    });
    expect(meta.url?.value).toBe('https://wire.example/europe/eu-monitors-border');
  });

  it('a live blog: LiveBlogPosting is an article; its start is the publication date', () => {
    const { meta } = read('liveblog.html');
    expect(meta.published).toMatchObject({
      why: 'JSON-LD LiveBlogPosting datePublished',
      value: { year: 2023, month: 9, day: 19 },
    });
  });

  it('a mail-style article:published_time is read as written; an unreadable one states nothing', () => {
    const withDate = (value: string) =>
      readFileSync(join(PAGES, 'og-only.html'), 'utf8').replace('2023-09-26T17:02:00Z', value);
    const mail = readPage(Buffer.from(withDate('Tue, 26 Sep 2023 17:02:00 GMT')));
    expect(mail.ok && mail.meta.published).toMatchObject({
      why: 'article:published_time',
      value: { precision: 'day', year: 2023, month: 9, day: 26, yearStatus: 'stated' },
    });
    const junk = readPage(Buffer.from(withDate('yesterday')));
    expect(junk.ok && junk.meta.published?.why).not.toBe('article:published_time');
  });

  it('<time datetime> when nothing else states the date', () => {
    const html = readFileSync(join(PAGES, 'amp.html'), 'utf8').replace(/"datePublished":"2023-10-02",/, '');
    const result = readPage(Buffer.from(html));
    expect(result.ok && result.meta.published).toMatchObject({
      how: 'stated',
      why: '<time datetime=2023-10-02>',
      value: { year: 2023, month: 10, day: 2 },
    });
  });

  it('a page with no metadata keeps what its text says: headline, dateline outlet and date, a date line', () => {
    const print = read('print.html').meta;
    expect(print.title).toMatchObject({ value: 'Corridor reopens for aid trucks', how: 'inferred' });
    expect(print.outlet).toMatchObject({ value: 'Armenpress', how: 'inferred' });
    // A date line is the outlet stating its date.
    expect(print.published).toMatchObject({
      how: 'stated',
      value: { month: 9, day: 18, yearStatus: 'unknown' },
    });
    expect(print.url).toBeNull();
    const release = read('press-release.html').meta;
    expect(release.title?.value).toBe(
      'Statement of the Ministry of Foreign Affairs on the humanitarian situation in Nagorno-Karabakh',
    );
    expect(release.published).toMatchObject({ how: 'stated', value: { year: 2023, month: 9, day: 21 } });
  });
});

describe('loading a corpus folder with saved pages', () => {
  let dir: string;
  let corpus: LoadedCorpus;
  let kb: KnowledgeBase;
  const doc = (id: string) => corpus.documents.find((d) => d.id === id) as CorpusDocument;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pages-corpus-'));
    cpSync(PAGES, dir, { recursive: true });
    writeFileSync(
      join(dir, 'plain.txt'),
      'Plain article stays a plain article\n\nThe text file is read as before, with its own cues.\n',
    );
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        documents: {
          'og-only.html': {
            outlet: 'Highland Post (Yerevan)',
            fetchedFrom: 'https://highland.example/news/refugee-flow-grows?utm=1',
            fetchedAt: '2023-09-27T08:00:00.000Z',
            addedBy: 'npm run add',
          },
          'print.html': {
            fetchedFrom: 'https://armenpress.example/print/1',
            fetchedAt: '2023-09-19T10:00:00.000Z',
            addedBy: 'feed https://armenpress.example/rss',
          },
        },
      }),
    );
    corpus = await loadCorpus(dir);
    kb = await loadKnowledgeBase({
      corpusDir: dir,
      cacheDir: false,
      now: new Date('2026-11-23T00:00:00Z'),
      onWarning: () => {},
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads .html and .htm next to .txt; a page with no article or only a teaser is skipped with a warning naming it', () => {
    expect(corpus.documents.map((d) => d.file)).toEqual([
      'amp.html',
      'liveblog.html',
      'news-jsonld.html',
      'og-only.html',
      'plain.txt',
      'press-release.html',
      'print.html',
    ]);
    expect(corpus.warnings.map((w) => w.file)).toEqual(['no-article.html', 'paywall.html']);
    expect(corpus.warnings[0]!.reason).toMatch(/^holds no article/);
    expect(corpus.warnings[1]!.reason).toMatch(/teaser: the page says its article is not free to read/);
  });

  it('the document text is the extracted text; its hash is of the file, whose bytes stay as saved', () => {
    const news = doc('news-jsonld');
    expect(news.text).toBe(read('news-jsonld.html').text);
    expect(news.sha256).toBe(createHash('sha256').update(page('news-jsonld.html')).digest('hex'));
    expect(readFileSync(join(dir, 'news-jsonld.html')).equals(page('news-jsonld.html'))).toBe(true);
  });

  it('the manifest still overrides a stated field, records where and when a page was fetched, and gives the address when the page has none', () => {
    expect(doc('og-only').meta.outlet).toEqual({
      value: 'Highland Post (Yerevan)',
      how: 'manifest',
      why: 'manifest.json',
    });
    expect(doc('og-only').meta.url?.why).toBe('og:url');
    expect(doc('og-only').meta.fetched).toEqual({
      from: 'https://highland.example/news/refugee-flow-grows?utm=1',
      at: '2023-09-27T08:00:00.000Z',
      by: 'npm run add',
    });
    expect(doc('print').meta.url).toEqual({
      value: 'https://armenpress.example/print/1',
      how: 'manifest',
      why: 'the address it was fetched from (manifest.json)',
    });
  });

  it('every statement, event and figure excerpt is a piece of the extracted text, read again lazily as the index would', () => {
    const texts = new DocumentTexts(dir, undefined, pageText);
    let checked = 0;
    const spans = [
      ...kb.statements.map((s) => ({ docId: s.docId, span: s.quote })),
      ...kb.events.map((e) => ({ docId: e.docId, span: e.excerpt })),
      ...kb.figures.map((f) => ({ docId: f.docId, span: f.excerpt })),
    ];
    for (const { docId, span } of spans) {
      const lazy = texts.text(headOf(kb.document(docId)));
      expect(lazy).toBe(kb.document(docId).text);
      expect(span.end).toBeLessThanOrEqual(lazy.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a citation of a page names its title and address and the paragraph, counted from the first after the headline block', () => {
    const news = kb.document('news-jsonld');
    const third = news.text.indexOf('Officials in Stepanakert said at least 200');
    expect(citation(citeSpan(kb, 'news-jsonld', { start: third, end: third + 10 }))).toBe(
      '— *Baku says operation over as Stepanakert agrees to talks* · Caucasus Ledger · dated 2023-09-20 · https://ledger.example/world/2023/09/20/baku-operation-over, paragraph 3',
    );
    expect(citation(citeSpan(kb, 'news-jsonld', { start: 0, end: 4 }))).toMatch(/, headline$/);
    const figure = kb.figures.find(
      (f) =>
        f.docId === 'og-only' && /68/.test(kb.document('og-only').text.slice(f.excerpt.start, f.excerpt.end)),
    );
    expect(figure && citation(citeSpan(kb, 'og-only', figure.excerpt))).toMatch(
      /https:\/\/highland\.example\/news\/refugee-flow-grows, paragraph 4$/,
    );
  });
});

describe('saved pages through the persisted index', () => {
  it('a restart from the cache reads page texts lazily, extracting them again: the same excerpts, the same answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-cache-'));
    const cacheDir = join(dir, '.cache');
    const corpusDir = join(dir, 'corpus');
    cpSync(PAGES, corpusDir, { recursive: true });
    try {
      const now = new Date('2026-11-23T00:00:00Z');
      const fresh = await loadKnowledgeBase({ corpusDir, cacheDir, now, onWarning: () => {} });
      let cache = '';
      const cached = await loadKnowledgeBase({
        corpusDir,
        cacheDir,
        now,
        onWarning: () => {},
        onStats: (s) => (cache = s.cache),
      });
      expect(cache).toBe('hit');
      expect(cached.figures.length).toBe(fresh.figures.length);
      expect(cached.figures.length).toBeGreaterThan(0);
      for (const figure of cached.figures) {
        expect(cached.slice(figure.docId, figure.excerpt)).toBe(fresh.slice(figure.docId, figure.excerpt));
      }
      for (const statement of cached.statements) {
        expect(cached.slice(statement.docId, statement.quote)).toBe(
          fresh.slice(statement.docId, statement.quote),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
