import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, published, timelineOf } from './dateLayouts.helpers.ts';

/**
 * Publication dates in layouts beyond the agencies' date lines: a rights group's bracketed date
 * line, a ministry's place and date with its file number or at its foot, a briefing transcript's
 * title, a site's slash-date stamp. The date fills Published, dates "today" and weekdays, and is
 * never an event itself.
 */

describe('publication dates from more layouts', () => {
  it('a bracketed place and date before a dash: "(Yerevan, November 14, 2023) –"', () => {
    const text =
      'Armenia: Shelters Short of Heating\n\n(Yerevan, November 14, 2023) – Families who fled the region ' +
      'face winter in unheated schools, the group said today. Monitors visited on November 2.\n';
    expect(published(text)).toBe('2023-11-14');
    expect(events(text)).toEqual({ today: '2023-11-14', 'on November 2': '2023-11-02' });
  });

  it('a place and date with a file number: "Tbilisi, 12 March 2024, No:0417/24"', () => {
    const text =
      'Press release of the Ministry on the border commission\n\nTbilisi, 12 March 2024, No:0417/24\n\n' +
      'The ministry welcomed the meeting of the border commissions held today. The previous round took ' +
      'place on 1 March.\n';
    expect(published(text)).toBe('2024-03-12');
    expect(events(text)).toEqual({ today: '2024-03-12', 'on 1 March': '2024-03-01' });
  });

  it('a title ending with a dash and the day: "Daily Press Briefing – May 7, 2024"', () => {
    const text =
      'Daily Press Briefing – May 7, 2024\n\nJane Doe, Deputy Spokesperson\n\nMS DOE: This morning the ' +
      'Deputy Secretary met the delegation. We have seen reports of shelling this week.\n';
    expect(published(text)).toBe('2024-05-07');
    expect(events(text)).toMatchObject({ 'This morning': '2024-05-07' });
  });

  it('a dash inside a title without a full date gives nothing', () => {
    expect(published('Karabakh – what comes next\n\nThe talks resumed in the capital.\n')).toBeNull();
  });

  it('a place and date closing a statement date it, and are no event', () => {
    const text =
      'Statement of the Ministry of Foreign Affairs\n\nOn 19 February, the ministry received the ' +
      'delegation of the mission for talks.\n\nWe call on both sides to show restraint.\n\nYerevan, 21 February 2024\n';
    expect(published(text)).toBe('2024-02-21');
    expect(events(text)).toEqual({ 'On 19 February': '2024-02-19' });
  });

  it('a last line that is a sentence is no closing date line', () => {
    expect(
      published(
        'A headline over the copy\n\nThe talks resumed in the capital.\n\nBaku, March 3, then Tbilisi.\n',
      ),
    ).toBeNull();
  });
});

describe('slash dates: the order is read, never guessed', () => {
  const stamp = (value: string, lead: string) =>
    `A headline over the copy\n\nPublished on ${value}\n\n${lead}\n`;

  it('one order alone is a date: 14/10/2023 is 14 October', () => {
    expect(published(stamp('14/10/2023 - 09:15', 'The talks resumed in the capital today.'))).toBe(
      '2023-10-14',
    );
  });

  it("the lead's weekday settles it when it fits one order only", () => {
    // 3 October 2023 was a Tuesday; 10 March 2023 a Friday.
    const text = stamp(
      '03/10/2023 - 16:42',
      'Paris (AFP) - The minister announced on Tuesday that aid would double.',
    );
    expect(published(text)).toBe('2023-10-03');
    expect(inferMetadata(text).meta.published?.how).toBe('inferred');
    expect(events(text)).toMatchObject({ 'on Tuesday': '2023-10-03' });
  });

  it('no weekday, or one that fits both orders or neither: no date', () => {
    expect(
      published(stamp('03/10/2023 - 16:42', 'The minister announced that aid would double soon.')),
    ).toBeNull();
    // 5 June 2024 was a Wednesday, 6 May 2024 a Monday: a Saturday is neither, nor the day before either.
    expect(
      published(stamp('05/06/2024', 'The minister announced on Saturday that aid would double.')),
    ).toBeNull();
  });
});

