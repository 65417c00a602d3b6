import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/**
 * Date lines in the forms agencies use: an optional place, a date in several orders, an optional
 * outlet marker and a separator. The date they give is the piece's publication date, never an event.
 */
const cases: { lead: string; published: string; outlet: string | null }[] = [
  {
    lead: 'AGI - Tbilisi, 4 Mar. 2021 - The two delegations met for a second day.',
    published: '2021-03-04',
    outlet: 'AGI',
  },
  {
    lead: 'ANSA – Brussels, 12 Oct. 2022 – The envoys agreed to meet again.',
    published: '2022-10-12',
    outlet: 'ANSA',
  },
  {
    lead: 'GANJA, March 3, 2021. A missile struck the city overnight.',
    published: '2021-03-03',
    outlet: null,
  },
  {
    lead: 'March 3, 2021 — 10:15 am EST\n\nThousands rallied in the capital.',
    published: '2021-03-03',
    outlet: null,
  },
  {
    lead: 'Baku/03.03.21/ Turan: Azerbaijan has begun registering returnees.',
    published: '2021-03-03',
    outlet: 'Turan',
  },
  {
    lead: 'Tbilisi, Mar 3 (EFE).- Georgia is ready to host talks.',
    published: '03-03 (year not established)',
    outlet: 'EFE',
  },
  {
    lead: 'March 3, Fineko/abc.az. Armenia must stop delaying the treaty.',
    published: '03-03 (year not established)',
    outlet: 'Fineko/abc.az',
  },
  {
    lead: 'YEREVAN, MARCH 3, ARMENPRESS. The search for the missing continues.',
    published: '03-03 (year not established)',
    outlet: 'ARMENPRESS',
  },
  {
    lead: 'BAKU, Azerbaijan, Mar. 3 / Trend:\n\nUnits of the army shelled the district.',
    published: '03-03 (year not established)',
    outlet: 'Trend',
  },
  {
    lead: '20:17, 3 March 2021\n\nTwo soldiers were killed on the border.',
    published: '2021-03-03',
    outlet: null,
  },
  {
    lead: 'MOSCOW, 19 Jan — RIA Novosti. Russia is ready to provide maps.',
    published: '01-19 (year not established)',
    outlet: 'RIA Novosti',
  },
  {
    lead: 'Shusha, May 12, APA. The President met returning residents.',
    published: '05-12 (year not established)',
    outlet: 'APA',
  },
  {
    lead: 'Baku, 14 September 2022\n\nQuestion: How do you comment on the clashes?',
    published: '2022-09-14',
    outlet: null,
  },
  {
    lead: 'Wed 27 Sep 2023 18.04 BST\n\nThe queue of cars stretched for miles.',
    published: '2023-09-27',
    outlet: null,
  },
  {
    lead: 'Published 28 September 2023\n\nAt least 200 people were killed.',
    published: '2023-09-28',
    outlet: null,
  },
  {
    lead: 'MOSCOW. Sept 24 (Interfax) - Russian peacekeepers have evacuated residents.',
    published: '09-24 (year not established)',
    outlet: 'Interfax',
  },
  {
    lead: 'Baku, 14 July 2020, 11:20 (Report) - Eleven servicemen were killed.',
    published: '2020-07-14',
    outlet: 'Report',
  },
  { lead: '17.11.2021 / 15:42\n\nFifteen servicemen were killed.', published: '2021-11-17', outlet: null },
  // Written for the figures review: forms from state agencies, aggregators and ministries.
  {
    lead: 'Baku, September 20, AZERTAC\n\nTwo civilians were wounded in the shelling of Shusha.',
    published: '09-20 (year not established)',
    outlet: 'AZERTAC',
  },
  {
    lead: 'BAKU, Azerbaijan, September 22. Trend:\n\nThe number of wounded servicemen has reached 511.',
    published: '09-22 (year not established)',
    outlet: 'Trend',
  },
  {
    lead: 'Baku, 21 September 2023, Report.az\n\nThe remains of servicemen were found.',
    published: '2023-09-21',
    outlet: 'Report.az',
  },
  {
    lead: '29 September 2023, 16:30 GMT+4\n\nOur teams have facilitated the safe passage of 2 500 people.',
    published: '2023-09-29',
    outlet: null,
  },
  {
    lead: 'Moscow. 21 September. INTERFAX.RU - Over 1,5 thousand civilians have been evacuated.',
    published: '09-21 (year not established)',
    outlet: 'INTERFAX.RU',
  },
  {
    lead: 'Baku, 20.09.2023, 17:05 (GMT+4), APA\n\nTwo civilians were killed by shelling in Khankendi.',
    published: '2023-09-20',
    outlet: 'APA',
  },
  {
    lead: 'Yerevan, 19.09.2023, 14:22\n\nHeavy shelling was reported near Martuni.',
    published: '2023-09-19',
    outlet: null,
  },
  {
    lead: 'YEREVAN, 30 Sep — Sputnik. Nearly 100 000 people have arrived in Armenia.',
    published: '09-30 (year not established)',
    outlet: 'Sputnik',
  },
  {
    lead: 'YEREVAN, September 28. /ARKA/. The number of displaced people reached 100.417.',
    published: '09-28 (year not established)',
    outlet: 'ARKA',
  },
];

function timelineOf(text: string) {
  const doc: CorpusDocument = {
    id: 'd',
    file: 'd.txt',
    text,
    sha256: '',
    label: 'd',
    meta: { title: null, outlet: null, published: null, url: null },
    bodyStart: 0,
  };
  return buildTimelines(
    [doc],
    new Map([['d', splitSentences(text, splitParagraphs(text))]]),
    new Date(Date.UTC(2026, 10, 23)),
  ).get('d')!;
}

