import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

// 2 October 2023 was a Monday; the pieces below are dated that day.
const piece = (body: string) => `The long road out\n\nMonday 2 October 2023\n\n${body}\n`;

describe('a quotation after a scene told in the present on an earlier day speaks from that day', () => {
  it.each([
    [
      'Volunteers hand out bread in Goris on September 28. "We baked 4,000 loaves today and it was not enough," said a baker.',
      'today',
      '2023-09-28',
    ],
    [
      'Families queue for fuel at a station in Stepanakert, 25 September 2023. “There was none left yesterday,” one driver said.',
      'yesterday',
      '2023-09-24',
    ],
    [
      'A Red Cross convoy crosses the Hakari bridge on Sept. 27. "We brought insulin this morning," a medic says.',
      'this morning',
      '2023-09-27',
    ],
  ])('%s → "%s" is %s', (body, written, day) => {
    expect(events(piece(body))).toMatchObject({ [written]: day });
  });

  it('a scene told in the past is no present: "today" stays the piece\'s day', () => {
    expect(
      events(
        piece(
          'Volunteers handed out bread in Goris on September 28. "We baked 4,000 loaves today," a baker said.',
        ),
      ),
    ).toMatchObject({ today: '2023-10-02' });
  });

  it('outside a quotation, or in the next paragraph, "today" is the piece\'s day', () => {
    expect(
      events(piece('Volunteers hand out bread in Goris on September 28. The town council meets today.')),
    ).toMatchObject({ today: '2023-10-02' });
    expect(
      events(
        piece(
          'Volunteers hand out bread in Goris on September 28.\n\n"We baked 4,000 loaves today," a baker said.',
        ),
      ),
    ).toMatchObject({ today: '2023-10-02' });
  });

  it('a day still to come told in the present sets no scene: "the summit opens on Thursday"', () => {
    expect(
      events(piece('The summit opens in Granada on October 5. "We are ready today," an aide said.')),
    ).toMatchObject({ today: '2023-10-02' });
  });
});

describe('"the evening before", "the morning after" count from the day the text gave', () => {
  it.each([
    [
      'Firefighters work at the site of the depot near Stepanakert on September 26. The blast the evening before killed at least 170 people.',
      'the evening before',
      '2023-09-25',
    ],
    [
      'The convoy reached Kornidzor on 28 September. Aid workers who had crossed the night before said the road was jammed.',
      'the night before',
      '2023-09-27',
    ],
    [
      'Shelling hit Martuni on Tuesday, September 19. The morning after, residents began to leave, the ombudsman said.',
      'The morning after',
      '2023-09-20',
    ],
  ])('%s → "%s" is %s', (body, written, day) => {
    expect(events(piece(body))).toMatchObject({ [written]: day });
  });

  it('with an object of its own, or "before last", the phrase names no day', () => {
    const shown = events(
      piece(
        'Talks were held in Brussels on September 26. Leaders met the evening before the vote. Residents left the night before last.',
      ),
    );
    expect(Object.keys(shown).filter((k) => /before/.test(k))).toEqual([]);
  });
});

describe('a sentence about another period than the quarter moves year-ago comparisons off the quarter', () => {
  // A results piece of Thursday 26 October 2023: the quarter it reports is July to September.
  const results = (body: string) => `Quarterly results\n\nThursday 26 October 2023\n\n${body}\n`;

  it.each([
    [
      'Northline Bank said third-quarter profit rose 12%.\nIn the first nine months, net was $306 million, compared with a loss of $195 million in the 2022 period.',
      'in the 2022 period',
      '2022',
    ],
    [
      'Caspian Freight posted a third-quarter loss.\nFor the nine months, the company reported a net loss of $6 million, compared with year-earlier net income of $9 million.',
      'year-earlier',
      '2022',
    ],
    [
      'Araks Mining said quarterly sales rose in the third quarter.\nSales to outside buyers were 45% of its business in the latest nine months, compared with 40% a year earlier.',
      'a year earlier',
      '2022',
    ],
  ])('%s → "%s" is %s', (body, written, shown) => {
    expect(events(results(body))).toMatchObject({ [written]: shown });
  });

  it('"the quarter" and "the year-ago quarter" still name the quarter after such a sentence', () => {
    const shown = events(
      results(
        'Northline Bank said third-quarter profit rose 12%.\nFor the nine months, net rose 8%. In the year-ago quarter, the bank earned $80 million.',
      ),
    );
    expect(shown).toMatchObject({ 'In the year-ago quarter': '2022-07/09' });
  });

  it('with no other period named, "a year ago" stays the quarter a year before', () => {
    expect(
      events(
        results(
          'Northline Bank said third-quarter profit rose 12%.\nNet rose to $108 million from $90 million a year ago.',
        ),
      ),
    ).toMatchObject({ 'a year ago': '2022-07/09' });
  });
});

describe("a transcript's bracketed label opens a sentence: the capitalised day word after it is a date", () => {
  it.each([
    [
      '[Correspondent over footage of a mountain road] Today, a military vehicle hit a mine in Kalbajar.',
      'Today',
    ],
    ['[Presenter] Tonight, the foreign ministry summoned the ambassador.', 'Tonight'],
    ['(Translated from Armenian) Yesterday, two soldiers were wounded near Sotk.', 'Yesterday'],
  ])('%s → "%s" is dated', (body, written) => {
    expect(Object.keys(events(piece(body)))).toContain(written);
  });

  it('a title is still no date: "USA Today reported"', () => {
    expect(events(piece('The ceasefire was reported by USA Today and other papers.'))).toEqual({});
  });
});

describe("an embedded post's day words are the day of the stamp under it", () => {
  // A piece of Friday 6 October 2023 reproducing posts from the day before.
  const posts = (body: string) => `Reactions online\n\nOctober 6, 2023\n\n${body}\n`;

  it.each([
    [
      'The council president was first to react:\n\n"Today in Granada, I met the prime minister together with the French president."\n5:14 PM · Oct 5, 2023',
      'Today',
      '2023-10-05',
    ],
    [
      'The ministry posted on X:\n\n“Yesterday our delegation handed over the draft treaty.”\n9:02 AM · Oct 4, 2023',
      'Yesterday',
      '2023-10-03',
    ],
  ])('%s → "%s" is %s', (body, written, day) => {
    expect(events(posts(body))).toMatchObject({ [written]: day });
  });

  it("a live page's stamp a blank line below is the next post's: the quote keeps the piece's day", () => {
    expect(
      events(
        posts(
          'The minister said: "Today we signed nothing."\n\n5:30 p.m. ET, October 5, 2023\n\nTalks ended without a text.',
        ),
      ),
    ).toMatchObject({ Today: '2023-10-06' });
  });

  it("words outside the quotation keep the piece's day", () => {
    expect(
      events(
        posts(
          'Today the council president wrote: "We regret the absence of the president."\n5:14 PM · Oct 5, 2023',
        ),
      ),
    ).toMatchObject({ Today: '2023-10-06' });
  });
});