describe('a date line in parts: byline, section, reading time', () => {
  const lead = 'The leaders met in Brussels on Tuesday for talks hosted by the European Union.';
  it.each([
    'By Jane Doe | September 26, 2023',
    'News | 26 September 2023',
    'Press release | 26 September 2023',
    'Sep 26, 2023 · 3 min read',
    'Jane Doe · 26 September 2023',
    'September 26, 2023 By Jane Doe',
    '26 September 2023, 14:05 | Politics',
  ])('%s → published 2023-09-26, the line no event', (line) => {
    const text = `Armenia and Azerbaijan hold talks in Brussels\n\n${line}\n\n${lead}\n`;
    expect(published(text)).toBe('2023-09-26');
    expect(events(text)).toEqual({ 'on Tuesday': '2023-09-26' });
  });

  it.each([
    ['Jane Doe   |26.09.2023 - Update : 27.09.2023', '2023-09-26'],
    ['Jane Doe | 26 September 2023 | Last updated 27 September 2023 14:05', '2023-09-26'],
    ['🟢 Border Watch | Morning digest, 26.09.2023', '2023-09-26'],
    ['Border Watch · Weekly bulletin – 26 September 2023', '2023-09-26'],
    ['26.09.2023 - Update : 27.09.2023', '2023-09-26'],
  ])('%s → published %s: an update stamp or an edition label beside the date', (line, date) => {
    const text = `Armenia and Azerbaijan hold talks in Brussels\n\n${line}\n\n${lead}\n`;
    expect(published(text)).toBe(date);
    expect(events(text)).toEqual({ 'on Tuesday': '2023-09-26' });
  });

  it.each(['Jane Doe | Update : 27.09.2023', 'Border Watch | Last updated digest, 26.09.2023'])(
    '%s → no publication date (only an update)',
    (line) => {
      const lead2 = 'The leaders met in Brussels for talks hosted by the European Union.';
      expect(published(`Armenia and Azerbaijan hold talks in Brussels\n\n${line}\n\n${lead2}\n`)).toBeNull();
    },
  );

  it.each([
    'Updated | 27 September 2023',
    'By Jane Doe | Last modified September 27, 2023',
    'Armenia | 26 September 2023 | 27 September 2023',
  ])('%s → no publication date (an update, or two dates)', (line) => {
    expect(published(`Armenia and Azerbaijan hold talks in Brussels\n\n${line}\n\n${lead}\n`)).toBeNull();
  });

  it('field names for the publication date: "Date of publication:", "Issued on:"', () => {
    const lead2 = 'The leaders met in Brussels for talks.';
    expect(
      published(`A headline over the copy\n\nDate of publication: 26 September 2023\n\n${lead2}\n`),
    ).toBe('2023-09-26');
    expect(published(`A headline over the copy\n\nIssued on: 26/09/2023 - 14:05\n\n${lead2}\n`)).toBe(
      '2023-09-26',
    );
  });
});

describe("a serial's edition line near the top", () => {
  const lead = 'More families crossed the bridge on Monday, the agencies reported.';
  it.each([
    ['Situation Report No. 12 (as of 2 October 2023)', '2023-10-02'],
    ['Flash Update No. 4 (as at 2 October 2023)', '2023-10-02'],
    ['Humanitarian bulletin, 16.10.2023', '2023-10-16'],
  ])('under a headline: %s → published %s', (line, date) => {
    const text = `Region: people on the move\n${line}\n\nHIGHLIGHTS\n\n${lead}\n`;
    expect(published(text)).toBe(date);
    expect(inferMetadata(text).meta.title?.value).toBe('Region: people on the move');
    expect(events(text)).toEqual({ 'on Monday': date });
  });

  it('as the headline itself, it stays the title', () => {
    const text = `Situation Report No. 12 (as of 2 October 2023)\n\n${lead}\n`;
    expect(published(text)).toBe('2023-10-02');
    expect(inferMetadata(text).meta.title?.value).toBe('Situation Report No. 12 (as of 2 October 2023)');
  });

  it.each([
    'Region: people on the move (as of 2 October 2023)',
    'Situation Report No. 12 (as of October 2023)',
    'Situation Report No. 12 (as of 02.10.2023) (revised 04.10.2023)',
    'Special edition: the war anniversary, 2 October 2023',
    'Update, 2 October 2023',
    'Updated, 2 October 2023',
    'Last modified, 2 October 2023 14:05',
  ])('no edition word, a revision word, no full date, or more than the date: %s → no date', (line) => {
    expect(published(`${line}\n\n${lead}\n`)).toBeNull();
  });

  it("a printed paper's issue line under the standfirst dates the piece and its weekdays", () => {
    const text =
      'Harvest: the first trucks leave the valley\n\nThe ministry counted the loads on Monday\n\n' +
      `No. 88 (4102), 4 October 2023\nLaura Petrosyan\n\n${lead}\n`;
    expect(published(text)).toBe('2023-10-04');
    expect(events(text)).toEqual({ 'on Monday': '2023-10-02' });
  });

  it.each(['No. 88 (4102), 4 October', 'No. 88, the 12 loads counted', 'No. 2023/88'])(
    'an issue number without a full date after it: %s → no date',
    (line) => {
      expect(published(`A headline\n${line}\n\n${lead}\n`)).toBeNull();
    },
  );

  it('far below the top, an edition line is body, not a date line', () => {
    const text = `A headline\nOne\nTwo\nThree\nFour\nHumanitarian bulletin, 02.10.2023\n\n${lead}\n`;
    expect(published(text)).toBeNull();
  });
});

