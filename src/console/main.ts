import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CommandContext } from '../command.ts';
import { indexSettings, readSettingsOrExit } from '../config.ts';
import { loadKnowledgeBase } from '../index/load.ts';
import { createLogger } from '../log.ts';
import type { Reply } from '../render/payload.ts';
import { answerLine } from './answerLine.ts';
import { readableReply } from './readable.ts';

const USAGE = `usage: npm run ask -- [--json] [--corpus DIR] [--follow-outside-links] ["/command option:value ..."]
  with no command, opens an interactive prompt.
  --follow-outside-links reads files that symbolic links in the corpus point to outside it.
  e.g. npm run ask -- "/timeline 2023-09"`;

const settings = readSettingsOrExit();
const logger = createLogger({ name: 'console', level: settings.logLevel, pretty: settings.prettyLogs });

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        'follow-outside-links': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const corpusDir = values.corpus ?? settings.corpusDir;
  let kb;
  try {
    kb = await loadKnowledgeBase({
      corpusDir,
      ...indexSettings(settings),
      ...(values['follow-outside-links'] && { followOutsideLinks: true }),
      onWarning: (w) => logger.warn({ file: w.file, reason: w.reason }, 'skipped a corpus file'),
    });
  } catch (error) {
    process.stderr.write(`Cannot load the corpus from ${corpusDir}: ${(error as Error).message}\n`);
    return 1;
  }
  const ctx: CommandContext = { kb };
  const print = (reply: Reply) => {
    process.stdout.write(
      values.json ? `${JSON.stringify(reply.pages, null, 2)}\n` : `${readableReply(reply.pages)}\n`,
    );
  };

  if (positionals.length > 0) {
    const reply = answerLine(positionals.join(' '), ctx, logger);
    print(reply);
    return reply.error?.kind === 'bad-input' || reply.error?.kind === 'internal' ? 1 : 0;
  }
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'karabakh-bot> ',
    terminal: process.stdin.isTTY,
  });
  if (process.stdin.isTTY)
    process.stdout.write('Type a command such as /timeline 2023-09, /help, or quit.\n');
  const prompt = () => {
    if (process.stdin.isTTY) rl.prompt();
  };
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'quit' || text === 'exit') break;
    if (text) print(answerLine(text, ctx, logger));
    prompt();
  }
  rl.close();
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
