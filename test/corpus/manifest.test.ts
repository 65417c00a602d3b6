import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { parseManifest, parseManifestDate } from '../../src/corpus/manifest.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/corpora');
const CORPUS = join(import.meta.dirname, '../../corpus');

const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

function corpusWith(manifest: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-manifest-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'manifest-corpus'), dir, { recursive: true });
  if (manifest === null) rmSync(join(dir, 'manifest.json'));
  else writeFileSync(join(dir, 'manifest.json'), manifest);
  return dir;
}

describe('manifest.json overrides metadata', () => {
  it('replaces title, outlet, published and url, marked as from the manifest, and never touches the text', async () => {
    const corpus = await loadCorpus(join(FIXTURES, 'manifest-corpus'));
    const alpha = corpus.documents.find((d) => d.id === 'alpha')!;
    expect(alpha.text).toBe(
      'Alpha headline about the ceasefire\nThe ceasefire held for a second day, officials said.\n',
    );
    expect(alpha.meta.title).toEqual({
      value: 'Alpha: ceasefire holds',
      how: 'manifest',
      why: 'manifest.json',
    });
    expect(alpha.meta.outlet).toEqual({ value: 'Example Wire', how: 'manifest', why: 'manifest.json' });
    expect(alpha.meta.published).toEqual({
      value: {
        precision: 'day',
        year: 2023,
        month: 9,
        day: 22,
        yearStatus: 'stated',
        yearReason: 'manifest.json gives the year',
      },
      how: 'manifest',
      why: 'manifest.json',
    });
    expect(alpha.meta.url).toEqual({
      value: 'https://example.org/alpha',
      how: 'manifest',
      why: 'manifest.json',
    });
    expect(alpha.label).toBe('Example Wire — Alpha: ceasefire holds');
    expect(alpha.bodyStart).toBe('Alpha headline about the ceasefire\n'.length);
  });

  it('names documents by relative path or id too; a month date keeps month precision', async () => {
    const corpus = await loadCorpus(join(FIXTURES, 'manifest-corpus'));
    const beta = corpus.documents.find((d) => d.id === 'sub/beta')!;
    expect(beta.meta.published?.value).toEqual({
      precision: 'month',
      year: 2023,
      month: 9,
      yearStatus: 'stated',
      yearReason: 'manifest.json gives the year',
    });
    expect(beta.meta.title).toBeNull();
  });

  it('warns about unknown keys, unknown files and impossible dates, naming each, and applies the rest', async () => {
    const corpus = await loadCorpus(join(FIXTURES, 'manifest-corpus'));
    expect(corpus.warnings).toEqual([
      { file: 'manifest.json', reason: 'unknown top-level key "version" (expected "documents"); ignored' },
      {
        file: 'manifest.json',
        reason:
          'entry "sub/beta" has unknown key "colour" (known: title, outlet, published, url, fetchedFrom, fetchedAt, addedBy); ignored',
      },
      {
        file: 'manifest.json',
        reason:
          'entry "alpha": published "2023-02-30" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY; ignored',
      },
      { file: 'manifest.json', reason: 'names "gamma.txt", which is not a document in the corpus; ignored' },
    ]);
  });

  it('a malformed manifest is one warning and is ignored; the documents keep what their text says', async () => {
    const seen: string[] = [];
    const corpus = await loadCorpus(corpusWith('{ "documents": { "alpha.txt": { "title": "x" } '), (w) =>
      seen.push(`${w.file}: ${w.reason}`),
    );
    expect(corpus.warnings).toHaveLength(1);
    expect(corpus.warnings[0]!.file).toBe('manifest.json');
    expect(corpus.warnings[0]!.reason).toMatch(/^is not valid JSON \(.+\); ignored$/);
    expect(seen).toHaveLength(1);
    expect(corpus.documents.find((d) => d.id === 'alpha')!.meta.title).toEqual({
      value: 'Alpha headline about the ceasefire',
      how: 'inferred',
      why: 'first line (headline)',
    });
  });

  it('no manifest is no warning', async () => {
    expect((await loadCorpus(corpusWith(null))).warnings).toEqual([]);
  });

  it('null removes a wrongly inferred field', async () => {
    const corpus = await loadCorpus(corpusWith('{ "documents": { "alpha.txt": { "title": null } } }'));
    const alpha = corpus.documents.find((d) => d.id === 'alpha')!;
    expect(alpha.meta.title).toBeNull();
    expect(alpha.label).toBe('alpha');
  });

  it('bad values are warnings, not crashes', () => {
    const { entries, warnings } = parseManifest(
      JSON.stringify({
        documents: {
          'a.txt': { title: 42, url: 'ftp://example.org/x', outlet: '' },
          'b.txt': 'just a string',
        },
      }),
    );
    expect(entries.get('a.txt')).toEqual({});
    expect(warnings.map((w) => w.reason)).toEqual([
      'entry "a.txt": "title" must be a non-empty string or null; ignored',
      'entry "a.txt": url "ftp://example.org/x" is not an http(s) address; ignored',
      'entry "a.txt": "outlet" must be a non-empty string or null; ignored',
      'entry "b.txt" is not an object; skipped',
    ]);
    expect(parseManifest('[1, 2]').warnings[0]!.reason).toBe(
      'must be a JSON object with a "documents" object; ignored',
    );
    expect(parseManifest('{ "documents": [] }').warnings[0]!.reason).toBe(
      '"documents" must be an object keyed by file name or id; ignored',
    );
  });

  it('a bare file name that matches files in two folders is ambiguous', async () => {
    const dir = corpusWith('{ "documents": { "beta.txt": { "title": "Which one?" } } }');
    writeFileSync(join(dir, 'beta.txt'), 'Another beta at the top level.\n');
    const corpus = await loadCorpus(dir);
    // "beta.txt" is an exact relative path here, so it names the top-level file only.
    expect(corpus.documents.find((d) => d.id === 'beta')!.meta.title?.value).toBe('Which one?');
    expect(corpus.documents.find((d) => d.id === 'sub/beta')!.meta.title).toBeNull();
    const dir2 = corpusWith('{ "documents": { "gamma.txt": { "title": "Which one?" } } }');
    for (const sub of ['x', 'y']) {
      cpSync(join(dir2, 'alpha.txt'), join(dir2, sub, 'gamma.txt'), { recursive: true });
    }
    const corpus2 = await loadCorpus(dir2);
    expect(corpus2.warnings.map((w) => w.reason)).toEqual([
      '"gamma.txt" matches 2 documents (x/gamma.txt, y/gamma.txt); use the relative path; ignored',
    ]);
  });

  it('dates: YYYY-MM-DD, YYYY-MM, YYYY only, and real calendar dates', () => {
    expect(parseManifestDate('2020-10-24')).toMatchObject({
      precision: 'day',
      year: 2020,
      month: 10,
      day: 24,
    });
    expect(parseManifestDate('2020-10')).toMatchObject({ precision: 'month', year: 2020, month: 10 });
    expect(parseManifestDate('2020')).toMatchObject({ precision: 'year', year: 2020 });
    for (const bad of ['2020-13', '2021-02-29', '24/10/2020', 'October 2020', '2020-1-5', ''])
      expect(parseManifestDate(bad)).toBeNull();
    expect(parseManifestDate('2024-02-29')).not.toBeNull();
  });
});

describe("the seeds' manifest", () => {
  it('is valid, holds nothing researched elsewhere, and changes nothing', async () => {
    const corpus = await loadCorpus(CORPUS);
    expect(corpus.warnings).toEqual([]);
    expect(
      corpus.documents.every((d) =>
        [d.meta.title, d.meta.outlet, d.meta.published, d.meta.url].every((f) => f?.how !== 'manifest'),
      ),
    ).toBe(true);
  });
});