// Session 41: dots part the numbers of day-first writing (European, Asian; the US writes slashes), and no
// outlet in the evaluation sets prints a dotted date month first: what nothing settles is read day first.
describe('dotted dates: the order is read, else day first', () => {
  const stamp = (value: string, lead: string) =>
    `A headline over the copy\n\nPublished on ${value}\n\n${lead}\n`;
  it('one order alone is a date: 28.09.2023 is 28 September', () => {
    expect(published(stamp('28.09.2023', 'The talks resumed today.'))).toBe('2023-09-28');
  });
  it("03.10.2023 is read day first unless the lead's weekday settles it", () => {
    expect(published(stamp('03.10.2023', 'The talks resumed today.'))).toBe('2023-10-03');
    // A lead of eight words or more: a shorter first paragraph is no lead, and a later weekday never turns dots.
    expect(
      published(stamp('03.10.2023', 'The talks between the two delegations resumed in Geneva on Friday.')),
    ).toBe('2023-03-10');
    expect(published(stamp('03/10/2023', 'The talks resumed today.'))).toBeNull();
    expect(
      published(stamp('03.10.2023 14:05', 'The minister announced on Tuesday that aid would double.')),
    ).toBe('2023-10-03');
  });
});

describe('a date ending a title', () => {
  it.each([
    ['Situation Report – 26 September 2023', '2023-09-26'],
    ['Press Briefing by the Spokesperson | October 5, 2023', '2023-10-05'],
    ['The day the city fell – September 19, 2023', null],
  ])('%s → %s', (title, date) => {
    expect(published(`${title}\n\nThe ministry said the border crossing remained open to civilians.\n`)).toBe(
      date,
    );
  });
});

describe('bracketed date lines of rights groups and UN agencies', () => {
  it.each([
    '(Brussels, 26 September 2023) The European Union said it would send aid today.',
    'GENEVA (26 September 2023) – The UN refugee agency said it would send aid today.',
    '(Geneva, 26 September 2023) – The UN refugee agency said it would send aid today.',
  ])('%s → 2023-09-26, "today" that day', (lead) => {
    const text = `Aid for the refugees\n\n${lead}\n`;
    expect(published(text)).toBe('2023-09-26');
    expect(events(text)).toEqual({ today: '2023-09-26' });
  });

  it.each([
    '(Brussels, 2023) The European Union said it would send aid.',
    '(Armenia, Azerbaijan) – Both said they would talk.',
    'Aid (26 September 2023) – was sent to the refugees.',
  ])('%s → no date line', (lead) => {
    expect(published(`Aid for the refugees\n\n${lead}\n`)).toBeNull();
  });
});

it('a second field on the line ("… Modified: …") is not the publication date', () => {
  const text =
    'A headline over the copy\n\nIssued on: 26/09/2023 - 14:22 Modified: 27/09/2023 - 16:40\n\nThe talks resumed.\n';
  expect(published(text)).toBe('2023-09-26');
});

