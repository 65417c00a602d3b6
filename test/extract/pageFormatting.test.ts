import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { formatSourceDate } from '../../src/extract/dates/format.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { foldPageFormatting, PAGE_REFORMATS, REFORMATS } from '../support/formatting.ts';

/**
 * Given an article as real pages bring it (runs of spaces, entities left in, invisible characters,
 * close-set em dashes around quotes), the same statements, dates and figures as the tidy text, and
 * every quoted excerpt an exact substring of the text as stored.
 */
const NOW = new Date('2026-11-23T00:00:00Z');

function extract(text: string) {
  const doc = buildDocument('article.txt', new TextEncoder().encode(text));
  if (!isDocument(doc)) throw new Error(doc.reason);
  return { doc, x: extractCorpus([doc], NOW).byDoc.get(doc.id)! };
}

/** Speaker and verbatim content of each statement, dates and figures, folded for formatting. */
function readOff(text: string): string[] {
  const { doc, x } = extract(text);
  const said = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  return [
    ...x.statements.map(
      (s) =>
        `${s.speaker.id} ${s.kind}: ${foldPageFormatting([s.quote, ...(s.continuation ?? [])].map(said).join(' '))}`,
    ),
    ...x.events.map((e) => `date ${formatSourceDate(e.date)} ${foldPageFormatting(e.expression)}`),
    ...x.figures.map((f) => `figure ${f.category} ${f.number.value} by ${f.reporter?.entity?.id ?? '-'}`),
  ].sort();
}

/** Every excerpt a statement quotes, as the stored text holds it. */
function excerpts(text: string): { stored: string; quoted: string[] } {
  const { doc, x } = extract(text);
  const spans = x.statements.flatMap((s) => [
    s.quote,
    s.context,
    ...(s.continuation ?? []),
    ...(s.clause ?? []),
  ]);
  return { stored: doc.text, quoted: spans.map((s) => doc.text.slice(s.start, s.end)) };
}

const HEAD = 'Families leave Stepanakert for Goris\n\nPublished: 2023-09-28\n\n';

describe('em dash pairs around a quote or an aside', () => {
  const forms = (open: string, close: string) => [
    `The teacher Anna Hakobyan${open}"we will not go back there"${close}said on Thursday that the town was empty.`,
    `"We will not go back there," Anna Hakobyan, a teacher${open}who fled on Monday${close}said on Thursday.`,
    `"We will not go back there"${open}Anna Hakobyan, a teacher, said on Thursday.`,
    `YEREVAN, Armenia (AP)${open}More than 28,000 people have fled Nagorno-Karabakh, the government said.`,
  ];
  const typewriter = forms(' -- ', ' -- ');

  for (const [name, open, close] of [
    ['spaced em dashes', ' \u2014 ', ' \u2014 '],
    ['close em dashes', '\u2014', '\u2014'],
    ['close typewriter dashes', '--', '--'],
    ['thin-spaced em dashes', '\u2009\u2014\u2009', '\u2009\u2014\u2009'],
  ] as const) {
    it(`reads ${name} as the typewriter form`, () => {
      forms(open, close).forEach((sentence, i) => {
        const tidy = readOff(`${HEAD}${typewriter[i]}\n`);
        expect(tidy.length).toBeGreaterThan(0);
        expect(readOff(`${HEAD}${sentence}\n`), sentence).toEqual(tidy);
      });
    });
  }

  it('keeps the speaker of a quote set between close em dashes with curly quotes', () => {
    const statement = readOff(
      `${HEAD}The teacher Anna Hakobyan\u2014\u201cwe will not go back there\u201d\u2014said on Thursday that the town was empty.\n`,
    ).find((line) => line.startsWith('text:'));
    expect(statement).toBe('text:anna-hakobyan reported: the town was empty');
  });
});

