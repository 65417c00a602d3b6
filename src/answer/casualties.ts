import type { SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod } from '../extract/dates/format.ts';
import { type FigureGroup, groupFigures } from '../extract/figures/index.ts';
import type { Figure } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { formatPeriod, type Period, parsePeriod } from './period.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, echo, found, notFound } from './result.ts';

export interface CasualtiesQuery {
  period?: string;
  about?: string;
}

export interface Casualties {
  period: Period | null;
  about: string | null;
  groups: FigureGroup[];
}

/** The time a figure speaks of: the period it states, else the date of its document. */
export function figureDate(kb: KnowledgeBase, f: Figure): SourceDate | null {
  return f.period.date ?? kb.timelines.get(f.docId)?.reference ?? null;
}

const remembered = answerStore<Answer<Casualties>>();

export function casualties(kb: KnowledgeBase, query: CasualtiesQuery): Answer<Casualties> {
  let period: Period | null = null;
  if (query.period?.trim()) {
    const parsed = parsePeriod(query.period);
    if (!parsed.ok) return badInput(`${echo(query.period)}: ${parsed.problem}`);
    period = parsed.period;
  }
  const about = query.about?.trim() || null;
  if (about && about.length > 200) return badInput('Keep `about` under 200 characters: a few words.');
  return remembered(kb, `${period ? formatPeriod(period) : ''}|${about ?? ''}`, () => gather(kb, period, about));
}

function gather(kb: KnowledgeBase, period: Period | null, about: string | null): Answer<Casualties> {

  const matching = about ? kb.searchFigures(about) : null;
  const selected = kb.figures.filter((f) => {
    if (matching && !matching.has(f.id)) return false;
    if (!period) return true;
    const date = figureDate(kb, f);
    return date !== null && dateMatchesPeriod(date, period);
  });
  // A part ("including four employees …") travels with the figure it belongs to.
  const ids = new Set(selected.map((f) => f.id));
  const withParents = selected.filter((f) => !f.partOf || ids.has(f.partOf));
  if (withParents.length === 0) {
    const what = [period && `in \`${formatPeriod(period)}\``, about && `matching ${echo(about)}`].filter(Boolean).join(' ');
    const hint = period ? ' Try a whole year, e.g. `period:2023`, or leave out `period`.' : ' Try other words, or leave out `about`.';
    return notFound(`No casualty figures ${what}.${kb.figures.length ? hint : ' The corpus has none.'}`);
  }
  return found({ period, about, groups: groupFigures(withParents) });
}
