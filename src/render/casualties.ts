import type { Casualties } from '../answer/casualties.ts';
import { formatPeriod } from '../answer/period.ts';
import { withBothNames } from '../extract/entities/placeNames.ts';
import type { FigureGroup } from '../extract/figures/index.ts';
import type { Figure } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, label, quoteBlock } from './markdown.ts';
import { LIMITS, pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';
import { searchedAs } from './placeNote.ts';

const EXCERPT_MAX = 600;
const CATEGORY: Record<Figure['category'], string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  missing: 'Missing',
  displaced: 'Displaced',
  evacuated: 'Evacuated',
};

function figureLine(kb: KnowledgeBase, f: Figure): string {
  const counted = f.counted ? ` ${label(withBothNames(f.counted))}` : '';
  const reporter = f.reporter
    ? `reported by ${label(f.reporter.entity?.name ?? f.reporter.text)}${f.reporter.entity && f.reporter.entity.name !== f.reporter.text ? ` (${label(f.reporter.text)})` : ''}`
    : 'reporter not named: the document’s own statement';
  // A change or a rate is said as such, never as a count: "+ more than 15,000 (a change, not a total)".
  const kind =
    f.kind === 'change'
      ? ' · **a change, not a total**'
      : f.kind === 'rate'
        ? ' · **a rate, not a total**'
        : '';
  const when = f.period.text
    ? `${label(f.period.text)}${f.period.date ? ` (${showDate(f.period.date)})` : ''}`
    : `as of ${showDate(kb.figureDate(f))}`;
  return `• **${label(f.number.text)}**${counted}${kind} · ${when} · ${reporter}`;
}

function groupBlock(kb: KnowledgeBase, g: FigureGroup): string {
  const where = g.where ? ` · ${label(withBothNames(g.where))}` : '';
  const lines = [`**${CATEGORY[g.category]}**${where}`];
  if (g.figures.length > 1) {
    const text = (id: string) => label(g.figures.find((f) => f.id === id)?.number.text ?? '');
    lines.push(
      `${g.figures.length} estimates side by side, never added up: low ${text(g.low.figure)} · best ${text(g.best.figure)} · high ${text(g.high.figure)}`,
    );
  }
  // One group fills at most one page, so the page cut never separates an excerpt from its citation.
  const enough = LIMITS.description - 900;
  let length = lines.join('\n').length;
  let shown = 0;
  for (const f of g.figures) {
    if (shown > 0 && length > enough) break;
    const block = [figureLine(kb, f)];
    const addParts = (of: Figure, indent: string, depth: number) => {
      for (const part of g.parts.filter((p) => p.partOf === of.id)) {
        block.push(`${indent}of which ${figureLine(kb, part).slice(2)}`);
        if (depth < 4) addParts(part, `${indent}  `, depth + 1);
      }
    };
    addParts(f, '  ', 0);
    block.push(quoteBlock(kb.slice(f.docId, f.excerpt), EXCERPT_MAX), citation(kb, f.docId, f.excerpt));
    lines.push(...block);
    length += block.join('\n').length + 1;
    shown++;
  }
  if (shown < g.figures.length)
    lines.push(
      `*…and ${g.figures.length - shown} more figures for the same period: add \`about:\` or \`period:\` to narrow it.*`,
    );
  return lines.join('\n');
}

export function renderCasualties(kb: KnowledgeBase, answer: Casualties): Reply {
  const asked = [
    answer.period && `in ${code(formatPeriod(answer.period))}`,
    answer.about && `about ${code(answer.about)}${searchedAs(answer.about)}`,
  ]
    .filter(Boolean)
    .join(' ');
  const figures = answer.groups.figures;
  return pagesReply({
    title: answer.period ? `Casualty figures: ${formatPeriod(answer.period)}` : 'Casualty figures',
    intro: `${figures} figures${asked ? ` ${asked}` : ''}, each as written with its hedge and who reported it. Figures for the same period or place stand side by side; none are added up.`,
    blocks: renderEach(answer.groups, (g) => groupBlock(kb, g)),
    total: answer.groups.length,
  });
}
