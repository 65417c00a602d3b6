import type { Casualties, CasualtyGroup, DatedFigure } from '../answer/casualties.ts';
import { formatPeriod } from '../answer/period.ts';
import { withBothNames } from '../extract/entities/placeNames.ts';
import type { Figure } from '../extract/types.ts';
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

/**
 * The reporter's known name, then the words the text used. Words that already carry the body they stand
 * for ("the ministry (The Armenian Defense Ministry)") show only as written before it, never nested.
 */
function reporterName({ entity, text }: NonNullable<Figure['reporter']>): string {
  if (!entity) return label(text);
  const written = text.replace(/\s+\([^()]*\)$/, '');
  return written === entity.name ? label(entity.name) : `${label(entity.name)} (${label(written)})`;
}

function figureLine({ figure: f, asOf }: DatedFigure): string {
  const counted = f.counted ? ` ${label(withBothNames(f.counted))}` : '';
  const reporter = f.reporter
    ? `reported by ${reporterName(f.reporter)}`
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
    : `as of ${showDate(asOf)}`;
  // A headline's figure is the outlet's summing up, said as such: the body may tell the count otherwise.
  const line = f.line === 'headline' ? ' · in the headline' : '';
  return `• **${label(f.number.text)}**${counted}${kind}${line} · ${when} · ${reporter}`;
}

function groupBlock(g: CasualtyGroup): string {
  const where = g.where ? ` · ${label(withBothNames(g.where))}` : '';
  const lines = [`**${CATEGORY[g.category]}**${where}`];
  if (g.estimates) {
    const { low, best, high } = g.estimates;
    lines.push(
      `${g.figures.length} estimates side by side, never added up: low ${label(low)} · best ${label(best)} · high ${label(high)}`,
    );
  }
  // One group fills at most one page, so the page cut never separates an excerpt from its citation.
  const enough = LIMITS.description - 900;
  let length = lines.join('\n').length;
  let shown = 0;
  for (const f of g.figures) {
    if (shown > 0 && length > enough) break;
    const block = [figureLine(f)];
    const addParts = (of: Figure, indent: string, depth: number) => {
      for (const part of g.parts.filter((p) => p.figure.partOf === of.id)) {
        block.push(`${indent}of which ${figureLine(part).slice(2)}`);
        if (depth < 4) addParts(part.figure, `${indent}  `, depth + 1);
      }
    };
    addParts(f.figure, '  ', 0);
    block.push(quoteBlock(f.excerpt.text, EXCERPT_MAX), citation(f.excerpt.citation));
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

export function renderCasualties(answer: Casualties): Reply {
  const asked = [
    answer.period && `in ${code(formatPeriod(answer.period))}`,
    answer.about && `about ${code(answer.about)}${searchedAs(answer.about)}`,
  ]
    .filter(Boolean)
    .join(' ');
  const figures = answer.figures;
  return pagesReply({
    title: answer.period ? `Casualty figures: ${formatPeriod(answer.period)}` : 'Casualty figures',
    intro: `${figures} figures${asked ? ` ${asked}` : ''}, each as written with its hedge and who reported it. Figures for the same period or place stand side by side; none are added up.`,
    blocks: renderEach(answer.groups, groupBlock),
    total: answer.groups.length,
  });
}
