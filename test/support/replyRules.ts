import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { MessagePayload } from '../../src/render/payload.ts';

/**
 * The shared checker of Discord limits, verbatim quotes and mentions: `shared/tools/` beside the
 * repo, or beside a folder above it (a git worktree sits one level deeper than the checkout).
 */
function findCheckReply(): string {
  const near = resolve(import.meta.dirname, '../../../shared/tools/check-reply.mjs');
  for (let dir = resolve(import.meta.dirname, '../../..'); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared/tools/check-reply.mjs');
    if (existsSync(candidate)) return candidate;
  }
  return near;
}
const CHECK_REPLY = findCheckReply();
export const hasCheckReply = existsSync(CHECK_REPLY);

export function checkReply(
  corpusDir: string,
  pages: readonly MessagePayload[],
): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [CHECK_REPLY, corpusDir], {
      input: JSON.stringify(pages),
      encoding: 'utf8',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const plain = (s: string) => s.replace(/\\([\\*_~`|>#\-[\]()+])/g, '$1');

/** Our own reading of the verbatim rule: every block-quote line is in a corpus document. */
export function blockQuotesNotInCorpus(
  pages: readonly MessagePayload[],
  documents: readonly string[],
): string[] {
  const folded = documents.map(fold);
  const missing: string[] = [];
  for (const page of pages) {
    const texts = [
      page.content ?? '',
      ...(page.embeds ?? []).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]),
    ];
    for (const text of texts) {
      for (const line of text.split('\n')) {
        const m = /^> (.*)$/.exec(line);
        if (!m) continue;
        for (const piece of plain(m[1]!)
          .split('…')
          .map(fold)
          .filter((p) => p.length >= 3)) {
          if (!folded.some((d) => d.includes(piece))) missing.push(piece);
        }
      }
    }
  }
  return missing;
}

/** Discord's hard limits on one message. */
export function limitProblems(page: MessagePayload): string[] {
  const len = (s: string | undefined) => [...(s ?? '')].length;
  const problems: string[] = [];
  if (len(page.content) > 2000) problems.push('content > 2000');
  if ((page.embeds ?? []).length > 10) problems.push('> 10 embeds');
  let total = 0;
  for (const e of page.embeds ?? []) {
    if (len(e.title) > 256) problems.push('title > 256');
    if (len(e.description) > 4096) problems.push('description > 4096');
    if ((e.fields ?? []).length > 25) problems.push('> 25 fields');
    for (const f of e.fields ?? [])
      if (len(f.value) > 1024 || len(f.name) > 256) problems.push('field too long');
    total +=
      len(e.title) +
      len(e.description) +
      len(e.footer?.text) +
      (e.fields ?? []).reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  if (total > 6000) problems.push('embeds > 6000 in all');
  if (page.allowedMentions?.parse.length !== 0) problems.push('allowedMentions.parse is not []');
  return problems;
}
