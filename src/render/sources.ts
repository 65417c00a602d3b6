import type { SourceEntry, Sources } from '../answer/sources.ts';
import type { Sourced } from '../corpus/types.ts';
import { showDate } from './cite.ts';
import { label } from './markdown.ts';
import { pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';

function field(name: string, value: Sourced<string> | null): string {
  return value
    ? `${name}: ${label(value.value)} *(${value.how}: ${label(value.why)})*`
    : `${name}: not stated`;
}

function sourceBlock(e: SourceEntry): string {
  const { document: doc, timeline } = e;
  const published = doc.meta.published
    ? `Published: ${showDate(doc.meta.published.value)} *(${doc.meta.published.how}: ${label(doc.meta.published.why)})*`
    : 'Published: not stated';
  const dated = timeline?.reference
    ? `Dated for the timeline: ${showDate(timeline.reference)}${timeline.referenceBasis ? ` *(${label(timeline.referenceBasis)})*` : ''}`
    : 'Dated for the timeline: date not stated';
  return [
    `**${label(doc.file)}** · id ${label(doc.id)}`,
    field('Title', doc.meta.title),
    field('Outlet', doc.meta.outlet),
    published,
    dated,
    field('URL', doc.meta.url),
    ...(doc.meta.author ? [field('Author', doc.meta.author)] : []),
    ...(doc.meta.fetched
      ? [
          `Fetched: ${label(doc.meta.fetched.at)} from ${label(doc.meta.fetched.from)} by ${label(doc.meta.fetched.by)}`,
        ]
      : []),
    `Extracted: ${e.statements} statements, ${e.events} dated events, ${e.figures} figures`,
  ].join('\n');
}

export function renderSources(answer: Sources): Reply {
  const warnings = answer.warnings.map((w) => `• ${label(w.file)}: ${label(w.reason)}`);
  return pagesReply({
    title: 'Sources in the corpus',
    intro: `${answer.entries.length} documents. Each field says how it was obtained: stated in the text or the page's metadata (naming the tag), inferred from the text, or given in the manifest.`,
    blocks: (function* () {
      yield* renderEach(answer.entries, sourceBlock);
      if (warnings.length) yield `**Loader and manifest warnings**\n${warnings.join('\n')}`;
    })(),
    total: answer.entries.length + (warnings.length ? 1 : 0),
  });
}
