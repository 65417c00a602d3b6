import type { SourceDate } from '../corpus/types.ts';
import type { FigureGroup } from '../extract/figures/index.ts';
import type { Figure } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { type Excerpt, excerptOf, type ItemList, readAsIterated, resolvedAsRead } from './excerpt.ts';
import { formatPeriod, type Period, parsePeriod } from './period.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, found, notFound, tell, typed } from './result.ts';

export interface CasualtiesQuery {
  period?: string;
  about?: string;
}

/** A figure as extracted, with the time it speaks of: the period it states, else its document's date. */
export interface DatedFigure {
  figure: Figure;
  asOf: SourceDate | null;
}

/** A figure shown with its excerpt. */
interface CitedFigure extends DatedFigure {
  excerpt: Excerpt;
}

/** Figures for the same period (and place) of one category, standing side by side. */
export interface CasualtyGroup {
  category: Figure['category'];
  where: string | null;
  /** The lowest, best and highest estimates as written, when the group holds more than one. */
  estimates: { low: string; best: string; high: string } | null;
  /** Estimates in the order given, never summed; each read (with its excerpt) as it is shown. */
  figures: ItemList<CitedFigure>;
  /** Figures nested in one of `figures` or in one of these ("including four employees …"). */
  parts: readonly DatedFigure[];
}

export interface Casualties {
  period: Period | null;
  about: string | null;
  /** How many figures the groups show (parts not counted). */
  figures: number;
  /** Built as they are read (a reply shows a few pages); counted up front. */
  groups: ItemList<CasualtyGroup>;
}

const remembered = answerStore<Answer<Casualties>>();

export function casualties(kb: KnowledgeBase, query: CasualtiesQuery): Answer<Casualties> {
  let period: Period | null = null;
  if (query.period?.trim()) {
    const parsed = parsePeriod(query.period);
    if (!parsed.ok) return badInput(tell`${typed(query.period)}: ${parsed.problem}`);
    period = parsed.period;
  }
  const about = query.about?.trim() || null;
  if (about && about.length > 200) return badInput(['Keep `about` under 200 characters: a few words.']);
  return remembered(kb, `${period ? formatPeriod(period) : ''}|${about ?? ''}`, () =>
    gather(kb, period, about),
  );
}

function gather(kb: KnowledgeBase, period: Period | null, about: string | null): Answer<Casualties> {
  // Groups were made once for the whole corpus: a question shows the groups holding the figures
  // it selects, with those figures only (a part "including four employees …" with its figure).
  const groups = kb.figureGroupsFor(period, about);
  if (groups.length === 0) {
    const inPeriod = period ? `in \`${formatPeriod(period)}\`` : '';
    const matching = about ? tell`matching ${typed(about)}` : '';
    const what = tell`${inPeriod}${inPeriod && matching ? ' ' : ''}${matching}`;
    const hint = kb.figures.length ? nothingHint(period, about) : ' The corpus has none.';
    return notFound(tell`No casualty figures ${what}.${hint}`);
  }
  return found({
    period,
    about,
    figures: groups.figures,
    groups: resolvedAsRead(groups, (g) => casualtyGroup(kb, g)),
  });
}

function casualtyGroup(kb: KnowledgeBase, g: FigureGroup): CasualtyGroup {
  const text = (id: string) => g.figures.find((f) => f.id === id)?.number.text ?? '';
  const dated = (figure: Figure): DatedFigure => ({ figure, asOf: kb.figureDate(figure) });
  return {
    category: g.category,
    where: g.where,
    estimates:
      g.figures.length > 1
        ? { low: text(g.low.figure), best: text(g.best.figure), high: text(g.high.figure) }
        : null,
    figures: readAsIterated(g.figures.length, (i) => {
      const f = g.figures[i]!;
      return { ...dated(f), excerpt: excerptOf(kb, f.docId, f.excerpt) };
    }),
    parts: g.parts.map(dated),
  };
}

/** What would work instead: never the very query just run (a whole year is not told to try a whole year). */
function nothingHint(period: Period | null, about: string | null): string {
  if (period?.month !== undefined)
    return ` Try the whole year, \`period:${period!.year}\`, or leave out \`period\`.`;
  if (period) return ` Try another year, or leave out \`period\`${about ? ' or `about`' : ''}.`;
  return about ? ' Try other words, or leave out `about`.' : '';
}
