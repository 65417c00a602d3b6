/**
 * `npm run add -- <url|file>…`: adds web pages to the corpus folder (see src/add/addPage.ts).
 * Prints one line per address: what was added (title, outlet, date, how many statements, dated
 * events and figures it gave), "already there", or why not. Exit code 1 when any was refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addFromAddress, addFromFile, describeOutcome, type KnownDocument } from '../src/add/addPage.ts';
import { indexSettings, readSettingsOrExit } from '../src/config.ts';
import { buildDocument, isDocument } from '../src/corpus/document.ts';
import { loadCorpusSync } from '../src/corpus/load.ts';
import { anyAddress, publicAddressesOnly } from '../src/fetch/addressPolicy.ts';
import { DEFAULT_LIMITS } from '../src/fetch/fetchPage.ts';

const USAGE = `usage: npm run add -- [--corpus DIR] [--allow-private] [--timeout SECONDS] [--max-bytes N] <url|file.html>…
  e.g. npm run add -- https://example.org/news/article.html ./saved-page.html`;

function positiveNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} takes a positive number, not "${value}"`);
  return n;
}

async function main(): Promise<number> {
  let values;
  let positionals;
  let timeoutS: number | undefined;
  let maxBytes: number | undefined;
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    timeoutS = positiveNumber(values.timeout, 'timeout');
    maxBytes = positiveNumber(values['max-bytes'], 'max-bytes');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const settings = readSettingsOrExit();
  const corpusDir = values.corpus ?? settings.corpusDir;
  let known: KnownDocument[];
  try {
    known = loadCorpusSync(corpusDir, undefined, indexSettings(settings)).documents;
  } catch (error) {
    process.stderr.write(`Cannot load the corpus from ${corpusDir}: ${(error as Error).message}\n`);
    return 1;
  }
  const options = {
    corpusDir,
    known: () => known,
    addedBy: 'npm run add',
    fetch: {
      policy: values['allow-private'] ? anyAddress : publicAddressesOnly,
      limits: {
        ...DEFAULT_LIMITS,
        ...(timeoutS && { timeoutMs: timeoutS * 1000 }),
        ...(maxBytes && { maxBytes }),
      },
    },
  };
  let refused = 0;
  for (const item of positionals) {
    const outcome = /^[a-z][a-z0-9+.-]*:\/\//i.test(item)
      ? await addFromAddress(item, options)
      : await addFromFile(item, options);
    process.stdout.write(`${describeOutcome(outcome)}\n`);
    if (outcome.outcome === 'refused') refused++;
    // Later items in the same run are compared with the ones just added.
    if (outcome.outcome === 'added') {
      const doc = buildDocument(outcome.file, readFileSync(join(corpusDir, outcome.file)));
      if (isDocument(doc)) known.push(doc);
    }
  }
  return refused ? 1 : 0;
}

process.exitCode = await main();