describe('runs of spaces inside a sentence', () => {
  it('reads the speaker and the figure of a justified line', () => {
    const tidy = `${HEAD}Armenia's Health Ministry said on Wednesday that at least 170 people were killed in the blast.\n`;
    const justified = tidy.replace(/ (?=said|at|were|killed)/g, '   ');
    expect(readOff(justified)).toEqual(readOff(tidy));
    expect(readOff(tidy).some((line) => line.startsWith('figure killed 170'))).toBe(true);
  });
});

/** Paragraphs written here, in several outlets' styles, to build articles from. */
const PARAGRAPHS = [
  'YEREVAN, Sept. 26 (Reuters) - More than 6,500 refugees have arrived in Armenia from Nagorno-Karabakh, the government said on Tuesday.',
  '"We will not abandon our people," Prime Minister Nikol Pashinyan told a cabinet meeting on Thursday.',
  "Azerbaijan's Foreign Ministry spokesperson Aykhan Hajizada said that humanitarian convoys could use the Aghdam road.",
  'At least 68 people were killed and nearly 300 injured in the explosion at a fuel depot on Monday, local officials said.',
  'The International Committee of the Red Cross said it had evacuated 17 wounded people to Armenia on Sept. 24.',
  "Lilit Grigoryan, 34, a nurse from Martakert, said her family's house was shelled on the night of September 19.",
  'Speaking in Baku, President Ilham Aliyev said the "anti-terrorist measures" had ended within a day.',
  '"The humanitarian situation is dire," said Marie O\'Brien, a spokeswoman for UNHCR, adding that 100,000 people had left.',
];

const CHANGES = { ...REFORMATS, ...PAGE_REFORMATS };
/**
 * Changes whose reading is ambiguous by design: a capitals kicker; hyphen bullets, since a short
 * article whose every hyphen line ends "…, local officials said." reads as speech typed with a
 * hyphen for its dash (the fixture articles keep that change, in the metamorphic tests).
 */
const AMBIGUOUS = /capitals|hyphen bullets/;
/** Changes of the lines: one at most, after the others (wrapping a wrapped text makes every line a paragraph). */
const LINES = /wrap|justified|blank lines|separators|CRLF|trailing spaces/;
/** Entities: one kind at most, last (encoding "&nbsp;" again would change the text). */
const ENTITIES = /entities/;
const ALL_NAMES = Object.keys(CHANGES).filter((n) => !AMBIGUOUS.test(n));
const NAMES = ALL_NAMES.filter((n) => !LINES.test(n) && !ENTITIES.test(n));

describe('an article written here, in any mix of the formats pages bring', () => {
  const articles = fc
    // One paragraph or more: a wrap in a short text is read off the line it breaks.
    .subarray(PARAGRAPHS, { minLength: 1 })
    .map((paragraphs) => `${HEAD}${paragraphs.join('\n\n')}\n`);
  const changes = fc
    .tuple(
      fc.shuffledSubarray(NAMES, { minLength: 1, maxLength: 3 }),
      fc.subarray(
        ALL_NAMES.filter((n) => LINES.test(n)),
        { maxLength: 1 },
      ),
      fc.subarray(
        ALL_NAMES.filter((n) => ENTITIES.test(n)),
        { maxLength: 1 },
      ),
    )
    .map((groups) => groups.flat());

  it('gives the same statements, dates and figures', () => {
    fc.assert(
      fc.property(articles, changes, (article, names) => {
        const changed = names.reduce((text, name) => CHANGES[name]!(text), article);
        expect(readOff(changed), names.join(' + ')).toEqual(readOff(article));
      }),
      { numRuns: 100 },
    );
  });

  it('quotes only exact substrings of the changed text', () => {
    fc.assert(
      fc.property(articles, changes, (article, names) => {
        const changed = names.reduce((text, name) => CHANGES[name]!(text), article);
        const { stored, quoted } = excerpts(changed);
        for (const excerpt of quoted) expect(stored.includes(excerpt)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