describe('"Published on" with a slash date, then a revision stamp on the same line', () => {
  const lead = 'Farmers blocked the highway near the border crossing for a third day, police said.';
  it.each([
    ['Published on 21/03/2024 - 09:12 • Updated 22/03/2024 - 11:40', '2024-03-21'],
    ['Posted 21/03/2024 | Last updated 23/03/2024', '2024-03-21'],
    ['Published on 14/11/2023 - 08:03 - Updated 15/11/2023 - 09:30', '2023-11-14'],
  ])('%s → published %s (the update is not the date)', (line, date) => {
    expect(published(`Farmers close a border road\n\n${line}\n\n${lead}\n`)).toBe(date);
  });

  it('another numeric date on the page that only one order allows settles the order', () => {
    const line = 'Published on 04/03/2024 - 09:12 • Updated 15/03/2024 - 11:40';
    expect(published(`Farmers close a border road\n\n${line}\n\n${lead}\n`)).toBe('2024-03-04');
    const body = `${lead}\n\nThe permit, dated 03/25/2024, was withdrawn.`;
    expect(published(`Farmers close a border road\n\nPublished: 03/04/2024\n\n${body}\n`)).toBe('2024-03-04');
    expect(published(`Farmers close a border road\n\nPublished: 04/03/2024\n\n${body}\n`)).toBe('2024-04-03');
  });

  it('a page that shows both orders, or another separator, settles nothing', () => {
    const body = `${lead}\n\nThe permit, dated 03/25/2024, replaced the one of 25/02/2024.`;
    expect(published(`Farmers close a border road\n\nPublished: 04/03/2024\n\n${body}\n`)).toBeNull();
    const dotted = `${lead}\n\nThe permit is dated 25.03.2024.`;
    expect(published(`Farmers close a border road\n\nPublished: 04/03/2024\n\n${dotted}\n`)).toBeNull();
  });

  it('an order nothing settles is still not read: "Published on 04/03/2024 • Updated 05/03/2024"', () => {
    const line = 'Published on 04/03/2024 - 09:12 • Updated 05/03/2024 - 11:40';
    expect(published(`Farmers close a border road\n\n${line}\n\n${lead}\n`)).toBeNull();
  });
});

describe('a standfirst, then the byline and the date', () => {
  const head = 'Refugees count the cost of starting over in a mountain town';
  const deck = 'A small town has taken in almost as many newcomers as it has residents.';
  const lead = 'The convoy reached the town on Tuesday, and the mayor said the school was full.';
  it.each([
    ['Anna Petrosyan Oct 4, 2023', '2023-10-04'],
    ['By Anna Petrosyan 4 October 2023', '2023-10-04'],
    ['Oct 4, 2023', '2023-10-04'],
    ['Published on October 4, 2023, at 11:52 am (Paris), updated at 6:03 pm', '2023-10-04'],
    ['Published on October 4, 2023 at 09:10, updated on October 5, 2023 at 10:00', '2023-10-04'],
    ['Posted 4 October 2023 | Updated 5 October 2023', '2023-10-04'],
  ])('%s under the standfirst → published %s, the line no event', (line, date) => {
    const text = `${head}\n\n${deck}\n\n${line}\n\n${lead}\n`;
    expect(published(text)).toBe(date);
    expect(inferMetadata(text).meta.title?.value).toBe(head);
    expect(events(text)).toEqual({ 'on Tuesday': '2023-10-03' });
  });

  it('a byline and an agency line may come between the standfirst and the stamp', () => {
    const text = `${head}\n\n${deck}\n\nThe Monitor with agencies\nPublished on October 4, 2023, at 8:00 am\n\nReading time 2 min.\n\n${lead}\n`;
    expect(published(text)).toBe('2023-10-04');
    expect(inferMetadata(text).meta.published?.how).toBe('stated');
  });

  it.each([
    'Updated on October 5, 2023, at 6:03 pm',
    'Anna Petrosyan | Updated October 5, 2023',
    'Anna Petrosyan October 2023',
    'Anna Petrosyan Oct 4',
  ])('%s → no publication date (an update, no full date, or a dotted order not written)', (line) => {
    expect(published(`${head}\n\n${deck}\n\n${line}\n\n${lead}\n`)).toBeNull();
  });

  it("a dotted date's order the lead settles, as with a bar: Anna Petrosyan 04.10.2023 → 4 October (the lead's Tuesday)", () => {
    // 4 October 2023 was a Wednesday (the news of Tuesday); 10 April 2023 a Monday.
    const text = `${head}\n\n${deck}\n\nAnna Petrosyan 04.10.2023\n\n${lead}\n`;
    expect(published(text)).toBe('2023-10-04');
    expect(
      published(`${head}\n\n${deck}\n\nAnna Petrosyan 04.10.2023\n\nThe convoy reached the town.\n`),
    ).toBe('2023-10-04'); // unsettled, a dotted date is day first
  });

  it("the standfirst's weekday settles a dashed stamp's order before a day the background names", () => {
    // 12 June 2021 was a Saturday; read month first (6 December 2021) the background's 10 November would fit.
    const text =
      'Maps handed over, prisoners freed\n\nThe capital freed eleven detainees on Saturday. The swap was ' +
      'mediated by neighbours.\n\n12-06-21, 18:47 Source: agencies\n\nThe men were driven to the border, ' +
      'the government said.\n\nThe war ended on 10 November after six weeks of fighting.\n';
    expect(published(text)).toBe('2021-06-12');
  });

  it('a date in a sentence under the standfirst is an event, not the publication date', () => {
    const text = `${head}\n\n${deck}\n\nThe convoy arrived on Oct 4, 2023.\n\n${lead}\n`;
    expect(published(text)).toBeNull();
  });

  it('below the lead paragraph, a date line is body: the search stops at the second paragraph', () => {
    const text = `${head}\n\n${deck}\n\n${lead}\n\nOct 4, 2023\n`;
    expect(published(text)).toBeNull();
  });

  it('past the first six lines, a stamp is not read (the date layer would take it for an event)', () => {
    const text = `World\n\nEurope\n\n${head}\n\n${deck}\n\nAnna Petrosyan\n\nThe Monitor\n\nOct 4, 2023\n\n${lead}\n`;
    expect(published(text)).toBeNull();
    expect(published(`Europe\n\n${head}\n\n${deck}\n\nAnna Petrosyan\n\nOct 4, 2023\n\n${lead}\n`)).toBe(
      '2023-10-04',
    );
  });

  it('dates heading a chronology date its entries, not the piece', () => {
    const entries = 'Troops crossed the line at dawn.\n\nSeptember 20, 2023\n\nA ceasefire was agreed.';
    const text = `Timeline of the offensive\n\n${deck}\n\nSeptember 19, 2023\n\n${entries}\n`;
    expect(published(text)).toBeNull();
  });

  it('a name and a date with no separator is never read off the headline itself', () => {
    const text = `Karabakh Offensive September 19, 2023\n\n${lead}\n`;
    expect(published(text)).toBeNull();
    expect(inferMetadata(text).meta.title?.value).toBe('Karabakh Offensive September 19, 2023');
    expect(events(text)).toMatchObject({ 'September 19, 2023': '2023-09-19' });
  });
});

