import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';

const CORPUS = join(import.meta.dirname, '../../corpus');
const seed = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

describe('seed metadata (golden)', () => {
  it('000 (TASS): headline, dateline outlet, dateline date without a year; body starts at the dateline', () => {
    const text = seed('000_fa421d02e2779d37.txt');
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title).toEqual({
      value: 'Blinken tells Baku to stop hostilities in Nagorno-Karabakh',
      how: 'inferred',
      why: 'first line (headline)',
    });
    expect(meta.outlet).toEqual({
      value: 'TASS',
      how: 'inferred',
      why: 'dateline "WASHINGTON, September 20. /TASS/."',
    });
    expect(meta.published).toEqual({
      value: {
        precision: 'day',
        month: 9,
        day: 20,
        yearStatus: 'unknown',
        yearReason: 'the dateline gives no year',
      },
      how: 'stated',
      why: 'dateline "WASHINGTON, September 20. /TASS/."',
    });
    expect(meta.url).toBeNull();
    // The subheadline "US Secretary of State emphasized …" belongs to the header.
    expect(text.slice(bodyStart).startsWith('WASHINGTON, September 20. /TASS/. US Secretary')).toBe(true);
    expect(text.slice(meta.dateline!.start, meta.dateline!.end)).toBe('WASHINGTON, September 20. /TASS/.');
  });

  it('001 starts with a long sentence: no title, outlet or date, body from the start', () => {
    const { meta, bodyStart } = inferMetadata(seed('001_d8850208c26a01d9.txt'));
    expect(meta).toEqual({ title: null, outlet: null, published: null, url: null });
    expect(bodyStart).toBe(0);
  });

  it('002 (Caliber.Az): headline; outlet from "As Caliber.Az reports", not the State Department website it cites', () => {
    const text = seed('002_2eb07627606af149.txt');
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title).toEqual({
      value: 'Blinken: Just and lasting peace to benefit both Azerbaijan and Armenia',
      how: 'inferred',
      why: 'first line (headline)',
    });
    expect(meta.outlet).toEqual({
      value: 'Caliber.Az',
      how: 'inferred',
      why: 'the text says "As Caliber.Az reports"',
    });
    expect(meta.published).toBeNull();
    expect(meta.dateline).toBeUndefined();
    expect(text.slice(bodyStart).startsWith('At a news conference in New York')).toBe(true);
  });

  it('003 starts with a quote: no title from the text; Radio Liberty-style citations are not the outlet', () => {
    const { meta, bodyStart } = inferMetadata(seed('003_21b2102d4012c38e.txt'));
    expect(meta).toEqual({ title: null, outlet: null, published: null, url: null });
    expect(bodyStart).toBe(0);
  });

  it('004: Published: line gives the day and the year; Last Updated: is not the publication date; body after the repeated headlines', () => {
    const text = seed('004_e66b67808a051b34.txt');
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title).toEqual({
      value: 'Pompeo calls on Armenia and Azerbaijan to stop violence in Karabakh',
      how: 'inferred',
      why: 'first line (headline)',
    });
    expect(meta.outlet).toBeNull();
    expect(meta.published).toEqual({
      value: {
        precision: 'day',
        year: 2020,
        month: 10,
        day: 24,
        yearStatus: 'stated',
        yearReason: 'the Published: line gives the year',
      },
      how: 'stated',
      why: 'Published: line',
    });
    expect(text.slice(bodyStart).startsWith('Friday, US Secretary of State Mike Pompeo')).toBe(true);
  });
});

