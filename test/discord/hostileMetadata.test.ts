/**
 * Metadata is not the bot's to trust: titles, outlets and URLs from a manifest or a document's
 * header lines go through the loopback Discord shown as text (no mention, channel or timestamp
 * syntax that Discord would draw) and with no bidirectional controls, so one document's title
 * cannot reverse the rest of its citation line.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { answerLine } from '../../src/console/answerLine.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MessageBody, SentInteraction } from '../support/fakeDiscord.ts';
import { checkReply, hasCheckReply } from '../support/replyRules.ts';
import { type Harness, startHarness } from './harness.ts';

const RLO = '\u202E';
const HOSTILE = `<@&123456789012345678> <#123456789012345678> <t:0:F> @everyone @here ${RLO}dlrow olleh\u2066x\u2069\u200F\u061C`;
/** Bidirectional controls: embeddings, overrides, isolates and marks. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Discord draws these as mentions, channels, timestamps, emoji or commands unless escaped. */
const DRAWN = /(?<!\\)<(?:@[!&]?\d+|#\d+|t:[^>]*|a?:\w+:\d+|\/[^>]*)>/;
const PING = /@(?:everyone|here)/;

let dir: string;
let h: Harness;
let kb: KnowledgeBase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-hostile-meta-'));
  const seeds = join(import.meta.dirname, '../../corpus');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) cpSync(join(seeds, f), join(dir, f));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      documents: {
        '000_fa421d02e2779d37.txt': {
          title: `Blinken ${HOSTILE}`,
          outlet: `TASS ${RLO}SSAT`,
          url: `https://example.org/${RLO}<@&123456789012345678>`,
        },
      },
    }),
  );
  // A document's own header lines are metadata too.
  writeFileSync(
    join(dir, 'header.txt'),
    [
      `Title: Ceasefire ${HOSTILE}`,
      `Source: Wire <#123456789012345678> ${RLO}`,
      'Published: 2023-09-21',
      '',
      'The ministry said that talks would resume on September 22, 2023, spokesman Hikmet Hajiyev said.',
      '"We are ready for talks," Hikmet Hajiyev said on September 21, 2023.',
      '',
    ].join('\n'),
  );
  kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: new Date('2026-11-23T00:00:00Z') });
  h = await startHarness({ registry: commands, kb, deferAfterMs: 2_000 });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const answerOf = (sent: SentInteraction): Promise<MessageBody> => h.fake.answerOf(sent);

/** Every string the bot wrote, line by line, with whether the line is a verbatim quote. */
function lines(body: MessageBody): { text: string; quote: boolean }[] {
  const texts = [
    body.content ?? '',
    ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '']),
  ];
  return texts.flatMap((t) => t.split('\n')).map((text) => ({ text, quote: text.startsWith('> ') }));
}

describe('hostile metadata through the loopback Discord', () => {
  it.each([
    ['sources', {}],
    ['who-said', { speaker: 'Blinken' }],
    ['who-said', { speaker: 'Hikmet Hajiyev' }],
    ['timeline', { month: '2023-09' }],
    ['casualties', {}],
  ] as const)(
    '/%s %o: titles, outlets and URLs show as text, with no bidirectional controls',
    async (command, options) => {
      const body = await answerOf(h.fake.sendCommand(command, options));
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const all = lines(body);
      for (const { text, quote } of all) {
        expect(text).not.toMatch(DRAWN);
        if (!quote) {
          expect(text).not.toMatch(PING);
          expect(text).not.toMatch(BIDI);
        }
      }
    },
  );

  it('the citation line keeps its order: the outlet and date come after the title, left to right', async () => {
    const body = await answerOf(h.fake.sendCommand('who-said', { speaker: 'Blinken' }));
    const citation = lines(body).find((l) => l.text.startsWith('— ') && l.text.includes('dlrow olleh'))!;
    expect(citation.text).toMatch(
      /dlrow ollehx\* · TASS SSAT · dated 2023-09-20[^·]* · 000\\_fa421d02e2779d37\.txt, line \d+$/,
    );
  });

  it.skipIf(!hasCheckReply)('check-reply holds the replies to the rules (limits, verbatim, mentions)', () => {
    for (const line of [
      '/sources',
      '/who-said speaker:Blinken',
      '/who-said speaker:Hikmet Hajiyev',
      '/timeline 2023-09',
    ]) {
      const reply = answerLine(line, { kb });
      expect(checkReply(dir, reply.pages).output).toContain(' 0 problems');
    }
  });
});