describe("a briefing page's header date", () => {
  const lead = 'France is concerned about the people who have left their homes since Sunday.';
  it.each([
    ['Press briefing of 26 September 2023', '2023-09-26'],
    ['Daily bulletin of 26 September 2023', '2023-09-26'],
    ['Armenia – Q&A (26 Sept. 2023)', '2023-09-26'],
  ])('under the ministry name: %s → published %s, the line no event', (line, date) => {
    const text = `Ministry of Foreign Affairs\n\n${line}\n\nSpokesperson: Jane Doe\n\n${lead}\n`;
    expect(published(text)).toBe(date);
    expect(inferMetadata(text).meta.published?.how).toBe('stated');
    expect(events(text)).toEqual({ 'since Sunday': '2023-09-24' });
  });

  it('a Q&A page titled with its day: the title stays, the day is Published', () => {
    const text = `Armenia – Q&A (26 Sept. 2023)\n\nQ – Do you confirm the figures?\n\nA – ${lead}\n`;
    expect(published(text)).toBe('2023-09-26');
    expect(inferMetadata(text).meta.title?.value).toBe('Armenia – Q&A (26 Sept. 2023)');
  });

  it.each([
    'Statement of 26 September 2023',
    'The briefing of 26 September',
    'Press briefing of September 2023',
  ])('no edition word or no full date: %s → no date', (line) => {
    expect(published(`Ministry of Foreign Affairs\n\n${line}\n\n${lead}\n`)).toBeNull();
  });
});

describe('a sitrep\'s "as of" date', () => {
  it('dates the figures: Published takes it as inferred, never stated', () => {
    const text =
      'Region: people on the move\nFlash Update No. 4 (as of 2 October 2023)\n\nMore families crossed on Monday.\n';
    const p = inferMetadata(text).meta.published;
    expect(p && formatSourceDate(p.value)).toBe('2023-10-02');
    expect(p?.how).toBe('inferred');
    expect(p?.why).toMatch(/published then or after/);
  });

  it('an edition line without "as of" states its day', () => {
    const p = inferMetadata('Region: people on the move\nHumanitarian bulletin, 16.10.2023\n\nBody text.\n')
      .meta.published;
    expect(p?.how).toBe('stated');
  });
});