describe('header lines, in any order', () => {
  it('Title:, Source:, Published:, URL: are stated, and the body starts after them', () => {
    const text =
      'Source: Reuters\nPublished: 3 October 2023\nTitle: Armenia says talks will resume\nURL: https://example.com/a\n\nArmenia said on Tuesday that talks would resume.\n';
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title).toEqual({
      value: 'Armenia says talks will resume',
      how: 'stated',
      why: 'Title: line',
    });
    expect(meta.outlet).toEqual({ value: 'Reuters', how: 'stated', why: 'Source: line' });
    expect(meta.published?.value).toEqual({
      precision: 'day',
      year: 2023,
      month: 10,
      day: 3,
      yearStatus: 'stated',
      yearReason: 'the Published: line gives the year',
    });
    expect(meta.published?.how).toBe('stated');
    expect(meta.url).toEqual({ value: 'https://example.com/a', how: 'stated', why: 'URL: line' });
    expect(text.slice(bodyStart)).toBe('Armenia said on Tuesday that talks would resume.\n');
  });

  it('a headline first, then field lines after it; a Title: line wins over the headline', () => {
    const text =
      'Short headline for the article\nTitle: The real title\nDate: September 2023\n\nBody sentence here.\n';
    const { meta } = inferMetadata(text);
    expect(meta.title).toEqual({ value: 'The real title', how: 'stated', why: 'Title: line' });
    expect(meta.published?.value).toEqual({
      precision: 'month',
      year: 2023,
      month: 9,
      yearStatus: 'stated',
      yearReason: 'the Date: line gives the year',
    });
  });

  it('Last Updated: alone gives no publication date', () => {
    const { meta } = inferMetadata(
      'Some headline about talks\nLast Updated: 2024-04-16 12:40\n\nThe body starts here.\n',
    );
    expect(meta.published).toBeNull();
  });

  it('a Source: that is a web address is the URL, not the outlet', () => {
    const { meta } = inferMetadata('Source: https://news.example.org/story/1\n\nThe body starts here.\n');
    expect(meta.outlet).toBeNull();
    expect(meta.url).toEqual({
      value: 'https://news.example.org/story/1',
      how: 'stated',
      why: 'Source: line',
    });
  });

  it('Markdown: a # heading is the title, **Published:** fields are read, front matter too', () => {
    const md = '# Talks in Brussels end\n\n**Published:** 2023-09-22\n\nThe talks ended on Friday.\n';
    expect(inferMetadata(md).meta.title).toEqual({
      value: 'Talks in Brussels end',
      how: 'inferred',
      why: 'Markdown heading at the top',
    });
    expect(inferMetadata(md).meta.published?.value.day).toBe(22);
    const front =
      '---\ntitle: "Front matter title"\nsource: Armenpress\ndate: 2021-05-12\n---\n\nThe border incident happened overnight.\n';
    const { meta, bodyStart } = inferMetadata(front);
    expect(meta.title).toEqual({ value: 'Front matter title', how: 'stated', why: 'front matter title:' });
    expect(meta.outlet?.value).toBe('Armenpress');
    expect(meta.published?.value).toMatchObject({ year: 2021, month: 5, day: 12 });
    expect(front.slice(bodyStart)).toBe('The border incident happened overnight.\n');
  });

  it('a byline and a date line under the headline: the date line dates the article (stated)', () => {
    const text =
      'Pashinyan comments on peace treaty in Yerevan\nBy Jane Smith\nSeptember 20, 2023\nThe prime minister said the treaty was close.\n';
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title?.value).toBe('Pashinyan comments on peace treaty in Yerevan');
    expect(meta.published).toEqual({
      value: {
        precision: 'day',
        year: 2023,
        month: 9,
        day: 20,
        yearStatus: 'stated',
        yearReason: 'the date line gives the year',
      },
      how: 'stated',
      why: 'date line at the top ("September 20, 2023")',
    });
    expect(text.slice(bodyStart).startsWith('The prime minister')).toBe(true);
  });

  it('a Published: value that is not a date gives no date; ambiguous 10/03/2023 is not guessed', () => {
    expect(inferMetadata('Published: yesterday\n\nBody text here.\n').meta.published).toBeNull();
    expect(inferMetadata('Published: 10/03/2023\n\nBody text here.\n').meta.published).toBeNull();
    expect(inferMetadata('Published: 2023-02-30\n\nBody text here.\n').meta.published).toBeNull();
  });

  it('a Published: year-only or month-only date keeps that precision', () => {
    expect(inferMetadata('Published: 2020\n\nBody text here.\n').meta.published?.value).toMatchObject({
      precision: 'year',
      year: 2020,
    });
    expect(inferMetadata('Published: October 2020\n\nBody text here.\n').meta.published?.value).toMatchObject(
      { precision: 'month', year: 2020, month: 10 },
    );
  });
});

