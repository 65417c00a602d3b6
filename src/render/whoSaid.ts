import type { SaidExcerpt, SideGroup, WhoSaid } from '../answer/whoSaid.ts';
import { affiliationLabel, SPEAKING_SIDES } from '../extract/entities/affiliations.ts';
import { withBothNames } from '../extract/entities/placeNames.ts';
import type { Entity } from '../extract/types.ts';
import { citation, showDate } from './cite.ts';
import { code, label, quoteBlock } from './markdown.ts';
import { pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';
import { searchedAs } from './placeNote.ts';

const EXCERPT_MAX = 900;

/** Speakers repeat from block to block: each name and role is escaped once (bounded, as the corpus's speakers are). */
const shownSpeakers = new Map<string, string>();

function who(entity: Entity): string {
  const key = `${entity.name}\u0000${entity.role || ''}`;
  let shown = shownSpeakers.get(key);
  if (shown === undefined) {
    const name = label(withBothNames(entity.name));
    shown = entity.role ? `**${name}** (${label(withBothNames(entity.role))})` : `**${name}**`;
    if (shownSpeakers.size >= 10_000) shownSpeakers.clear();
    shownSpeakers.set(key, shown);
  }
  return shown;
}

function statementBlock({ statement: s, side, sides, text, citation: cited, together }: SaidExcerpt): string {
  const via = s.via ? `, via ${who(s.via)}` : '';
  const kind = s.kind === 'direct' ? 'quoted' : 'reported speech';
  const speakers = jointNames([s.speaker, ...(together ?? [])]);
  const speaker =
    s.line === 'headline' ? `${headlineOf(cited.document.outlet)}, attributed to ${speakers}` : speakers;
  const shown = s.line === 'headline' ? "the outlet's words" : kind;
  const sideShown = sides
    ? `sides: ${joined(sides.map(affiliationLabel))} (joint statement)`
    : `side: ${affiliationLabel(side)}`;
  const head = `${speaker}${via} · ${sideShown} · ${showDate(s.date)} · ${shown}`;
  return `${head}\n${quoteBlock(text, EXCERPT_MAX)}\n${citation(cited)}`;
}

/** The speakers of one joint statement: "A", "A and B", "A, B and C". */
function jointNames(speakers: readonly Entity[]): string {
  return joined(speakers.map(who));
}

/** "A", "A and B", "A, B and C". */
function joined(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A headline's statement is the outlet's telling, named as such before the speaker. */
function headlineOf(outlet: string | null): string {
  return outlet ? `Headline of ${label(outlet)}` : 'Headline';
}

export function renderWhoSaid(answer: WhoSaid): Reply {
  if (answer.kind === 'speakers') {
    const blocks = renderEach(answer.speakers, (s) => {
      const relayed = s.relayed ? `, relayed ${s.relayed} for others` : '';
      const n = s.statements === 1 ? '1 statement' : `${s.statements} statements`;
      return `${who(s.entity)}: ${n}${relayed} · side: ${affiliationLabel(s.side)}`;
    });
    return pagesReply({
      title: 'Speakers in the corpus',
      intro:
        'Who is quoted or reported, with how many statements. Ask `/who-said speaker:<name>` for what one said.',
      blocks,
      total: answer.speakers.length,
      note: `${answer.speakers.length} speakers`,
    });
  }
  const subject = answer.speaker ? label(answer.speaker.name) : '';
  const asked = [
    answer.speaker && `speaker ${code(answer.speaker.name)}`,
    answer.about && `about ${code(answer.about)}${searchedAs(answer.about)}`,
    answer.side && `side ${code(affiliationLabel(answer.side))}`,
  ]
    .filter(Boolean)
    .join(', ');
  const n = answer.statements.length;
  const order = answer.groups ? 'grouped by side, oldest first in each' : 'oldest first';
  return pagesReply({
    title: answer.speaker ? `What ${subject} said` : 'Who said it',
    intro: `${n} ${n === 1 ? 'statement' : 'statements'} for ${asked}, ${order}. Excerpts are verbatim.`,
    blocks: answer.groups
      ? groupedBlocks(answer.groups, answer.about)
      : renderEach(answer.statements, statementBlock),
    total: answer.statements.length,
  });
}

/**
 * Each side's statements under a heading that names the side and counts them, then joint
 * statements across sides under their own; the heading rides on the first block.
 */
function* groupedBlocks(groups: readonly SideGroup[], about: string | null): Generator<string> {
  for (const group of groups) {
    const n = group.statements.length;
    const title = group.side
      ? `Side: ${affiliationLabel(group.side)}`
      : `Joint statements across sides: ${joined(group.sides.map(affiliationLabel))}`;
    const heading = `__**${title}**__ · ${n} ${n === 1 ? 'statement' : 'statements'}`;
    let first = true;
    for (const s of group.statements) {
      yield first ? `${heading}\n${statementBlock(s)}` : statementBlock(s);
      first = false;
    }
  }
  // Said, not left to be inferred: which sides the corpus has no matching statement from.
  const silent = SPEAKING_SIDES.filter((side) => !groups.some((g) => g.sides.includes(side)));
  if (silent.length && about)
    yield `**No statement matching ${code(about)} in the corpus from:** ${silent.map(affiliationLabel).join(', ')}.`;
}