describe('agency date lines set the publication date', () => {
  for (const c of cases) {
    const text = `A headline over the agency copy\n\n${c.lead}\n`;
    it(`${JSON.stringify(c.lead.split('\n')[0])} → published ${c.published}, outlet ${c.outlet ?? 'none'}`, () => {
      const { meta } = inferMetadata(text);
      expect(meta.published && formatSourceDate(meta.published.value)).toBe(c.published);
      if (c.outlet) expect(meta.outlet?.value).toBe(c.outlet);
      else expect(meta.outlet).toBeNull();
    });
    it(`${JSON.stringify(c.lead.split('\n')[0])} dates the timeline and is not itself an event`, () => {
      const timeline = timelineOf(text);
      expect(timeline.reference && formatSourceDate(timeline.reference)).toBe(c.published);
      // "struck the city overnight" is an event of the night into that day; the date line itself is none.
      expect(timeline.mentions.filter((m) => !m.role && m.text !== 'overnight')).toEqual([]);
    });
  }

  it('a two-digit year is read in full, as the writer stated it', () => {
    expect(inferMetadata('Baku/27.09.94/ Turan: Talks resumed.\n').meta.published?.value).toMatchObject({
      year: 1994,
      yearStatus: 'stated',
    });
  });

  it('sentences that open with a date or a place are not date lines', () => {
    for (const body of [
      'September 19, 2023. Azerbaijan launched an offensive.',
      'March 3 was a Tuesday.',
      'Yerevan, March 3, Officials said nothing.',
      'Armenia, Azerbaijan and Russia (the co-chairs) met on Monday.',
      'On September 22. Officials said: nothing.',
    ]) {
      expect(inferMetadata(`A headline over the copy here\n${body}\n`).meta.published).toBeNull();
    }
  });
});

describe('date lines on any text', () => {
  it('a date line, when read, is a verbatim stretch of its own first line', async () => {
    const fc = (await import('fast-check')).default;
    const { readDateline } = await import('../../src/corpus/metadata/dateline.ts');
    const piece = fc.constantFrom(
      'BAKU',
      'Baku',
      'Azerbaijan',
      ', ',
      '/',
      ' / ',
      'Mar. 3',
      'MARCH 3',
      '03.03.21',
      '2021',
      '(EFE)',
      '.-',
      ' — ',
      'Trend:',
      'ARMENPRESS.',
      'Fineko/abc.az.',
      '20:17',
      ' ',
      '\n',
      'The ministry said',
      '.',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const d = readDateline(text, 0);
        if (!d) return;
        expect(d.start).toBeGreaterThanOrEqual(0);
        expect(d.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(d.start, d.end)).toBe(d.text);
        expect(d.text).not.toContain('\n');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a transcript headline ending with where and when', () => {
  it('"Briefing by …, Moscow, October 5, 2023" dates the piece; a headline ending in a bare date does not', () => {
    const briefing = inferMetadata(
      'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, October 5, 2023\n\nQuestion: Any comment?\n',
    );
    expect(briefing.meta.published && formatSourceDate(briefing.meta.published.value)).toBe('2023-10-05');
    expect(
      inferMetadata('Remembering the war that began, 27 September 2020\n\nIt was a Sunday.\n').meta.published,
    ).toBeNull();
  });
});

describe('an "Updated" line', () => {
  it('is never the headline, and dates no publication', () => {
    const { meta } = inferMetadata(
      'Updated 19:40, 27.09.2023\n\nRefugee toll rises in Armenia\n\nOn Tuesday, 12 people fled.\n',
    );
    expect(meta.title?.value).toBe('Refugee toll rises in Armenia');
    expect(meta.published).toBeNull();
  });

  it('leaves a headline that starts with the word alone', () => {
    expect(
      inferMetadata('Updated rules for refugees announced\n\nMore people fled.\n').meta.title?.value,
    ).toBe('Updated rules for refugees announced');
  });
});

describe('an agency that names itself before the place and the date', () => {
  it('"AGI - Yerevan, 7 Dec. -" after a dated stamp is the stamp\'s day, never an event', () => {
    const text =
      'Foreign\n\nTalks on the border resume\n\n07 December 2023 15:48\n\n' +
      'AGI - Yerevan, 7 Dec. - The two delegations met this afternoon in the capital.\n';
    const timeline = timelineOf(text);
    expect(timeline.reference && formatSourceDate(timeline.reference)).toBe('2023-12-07');
    expect(timeline.mentions.filter((m) => !m.role).map((m) => m.text)).toEqual(['this afternoon']);
  });

  it('a capitalised word and a dash with no dated place after them is no date line', () => {
    expect(
      inferMetadata('A headline over the copy here\nNATO - the alliance met on Monday.\n').meta.published,
    ).toBeNull();
  });
});

describe('a stamp in another language, year first', () => {
  it('"2023. október 5. 14:20" dates the timeline; its year is no event of the body', () => {
    const text =
      'World\n\nShelling on the border overnight\n\nnews.example\n2023. október 5. 14:20\n\n' +
      'The ministry said the shelling began on Thursday.\n';
    const timeline = timelineOf(text);
    expect(timeline.reference && formatSourceDate(timeline.reference)).toBe('2023-10-05');
    expect(timeline.mentions.filter((m) => !m.role).map((m) => m.text)).toEqual(['on Thursday']);
  });
});