describe('"Published on <date>, at <time>" right under the headline', () => {
  const lead = 'The leaders met in Brussels on Tuesday for talks hosted by the European Union.';
  it.each([
    ['Published on September 26, 2023, at 11:52 am (Paris), updated at 6:03 pm', '2023-09-26'],
    ['Updated on September 27, 2023\nPublished on September 26, 2023, at 9:00 am (local time)', '2023-09-26'],
  ])('%s → published %s; the update never sets it', (lines, date) => {
    const text = `Armenia and Azerbaijan hold talks in Brussels\n${lines}\n\n${lead}\n`;
    expect(published(text)).toBe(date);
    expect(events(text)).toEqual({ 'on Tuesday': '2023-09-26' });
  });

  it('an update stamp alone gives no publication date', () => {
    const text = `Armenia and Azerbaijan hold talks in Brussels\nUpdated on September 27, 2023, at 6:03 pm\n\n${lead}\n`;
    expect(published(text)).toBeNull();
  });
});

describe('a dotted date line whose day and month could be either way round ("03.10.2023")', () => {
  const release = (lead: string) => `Ministry of Agriculture\n\n03.10.2023\n\n${lead}`;

  it('is read in the order a weekday in the lead fits, in Published and in the timeline', () => {
    const text = release('The ministry condemns the fire that destroyed the grain store on Tuesday.');
    expect(published(text)).toBe('2023-10-03');
    expect(timelineOf(text).reference && formatSourceDate(timelineOf(text).reference!)).toBe('2023-10-03');
    const other = release('The ministry condemns the fire that destroyed the grain store on Friday morning.');
    expect(published(other)).toBe('2023-03-10');
  });

  it('or in the order the text’s other dates show', () => {
    const text = release('The ministry recalls the fire of 19 September that destroyed the grain store.');
    expect(timelineOf(text).reference && formatSourceDate(timelineOf(text).reference!)).toBe('2023-10-03');
  });

  it('is read day first when nothing shows the order, as dotted dates are written', () => {
    const text = release('The ministry condemns the fire that destroyed the grain store today.');
    expect(published(text)).toBe('2023-10-03');
    expect(timelineOf(text).reference && formatSourceDate(timelineOf(text).reference!)).toBe('2023-10-03');
  });
});

describe('a date line with a length or a revision stamp in brackets', () => {
  it('reads a podcast episode’s date beside its length', () => {
    const text =
      'The Border Hour\nEpisode 12: Winter on the pass\n9 January 2024 · 38 min\n\nTranscript\n\nHOST: Welcome back.';
    expect(published(text)).toBe('2024-01-09');
  });

  it('reads the date before "(updated: …)", never the revision', () => {
    const text =
      'Two shepherds freed at the border\n\n09:15 21.03.2022 (updated: 11:40 22.03.2022)\n\n' +
      'Two shepherds detained last week were released, the border service said on Monday.';
    expect(published(text)).toBe('2022-03-21');
  });
});

describe('a photo caption with its credit under the headline', () => {
  const head = 'Border villages count the damage after a night of shelling\n\nPublished: 9 March 2024\n\n';
  const lead =
    'Residents of the border villages swept up glass on Friday after a night of shelling, officials said.';
  it.each([
    'A woman stands in a damaged house in Sotk, Armenia, on 8 March 2024. AFP - JANE DOE',
    'A woman stands in a damaged house in Sotk, Armenia, March 8, 2024. (AA Photo)',
    'A woman stands in a damaged house in Sotk, Armenia, Friday 8 March 2024. AP Photo',
    'A woman stands in a damaged house in Sotk, Armenia, on 8 March 2024. REUTERS/Jane Doe',
  ])('%s → the picture’s day is an event', (caption) => {
    const text = `${head}${caption}\n\n${lead}\n`;
    expect(inferMetadata(text).bodyStart).toBe(text.indexOf(caption));
    expect(Object.values(events(text))).toContain('2024-03-08');
  });

  it('a dateline under the caption still opens the story and dates the piece', () => {
    const text =
      'Border villages count the damage\n\nA woman stands in a damaged house in Sotk, Armenia, March 8, 2024. ' +
      '(AP Photo/Jane Doe)\n\nSOTK, Armenia (AP) — Residents swept up glass on Friday after a night of shelling.\n';
    expect(published(text)).toBeNull();
    expect(inferMetadata(text).meta.dateline).toBeDefined();
    expect(inferMetadata(text).meta.outlet?.value).toBe('AP');
  });

  it('a subheadline with no credit is still a header line', () => {
    const text = `Border villages count the damage\n\nShelling hit three villages overnight, officials say\n\n${lead}\n`;
    expect(inferMetadata(text).bodyStart).toBe(text.indexOf('Residents'));
  });
});
