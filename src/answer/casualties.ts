import type { GroupList } from '../index/figureGroups.ts';
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
  /** Built as they are read (a reply shows a few pages); `length` and `figures` are counted up front. */
  groups: GroupList;
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
  return remembered(kb, `${period ? formatPeriod(period) : ''}|${about ?? ''}`, () =>
    gather(kb, period, about),
  );
}

function gather(kb: KnowledgeBase, period: Period | null, about: string | null): Answer<Casualties> {
  // Groups were made once for the whole corpus: a question shows the groups holding the figures
  // it selects, with those figures only (a part "including four employees …" with its figure).
  const groups = kb.figureGroupsFor(period, about);
  if (groups.length === 0) {
    const what = [period && `in \`${formatPeriod(period)}\``, about && `matching ${echo(about)}`]
      .filter(Boolean)
      .join(' ');
    const hint = kb.figures.length ? nothingHint(period, about) : ' The corpus has none.';
    return notFound(`No casualty figures ${what}.${hint}`);
  }
  return found({ period, about, groups });
}

/** What would work instead: never the very query just run (a whole year is not told to try a whole year). */
function nothingHint(period: Period | null, about: string | null): string {
  if (period?.month !== undefined)
    return ` Try the whole year, \`period:${period!.year}\`, or leave out \`period\`.`;
  if (period) return ` Try another year, or leave out \`period\`${about ? ' or `about`' : ''}.`;
  return about ? ' Try other words, or leave out `about`.' : '';
}
