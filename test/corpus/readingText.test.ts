import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { readingText } from '../../src/corpus/readingText.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { formatSourceDate } from '../../src/extract/dates/format.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { REFORMATS } from '../support/formatting.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

function doc(text: string): CorpusDocument {
  const built = buildDocument('article.txt', new TextEncoder().encode(text));
  if (!isDocument(built)) throw new Error(built.reason);
  return built;
}

/** What a reader takes from an article: who said what, which dates, which figures, its title and date. */
function reading(text: string) {
  const d = doc(text);
  const { byDoc, timelines } = extractCorpus([d], NOW);
  const x = byDoc.get(d.id)!;
  // Verbatim text, with white space folded and digit groups read as one number.
  const said = (s: { start: number; end: number }) =>
    d.text
      .slice(s.start, s.end)
      .replace(/(\d)[,\s](?=\d{3})/g, '$1')
      .replace(/\s+/g, ' ');
  const reference = timelines.get(d.id)!.reference;
  return {
    title: d.meta.title?.value.replace(/\s*(?:--|[\u2013\u2014])\s*/g, ' - '),
    published: reference ? formatSourceDate(reference) : null,
    statements: x.statements.map((s) => `${s.speaker.id}: ${said(s.quote)}`),
    dates: x.events.map((e) => formatSourceDate(e.date)),
    figures: x.figures.map((f) => `${f.category} ${f.number.value}`),
  };
}