describe('headlines', () => {
  it('a short first line without a final full stop, followed by body, is the headline', () => {
    const { meta, bodyStart } = inferMetadata('Ceasefire holds in Karabakh\nThe ceasefire held overnight.\n');
    expect(meta.title?.value).toBe('Ceasefire holds in Karabakh');
    expect(bodyStart).toBe('Ceasefire holds in Karabakh\n'.length);
  });

  it('a first line that ends with a full stop is body, not a headline', () => {
    const { meta, bodyStart } = inferMetadata('The ceasefire held overnight.\nOfficials confirmed it.\n');
    expect(meta.title).toBeNull();
    expect(bodyStart).toBe(0);
  });

  it('a line with nothing after it is not a headline', () => {
    expect(inferMetadata('Ceasefire holds in Karabakh\n').meta.title).toBeNull();
  });

  it('one- and two-word section labels above the headline are skipped', () => {
    const { meta } = inferMetadata('World\n\nCeasefire holds in Karabakh\n\nThe ceasefire held overnight.\n');
    expect(meta.title?.value).toBe('Ceasefire holds in Karabakh');
  });

  it('a quoted headline counts; a quoted opening sentence does not', () => {
    expect(
      inferMetadata('“We will not leave,” Karabakh residents say\nResidents spoke on Monday.\n').meta.title
        ?.value,
    ).toBe('“We will not leave,” Karabakh residents say');
    expect(
      inferMetadata('“We will not leave,” residents said.\nThey spoke on Monday.\n').meta.title,
    ).toBeNull();
  });

  it('a headline ending with a question mark counts', () => {
    expect(inferMetadata('Will the ceasefire hold?\nDiplomats are doubtful.\n').meta.title?.value).toBe(
      'Will the ceasefire hold?',
    );
  });
});

