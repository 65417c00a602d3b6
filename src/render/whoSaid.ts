import type { WhoSaid } from '../answer/whoSaid.ts';
import type { Entity, Statement } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, label, quoteBlock } from './markdown.ts';
import { pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';

const EXCERPT_MAX = 900;

function who(entity: Entity): string {
  return entity.role ? `**${label(entity.name)}** (${label(entity.role)})` : `**${label(entity.name)}**`;
}

/** The excerpt of a statement: its quote, and any continuation of it, each a verbatim piece. */
function statementText(kb: KnowledgeBase, s: Statement): string {
  const pieces = [s.quote, ...(s.continuation ?? [])].map((span) => kb.slice(s.docId, span).trim());
  return pieces.join('\n');
}

export function statementBlock(kb: KnowledgeBase, s: Statement): string {
  const via = s.via ? `, via ${who(s.via)}` : '';
  const kind = s.kind === 'direct' ? 'quoted' : 'reported speech';
  const head = `${who(s.speaker)}${via} · ${showDate(s.date)} · ${kind}`;
  return `${head}\n${quoteBlock(statementText(kb, s), EXCERPT_MAX)}\n${citation(kb, s.docId, s.quote)}`;
}

export function renderWhoSaid(kb: KnowledgeBase, answer: WhoSaid): Reply {
  if (answer.kind === 'speakers') {
    const blocks = renderEach(answer.speakers, (s) => {
      const relayed = s.relayed ? `, relayed ${s.relayed} for others` : '';
      const n = s.statements === 1 ? '1 statement' : `${s.statements} statements`;
      return `${who(s.entity)}: ${n}${relayed}`;
    });
    return pagesReply({
      title: 'Speakers in the corpus',
      intro: 'Who is quoted or reported, with how many statements. Ask `/who-said speaker:<name>` for what one said.',
      blocks,
      total: answer.speakers.length,
      note: `${answer.speakers.length} speakers`,
    });
  }
  const subject = answer.speaker ? label(answer.speaker.entity.name) : '';
  const asked = [answer.speaker && `speaker ${code(answer.speaker.entity.name)}`, answer.about && `about ${code(answer.about)}`]
    .filter(Boolean)
    .join(', ');
  const n = answer.statements.length;
  return pagesReply({
    title: answer.speaker ? `What ${subject} said` : 'Who said it',
    intro: `${n} ${n === 1 ? 'statement' : 'statements'} for ${asked}, oldest first. Excerpts are verbatim.`,
    blocks: renderEach(answer.statements, (s) => statementBlock(kb, s)),
    total: answer.statements.length,
  });
}