describe('readingText keeps every offset and reads formatting alike', () => {
  it('has the stored text’s length, character for character', () => {
    const text = 'Mr.\u00a0Aliyev said\u2009\r\n5\u2009000 people\tleft.';
    const read = readingText(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe('Mr. Aliyev said  \n5,000 people left.');
  });

  it('reads a thin or no-break space grouping digits as a thousands comma, not a year and a count', () => {
    expect(readingText('about 100\u202f000 people')).toBe('about 100,000 people');
    expect(readingText('in 2023\u00a0September')).toBe('in 2023 September');
  });

  it('leaves a wire story with one long line a paragraph as it is', () => {
    const line =
      'The minister said the talks in Brussels would resume after the border incident of last week.';
    const text = `${line} ${line}\n${line} ${line}\n\n${line} ${line}\n`;
    expect(readingText(text)).toBe(text);
  });

  it('keeps the breaks of a transcript whose turns sit on short lines', () => {
    const text = [
      'Transcript',
      '',
      'HOST: Welcome back to the programme, where we talk about the region this week.',
      'GUEST: Thank you. The talks are stalled and nobody expects a deal before spring.',
      'HOST: Why is that, and who is holding up the agreement on the border commission?',
      'GUEST: Both sides are, in different ways, and the mediators have little leverage.',
    ].join('\n');
    expect(readingText(text)).toBe(text);
  });
});

describe('the same article in other formatting gives the same statements, dates and figures', () => {
  const article = [
    'Azerbaijan and Armenia trade blame after border clash near Sotk',
    '',
    'Published: September 14, 2022',
    '',
    'Armenian Defence Minister Suren Papikyan said on Tuesday that Azerbaijani forces had shelled positions near the town of Jermuk overnight.',
    '',
    '"We will defend every inch of our land," Prime Minister Nikol Pashinyan told parliament on Wednesday.',
    '',
    'At least 49 Armenian soldiers were killed and 12,500 people fled their homes, the Armenian Defence Ministry said.',
  ].join('\n');

  it('hard-wrapped at 70 columns with single newlines', () => {
    const wrapped = [
      'Azerbaijan and Armenia trade blame after border clash near Sotk',
      '',
      'Published: September 14, 2022',
      '',
      'Armenian Defence Minister Suren Papikyan said on Tuesday that',
      'Azerbaijani forces had shelled positions near the town of Jermuk',
      'overnight.',
      '',
      '"We will defend every inch of our land," Prime Minister Nikol',
      'Pashinyan told parliament on Wednesday.',
      '',
      'At least 49 Armenian soldiers were killed and 12,500 people fled',
      'their homes, the Armenian Defence Ministry said.',
    ].join('\n');
    const original = reading(article);
    expect(original.statements.length).toBeGreaterThanOrEqual(2);
    expect(original.figures).toContain('displaced 12500');
    expect(reading(wrapped)).toEqual(original);
  });

  it('with CRLF line endings, trailing spaces and a leading byte-order mark', () => {
    expect(reading(`\ufeff${article.replace(/\n/g, '  \r\n')}`)).toEqual(reading(article));
  });

  it('with no-break spaces after titles and thin spaces grouping digits', () => {
    const spaced = article
      .replace('Minister Suren', 'Minister\u00a0Suren')
      .replace('Minister Nikol', 'Minister\u00a0Nikol')
      .replace('12,500', '12\u2009500')
      .replace('49 Armenian', '49\u00a0Armenian');
    expect(reading(spaced)).toEqual(reading(article));
  });
});

describe('typographic variants read alike', () => {
  it('reads a curly apostrophe between letters as a straight one, and only there', () => {
    expect(readingText('Azerbaijan\u2019s office, the \u2018hostile\u2019 act')).toBe(
      "Azerbaijan's office, the \u2018hostile\u2019 act",
    );
  });

  it('reads a typewriter dash as an em dash, keeping the length', () => {
    expect(readingText('Briefing -- September 26\n-- The mandate\nwords--more')).toBe(
      'Briefing \u2014  September 26\n\u2014  The mandate\nwords \u2014more',
    );
  });

  it('gives a possessive body its statement whatever the apostrophe', () => {
    const straight =
      "Azerbaijan's Prosecutor General's Office said it had opened a criminal case on Thursday.";
    expect(reading(straight.replace(/'/g, '\u2019'))).toEqual(reading(straight));
    expect(reading(straight).statements).toHaveLength(1);
  });

  it('reads a briefing header and post stamps with double hyphens as with dashes', () => {
    const dashed = [
      'Department Press Briefing \u2013 September 26, 2023',
      '',
      '14:05 \u2014 Health officials said the number of wounded had reached 359.',
      '',
      '15:02 \u2014 Prosecutors said a civilian was killed by shelling in the town of Shusha on Tuesday.',
    ].join('\n');
    const typed = dashed.replace(/ [\u2013\u2014] /g, ' -- ');
    const original = reading(dashed);
    expect(original.published).toBe('2023-09-26');
    expect(reading(typed)).toEqual(original);
  });
});

describe('hard wraps around words a wrapper cannot break', () => {
  it('joins a line whose next word is a number held together by no-break spaces', () => {
    const text = [
      'Title line',
      '',
      'According to the Armenian authorities and to their officials, more than',
      '28\u00a0000\u00a0people had crossed into Armenia by this morning, and the',
      'government said that some 1\u00a0500 were still arriving at every hour.',
      'Another wrapped line follows here so that this paragraph has its breaks',
      'and ends here.',
      '',
      'https://example.org/a/very/long/link/that/no/wrapper/could/ever/break/because/it/has/no/spaces/at/all',
    ].join('\n');
    const read = readingText(text);
    expect(read).toContain('more than 28,000 people had crossed');
    expect(read).toContain('the government said');
    expect(read).toContain('every hour. Another');
    expect(read).toContain('Title line\n');
  });
});

describe('a CRLF hard wrap leaves two spaces where a line broke', () => {
  it('still reads "According to X," across the break', () => {
    const article = [
      'Putin and Aliyev discuss the deaths of Russian peacekeepers',
      '',
      'Published: September 21, 2023',
      '',
      'The leaders spoke by phone on Thursday about the situation in the region and the work of the Russian peacekeeping contingent. According to the Russian side, five servicemen were killed when their vehicle came under fire near the village.',
      '',
      'The President of Russia stressed that the safety of the peacekeeping contingent and of the civilian population must be ensured in the coming days and weeks.',
    ].join('\n');
    const original = reading(article);
    expect(original.statements).toContain(
      'gov-russia: five servicemen were killed when their vehicle came under fire near the village',
    );
    const wrapped = REFORMATS['hard wrap at 70']!(article).replace(/\n/g, '\r\n');
    expect(wrapped).toContain('According\r\nto the Russian side');
    expect(reading(wrapped)).toEqual(original);
  });
});

describe('words kept as written come from the stored text', () => {
  it('gives the mention, date expression and figure words with the page’s own apostrophes and dashes', () => {
    const text =
      'Title of the piece\n\nAzerbaijan\u2019s Prosecutor General\u2019s Office said on September 21, 2023 that 12\u2009500 people had fled the region\u2019s towns.';
    const d = doc(text);
    const x = extractCorpus([d], NOW).byDoc.get(d.id)!;
    expect(x.statements.map((s) => s.mention)).toEqual([
      'Azerbaijan\u2019s Prosecutor General\u2019s Office',
    ]);
    for (const e of x.events) expect(text).toContain(e.expression);
    for (const f of x.figures)
      expect(text.replace(/\s+/g, ' ')).toContain(f.number.text.replace(/\s+/g, ' '));
  });
});

describe('spaces and apostrophes are read as the lookbehind patterns read them', () => {
  // The patterns written with a leading lookbehind, kept here as the spec the faster callbacks meet.
  const spec = (text: string): string =>
    text
      .replace(
        /(?<=\d)([\u00a0\u2009\u202f])(?=\d{3}(?!\d))|[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]/g,
        (_space: string, group: string | undefined) => (group ? ',' : ' '),
      )
      .replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'");
  const pieces = [
    '1',
    '5',
    '000',
    '12',
    'a',
    'É',
    '𝒜',
    '\u2019',
    '\u00a0',
    '\u2009',
    '\u202f',
    '\t',
    '\r',
    ' ',
    '\n',
    '\ud835',
  ];

  it('on any mix of digits, letters, astral letters, lone surrogates, odd spaces and right quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        // Hard-wrap reading only touches line breaks, which these texts keep too short to wrap.
        expect(readingText(text)).toBe(spec(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a hard wrap is read from the line it breaks as well as from the whole text', () => {
  const joined = (text: string) => readingText(text).split('\n').filter(Boolean);

  it('joins a wrap inside an inverted attribution in a one-paragraph text', () => {
    const text = [
      'Aid reaches Goris',
      '',
      '"The humanitarian situation is dire," said Marie O\'Brien, a spokeswoman for',
      'UNHCR, adding that 100,000 people had left.',
    ].join('\n');
    expect(joined(text)).toEqual([
      'Aid reaches Goris',
      '"The humanitarian situation is dire," said Marie O\'Brien, a spokeswoman for UNHCR, adding that 100,000 people had left.',
    ]);
    const afterComma =
      '"We will not abandon our people," Prime Minister Nikol Pashinyan,\na cabinet member said.';
    expect(joined(`Title\n\n${afterComma}`)).toHaveLength(2);
  });

  it('joins a line ending mid-sentence: before lowercase, a count, or after a title abbreviation', () => {
    for (const [line, next] of [
      [
        'The International Committee of the Red Cross said on Sunday that it had',
        'evacuated 17 wounded people.',
      ],
      ['The International Committee of the Red Cross said it had evacuated', '17 wounded people to Armenia.'],
      ['More than 6,500 refugees have arrived in Armenia from the region in', 'Goris, the government said.'],
      ['The refugees were met at the border crossing on Tuesday by Dr.', 'Anna Hakobyan of the ministry.'],
    ])
      expect(joined(`Title\n\n${line}\n${next}`), line).toEqual(['Title', `${line} ${next}`]);
  });

  it('joins a colon in running text, and a dash a wrap put first in a wrapped text', () => {
    const colon =
      'The deputy minister said: "We will be honest with you about this:\nthe scale is beyond our plans."';
    expect(joined(`Title\n\n${colon}`)).toEqual(['Title', colon.replace('\n', ' ')]);
    // Wrapped at 60 columns, the break falls right before the dash that ends the speaker's label.
    const turn =
      'Josep Borrell, High Representative of the Union for Foreign Affairs. \u2013 Madam President, ' +
      'honourable Members, two weeks ago a military operation ended thirty years of presence in the ' +
      'region. According to officials more than 100,000 people have now left the region for Armenia.';
    const lines: string[] = [];
    for (const word of turn.split(' ')) {
      const last = lines.length - 1;
      if (last >= 0 && lines[last]!.length + 1 + word.length <= 68) lines[last] += ` ${word}`;
      else lines.push(word);
    }
    expect(lines[1]).toMatch(/^\u2013 Madam/);
    expect(joined(`Title\n\n${lines.join('\n')}`)).toEqual(['Title', turn]);
    expect(joined('Title\n\nThe key points of the plan:\nThe border reopens.')).toHaveLength(3);
  });

  it('joins a wrapped text without blank lines inside its paragraphs, keeping the header and paragraph ends', () => {
    const text = [
      'Separatist government of the region says it will dissolve itself',
      'The decree takes effect on the first day of next year',
      'YEREVAN, Sept. 28 (AP) — The separatist government of the region',
      'said Thursday it will dissolve itself by the end of the year, after the',
      'lightning offensive of Sept. 19 by the Azerbaijani army in Karabakh.',
      'The decree, signed by the leader of the region, Samvel Shahramanyan,',
      'says all the institutions will cease to exist by the first of January',
      'Next Year, the date the region has set, and that residents may leave.',
    ].join('\n');
    expect(readingText(text).split('\n')).toEqual([
      'Separatist government of the region says it will dissolve itself',
      'The decree takes effect on the first day of next year',
      'YEREVAN, Sept. 28 (AP) — The separatist government of the region said Thursday it will dissolve itself by the end of the year, after the lightning offensive of Sept. 19 by the Azerbaijani army in Karabakh.',
      'The decree, signed by the leader of the region, Samvel Shahramanyan, says all the institutions will cease to exist by the first of January Next Year, the date the region has set, and that residents may leave.',
    ]);
  });

  it('keeps the breaks of lines that each end a sentence, however wide', () => {
    const header = [
      'The border crossing at the Hakari bridge reopened on Tuesday morning.',
      'Officials in Goris registered more than two thousand arrivals by noon.',
      'The ministry said buses would run to Yerevan through the whole night.',
      'Aid groups asked for blankets, water and medicine for the new arrivals.',
      '',
      'Body.',
    ].join('\n');
    expect(readingText(header)).toBe(header);
  });

  it('keeps the breaks of table rows, a title over its byline, verse and short list lines', () => {
    const table = [
      'Town            Notes            Arrivals     Sheltered     On the road',
      'Goris           school open         1,200           900             300',
      'Kapan           hotel open            800           640             160',
      'Vayk            full                  410           400              10',
      '',
      'Figures from the regional offices.',
    ].join('\n');
    expect(readingText(table)).toBe(table);
    const byline = 'Separatist government of the region says it will dissolve itself\nBy Jane Smith\n\nBody.';
    expect(readingText(byline)).toBe(byline);
    const verse = [
      'A long first line of the poem the refugees sang at the border crossing,',
      'and we left,',
      'and the road was long,',
      '',
      'Body.',
    ].join('\n');
    expect(joined(verse)).toEqual([
      'A long first line of the poem the refugees sang at the border crossing, and we left,',
      'and the road was long,',
      'Body.',
    ]);
  });
});