describe('datelines of other agencies', () => {
  const cases: {
    text: string;
    dateline: string;
    outlet: string | null;
    date: Record<string, unknown> | null;
  }[] = [
    {
      text: 'MOSCOW, Oct 3 (Reuters) - Russia said on Tuesday it would send more peacekeepers.',
      dateline: 'MOSCOW, Oct 3 (Reuters) -',
      outlet: 'Reuters',
      date: { precision: 'day', month: 10, day: 3, yearStatus: 'unknown' },
    },
    {
      text: 'LONDON, Oct 3 (Reuters) - Britain called for restraint.',
      dateline: 'LONDON, Oct 3 (Reuters) -',
      outlet: 'Reuters',
      date: { month: 10, day: 3 },
    },
    {
      text: 'YEREVAN, September 21 (AP) — Armenia said its positions came under fire.',
      dateline: 'YEREVAN, September 21 (AP) —',
      outlet: 'AP',
      date: { month: 9, day: 21, yearStatus: 'unknown' },
    },
    {
      text: 'BAKU, 20 September 2023 /Trend/ Azerbaijan said the measures had ended.',
      dateline: 'BAKU, 20 September 2023 /Trend/',
      outlet: 'Trend',
      date: {
        precision: 'day',
        year: 2023,
        month: 9,
        day: 20,
        yearStatus: 'stated',
        yearReason: 'the dateline gives the year',
      },
    },
    {
      text: 'STEPANAKERT, November 10, 2020 (AFP) - Residents left the city.',
      dateline: 'STEPANAKERT, November 10, 2020 (AFP) -',
      outlet: 'AFP',
      date: { year: 2020, month: 11, day: 10, yearStatus: 'stated' },
    },
    {
      text: 'BAKU, Azerbaijan, Sept. 20 (APA) – The ministry said the operation was over.',
      dateline: 'BAKU, Azerbaijan, Sept. 20 (APA) –',
      outlet: 'APA',
      date: { month: 9, day: 20 },
    },
    {
      text: '(Reuters) - Armenia said on Tuesday that talks would resume.',
      dateline: '(Reuters) -',
      outlet: 'Reuters',
      date: null,
    },
    {
      text: 'WASHINGTON (Reuters) - The State Department said talks would resume.',
      dateline: 'WASHINGTON (Reuters) -',
      outlet: 'Reuters',
      date: null,
    },
    {
      text: 'MOSCOW, October 1. /RFE/RL/. The Kremlin said it was watching.',
      dateline: 'MOSCOW, October 1. /RFE/RL/.',
      outlet: 'RFE/RL',
      date: { month: 10, day: 1 },
    },
    {
      text: 'New York, Tuesday, September 19 (UN News) - The Secretary-General called for calm.',
      dateline: 'New York, Tuesday, September 19 (UN News) -',
      outlet: 'UN News',
      date: { month: 9, day: 19 },
    },
    {
      text: 'KYIV, March 3 — Officials said the talks had stalled.',
      dateline: 'KYIV, March 3 —',
      outlet: null,
      date: { month: 3, day: 3 },
    },
  ];

  for (const c of cases) {
    it(`${c.dateline} → outlet ${c.outlet ?? 'none'}, date ${c.date ? JSON.stringify(c.date) : 'none'}`, () => {
      const text = `A headline over the wire copy here\n${c.text}\n`;
      const { meta, bodyStart } = inferMetadata(text);
      expect(bodyStart).toBe(text.indexOf(c.text));
      expect(text.slice(meta.dateline!.start, meta.dateline!.end)).toBe(c.dateline);
      if (c.outlet)
        expect(meta.outlet).toEqual({ value: c.outlet, how: 'inferred', why: `dateline "${c.dateline}"` });
      else expect(meta.outlet).toBeNull();
      // The date line is the outlet stating the piece's date.
      if (c.date) expect(meta.published).toMatchObject({ value: c.date, how: 'stated' });
      else expect(meta.published).toBeNull();
    });
  }

  it('a dateline as the very first line is the start of the body, not a headline', () => {
    const text = 'BAKU, 20 September 2023 /Trend/\nAzerbaijan said the measures had ended.\n';
    const { meta, bodyStart } = inferMetadata(text);
    expect(meta.title).toBeNull();
    expect(bodyStart).toBe(0);
    expect(meta.outlet?.value).toBe('Trend');
  });

  it('sentences that merely contain parentheses or dates are not datelines', () => {
    for (const body of [
      'Armenia, Azerbaijan and Russia (the co-chairs) met on Monday.',
      'Friday, US Secretary of State Mike Pompeo called for calm.',
      'On September 19, tensions flared up again in Nagorno-Karabakh.',
      'The Collective Security Treaty Organization (CSTO) said it was monitoring.',
    ]) {
      expect(inferMetadata(`A headline over the copy here\n${body}\n`).meta.dateline).toBeUndefined();
    }
  });

  it('a stated Published: line wins over the dateline date; the dateline still gives the outlet', () => {
    const text =
      'Headline over the copy here\nPublished: 2023-09-20\n\nWASHINGTON, September 20. /TASS/. Blinken spoke with Aliyev.\n';
    const { meta } = inferMetadata(text);
    expect(meta.published?.how).toBe('stated');
    expect(meta.outlet?.value).toBe('TASS');
  });

  it('a Source: line wins over the dateline agency', () => {
    const { meta } = inferMetadata(
      'Source: Yahoo News\n\nLONDON, Oct 3 (Reuters) - Britain called for restraint.\n',
    );
    expect(meta.outlet).toEqual({ value: 'Yahoo News', how: 'stated', why: 'Source: line' });
  });
});

