/**
 * `npm run feeds`: asks each feed in the corpus folder's feeds.json once and adds the new items
 * that match its words (see src/feeds/poll.ts). One log line per feed on stderr; a summary per
 * feed on stdout. Exit code 1 when a feed failed.
 */
import { parseArgs } from 'node:util';
import { indexSettings, readSettingsOrExit } from '../src/config.ts';
import { loadCorpusSync } from '../src/corpus/load.ts';
import { pollFeeds } from '../src/feeds/poll.ts';
import { anyAddress, publicAddressesOnly } from '../src/fetch/addressPolicy.ts';
import { createLogger } from '../src/log.ts';

const USAGE = `usage: npm run feeds -- [--corpus DIR] [--allow-private]
  reads DIR/feeds.json, e.g. { "feeds": [ { "url": "https://example.org/rss", "match": "Karabakh|Artsakh|Lachin" } ] }`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const settings = readSettingsOrExit();
  const corpusDir = values.corpus ?? settings.corpusDir;
  let known;
  try {
    known = loadCorpusSync(corpusDir, undefined, indexSettings(settings)).documents;
  } catch (error) {
    process.stderr.write(`Cannot load the corpus from ${corpusDir}: ${(error as Error).message}\n`);
    return 1;
  }
  const logger = createLogger({ name: 'feeds', level: settings.logLevel, pretty: settings.prettyLogs });
  const rounds = await pollFeeds({
    corpusDir,
    logger,
    known: () => known,
    fetch: { policy: values['allow-private'] ? anyAddress : publicAddressesOnly },
  });
  if (rounds.length === 0)
    process.stdout.write(`No feeds: add ${corpusDir}/feeds.json (see npm run feeds -- --help).\n`);
  for (const r of rounds) {
    process.stdout.write(
      `${r.feed}: ${r.status}, ${r.items} items, ${r.matched} matching, ${r.added} added, ${r.duplicates} already there, ${r.refused} refused${r.addedFiles.length ? ` (${r.addedFiles.join(', ')})` : ''}\n`,
    );
  }
  return rounds.some((r) => r.status === 'failed') ? 1 : 0;
}

process.exitCode = await main();
