/**
 * /who-said and a joint statement whose members speak for different sides (CONVENTIONS 13): shown
 * once, its members named in the order the text names them, under a heading that says it is joint
 * across sides (never under one member's side, as if it were that side's alone). Asked for a side,
 * it is shown when any member is on that side, naming all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { Reply } from '../../src/render/payload.ts';
import { statementBlocks } from '../support/replyBlocks.ts';

const DOCUMENTS: Record<string, string> = {
  'agency_border_commissions.txt':
    'Border commissions meet again\n\nPublished: 2024-04-20\n\n' +
    'The two commissions met in a border village on Friday.\n\n' +
    'Azerbaijan and Armenia said in a joint statement that the delimitation of the section near the ' +
    'villages would follow the 1991 Alma-Ata Declaration.\n',
  'agency_trilateral_deal.txt':
    'Leaders sign ceasefire deal\n\nPublished: 2020-11-10\n\nThe leaders met overnight.\n\n' +
    'Russia, Azerbaijan and Armenia said in a joint statement that a complete ceasefire on the line ' +
    'of contact would take effect at midnight.\n',
  'agency_minister_corridor.txt':
    'Minister speaks on corridor\n\nPublished: 2024-03-01\n\n' +
    'Jeyhun Bayramov said the talks on the transport links were "moving forward step by step."\n',
  'agency_premier_corridor.txt':
    'Premier speaks on corridor\n\nPublished: 2024-03-02\n\n' +
    'Nikol Pashinyan said the talks on the transport links were "moving forward step by step."\n',
};

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'kb-joint-sides-'));
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(join(corpusDir, name), text);
  kb = await loadKnowledgeBase({ corpusDir, cacheDir: false, now: new Date('2026-11-23T00:00:00Z') });
});

const ask = (line: string): Reply => answerLine(line, { kb });
/** The reply as read, headings included, Markdown's escapes and emphasis taken out. */
const read = (reply: Reply): string =>
  reply.pages
    .flatMap((p) => (p.embeds ?? []).map((e) => e.description ?? ''))
    .join('\n\n')
    .replace(/\\([\\*_~`|[\]#>+-])/g, '$1')
    .replace(/\*\*|__/g, '');
/** The statement blocks holding the words, each from its attribution line (a group's heading left out). */
const blocksWith = (reply: Reply, words: string) =>
  statementBlocks(reply)
    .map((b) =>
      b
        .split('\n')
        .filter((line) => !line.startsWith('__'))
        .join('\n')
        .replace(/\*\*/g, ''),
    )
    .filter((b) => b.includes(words));

describe('given "Azerbaijan and Armenia said in a joint statement that …"', () => {
  it('is one statement of each member', () => {
    const members = kb.statements.filter((s) => kb.slice(s.docId, s.quote).includes('Alma-Ata'));
    expect(members.map((s) => s.speaker.id).sort()).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('asked by topic, it is shown once, Azerbaijan first as the text names them', () => {
    const shown = blocksWith(ask('/who-said about:delimitation'), 'Alma-Ata');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Government of Azerbaijan and Government of Armenia · /);
    expect(shown[0]).toContain('sides: Azerbaijan and Armenia (joint statement)');
  });

  it('asked by topic, it sits under a joint heading, not under either side', () => {
    const text = read(ask('/who-said about:delimitation'));
    expect(text).toContain('Joint statements across sides: Azerbaijan and Armenia · 1 statement');
    expect(text).not.toMatch(/Side: (Armenia|Azerbaijan)\b/);
    // Both sides spoke (jointly): neither is listed as silent.
    expect(text).not.toMatch(/No statement matching .* from:.*\b(Armenia|Azerbaijan)\b/);
  });

  it('asked for either side, it is shown naming both', () => {
    for (const side of ['Armenia', 'Azerbaijan']) {
      const shown = blocksWith(ask(`/who-said about:delimitation side:${side}`), 'Alma-Ata');
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(/^Government of Azerbaijan and Government of Armenia · /);
    }
  });

  it('asked for a side no member is on, it is not shown', () => {
    expect(blocksWith(ask('/who-said about:delimitation side:Russia'), 'Alma-Ata')).toHaveLength(0);
  });
});

describe('given "Russia, Azerbaijan and Armenia said in a joint statement that …"', () => {
  it("asked by topic, it is shown once, naming the three in the text's order", () => {
    const shown = blocksWith(ask('/who-said about:ceasefire'), 'complete ceasefire');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(
      /^Government of Russia, Government of Azerbaijan and Government of Armenia · sides: Russia, Azerbaijan and Armenia \(joint statement\)/,
    );
  });

  it('asked for one side without a topic, it is shown naming all three', () => {
    const shown = blocksWith(ask('/who-said side:Armenia'), 'complete ceasefire');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Government of Russia, Government of Azerbaijan and Government of Armenia · /);
  });

  it('asked for one member by name, it is shown under that member', () => {
    const shown = blocksWith(
      ask('/who-said speaker:Government of Armenia about:ceasefire'),
      'complete ceasefire',
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Government of Armenia · side: Armenia · /);
  });
});

describe('the same words said separately by two speakers in two documents', () => {
  it('are no joint statement: both are shown, each under its own side', () => {
    const reply = ask('/who-said about:step by step');
    const shown = blocksWith(reply, 'step by step');
    expect(shown).toHaveLength(2);
    expect(shown.some((b) => /^Nikol Pashinyan \(.*\) · side: Armenia · /.test(b))).toBe(true);
    expect(shown.some((b) => /^Jeyhun Bayramov \(.*\) · side: Azerbaijan · /.test(b))).toBe(true);
    const text = read(reply);
    expect(text).toContain('Side: Armenia · 1 statement');
    expect(text).toContain('Side: Azerbaijan · 1 statement');
    expect(text).not.toContain('joint');
  });
});