describe('an outlet naming itself in the lead', () => {
  it('"As X reports" names the outlet; what it reports "with reference to" does not', () => {
    const { meta } = inferMetadata('As Trend reports with reference to the ministry, the road reopened.\n');
    expect(meta.outlet).toEqual({ value: 'Trend', how: 'inferred', why: 'the text says "As Trend reports"' });
  });

  it('"X reports citing …" at a sentence start names the outlet', () => {
    const { meta } = inferMetadata(
      'The road reopened. News.am reports citing local residents that traffic resumed.\n',
    );
    expect(meta.outlet?.value).toBe('News.am');
  });

  it('past-tense citations of other media are not the outlet', () => {
    expect(
      inferMetadata('The Armenian service of Radio Liberty reported that 27 people died.\n').meta.outlet,
    ).toBeNull();
    expect(inferMetadata('As Reuters reported last week, the talks stalled.\n').meta.outlet).toBeNull();
  });

  it('"…, X reports." closing the first sentence of the lead names the outlet', () => {
    const { meta } = inferMetadata(
      'Road reopens\n\nTraffic on the Lachin road resumed on Tuesday after a two-day closure, Azertac reports.\n',
    );
    expect(meta.outlet).toEqual({
      value: 'Azertac',
      how: 'inferred',
      why: 'the text says "Azertac reports."',
    });
    // Later in the lead, or in the past tense, it cites another outlet.
    expect(
      inferMetadata('Road reopens\n\nTraffic resumed. Two trucks crossed on Tuesday, Azertac reports.\n').meta
        .outlet,
    ).toBeNull();
    expect(
      inferMetadata('Road reopens\n\nTraffic on the Lachin road resumed on Tuesday, Azertac reported.\n').meta
        .outlet,
    ).toBeNull();
  });

  it('an agency date line opening a paragraph under a deck names the outlet', () => {
    const text =
      'Bridge reopens\n\nThe repairs took four months. Traffic is light.\n\nGORIS, 3 Mar - Sputnik. The bridge reopened.\n';
    expect(inferMetadata(text).meta.outlet?.value).toBe('Sputnik');
    expect(
      inferMetadata('Bridge reopens\n\nIn Goris, 3 Mar - the bridge. It reopened.\n').meta.outlet,
    ).toBeNull();
  });
});

describe('invariants for any text', () => {
  it('bodyStart and the dateline lie inside the text, and every title, outlet and URL read off it is verbatim text (white space folded)', async () => {
    const fc = (await import('fast-check')).default;
    const line = fc.oneof(
      fc.constantFrom(
        'Ceasefire holds in Karabakh',
        'World',
        'Published: 2020-10-24 16:27',
        'Title: A stated title',
        'Source: Trend',
        'LONDON, Oct 3 (Reuters) - Britain called for restraint.',
        'WASHINGTON, September 20. /TASS/. Blinken spoke.',
        '# Heading here',
        'As Caliber.Az reports, the road reopened.',
        'By Jane Smith',
        'September 20, 2023',
        '---',
        '',
        '  ',
        'https://example.org/x',
      ),
      fc.string({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const { meta, bodyStart } = inferMetadata(text);
        expect(bodyStart).toBeGreaterThanOrEqual(0);
        expect(bodyStart).toBeLessThanOrEqual(text.length);
        if (meta.dateline) {
          expect(meta.dateline.start).toBeGreaterThanOrEqual(bodyStart);
          expect(meta.dateline.end).toBeLessThanOrEqual(text.length);
        }
        // A headline wrapped over lines is read as one title, its white space folded (rule 1 allows it).
        const folded = text.replace(/\s+/g, ' ');
        for (const field of [meta.title, meta.outlet, meta.url])
          if (field) expect(folded).toContain(field.value.replace(/\s+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a short lowercase label alone on the first line', () => {
  const release = [
    'released by the press office of the tribunal',
    '',
    'Release no. 77 (2021)',
    '14.05.2021',
    '',
    'Tribunal rules on the detention of two shepherds',
    '',
    'The tribunal has today decided that the two shepherds must be released.',
  ].join('\n');

  it('does not stop the header: the date line below it dates the piece', () => {
    const { meta } = inferMetadata(release);
    expect(meta.published?.value).toMatchObject({ precision: 'day', year: 2021, month: 5, day: 14 });
    expect(release.slice(inferMetadata(release).bodyStart)).toMatch(/^The tribunal has today decided/);
  });

  it('while a lowercase first sentence of running text is the body', () => {
    const text =
      'the shepherds were released on Monday, their lawyer said.\n\nThey had been held for a week.';
    expect(inferMetadata(text).bodyStart).toBe(0);
  });
});
