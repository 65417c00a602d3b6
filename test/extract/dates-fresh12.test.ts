import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { timelineOfPage } from './dates.helpers.ts';

/** Dates in real outlet layouts: live pages, meeting reports, podcasts, agency copy. */
const timelineOf = (text: string) => timelineOfPage(text);
const events = (text: string) =>
  Object.fromEntries(
    timelineOf(text)
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]),
  );
const piece = (date: string, body: string) => `A headline over the copy\n\n${date}\n\n${body}\n`;

describe('future wording with a word between the verb and "expected"', () => {
  it.each([
    'Both leaders are also expected in Prague on Thursday, diplomats said.',
    'The two ministers are both expected in Granada on Thursday.',
    'The envoys are still expected to arrive in Baku on Thursday.',
  ])('%s → the coming Thursday', (sentence) => {
    // 4 October 2023 was a Wednesday.
    expect(events(piece('4 October 2023', sentence))).toMatchObject({ 'on Thursday': '2023-10-05' });
  });

  it('a past clause keeps the Thursday before', () => {
    expect(events(piece('4 October 2023', 'The two ministers met in Granada on Thursday.'))).toMatchObject({
      'on Thursday': '2023-09-28',
    });
  });
});

describe("a live page's post stamps", () => {
  const live =
    'Live updates: talks resume in Brussels\n\nBy Jane Doe, News Desk\nUpdated 6:40 p.m. ET, March 12, 2024\n\n' +
    '6:40 p.m. ET, March 12, 2024\n\nMinisters leave the talks\n\nThe ministers left the building, officials said.\n\n' +
    '14:05 GMT, 12 March 2024\n\nBorder commissions meet\n\nThe commissions met on Monday, a day before the talks.\n\n' +
    '12 March 2024 at 9:15 a.m.\n\nTalks open\n\nThe talks opened with a closed session. A first round was held on February 20.\n';

  it('a clock time and a full date alone on a line date the post, not an event', () => {
    // "a day before the talks": the talks' day, the day after the sentence's Monday.
    expect(events(live)).toEqual({
      'on Monday': '2024-03-11',
      'a day before': '2024-03-12',
      'on February 20': '2024-02-20',
    });
  });

  it('a date alone on its line without a clock time (a chronology heading) is still an event', () => {
    const chronology = piece(
      '12 March 2024',
      'The talks resumed in Brussels today.\n\nThe ministers met for three hours.\n\nNo statement followed.\n\n' +
        'What happened so far:\n\nFebruary 20, 2024\n\nThe first round of talks was held in Brussels.',
    );
    expect(events(chronology)).toMatchObject({ 'February 20, 2024': '2024-02-20' });
  });

  it('a sentence holding a clock time and a date is an event', () => {
    expect(
      events(piece('12 March 2024', 'The first convoy left at 9:15 a.m. on February 20, 2024.')),
    ).toMatchObject({ 'at 9:15 a.m. on February 20, 2024': '2024-02-20' });
  });
});

describe('a year naming a document is no event', () => {
  it.each([
    ['Yerevan appealed to Moscow under the 1997 treaty, the ministry said.', 'the 1997 treaty'],
    ['The markers follow Soviet maps of 1976, officials say.', 'of 1976'],
    ['Both sides cited the 2021 agreement on transit routes.', 'the 2021 agreement'],
  ])('%s → "%s" names the document', (sentence, written) => {
    const t = timelineOf(piece('4 October 2023', sentence));
    expect(t.mentions.find((m) => m.text === written)?.role).toBe('name');
    expect(events(piece('4 October 2023', sentence))).toEqual({});
  });

  it.each([
    ['Villages changed hands in the war in 2020.', 'in 2020', '2020'],
    ['The two sides met twice in 1997, when the treaty was signed.', 'in 1997', '1997'],
  ])('an event stays dated: %s', (sentence, written, date) => {
    expect(events(piece('4 October 2023', sentence))).toMatchObject({ [written]: date });
  });

  it('given "the trilateral statements of 2020-2022", documents named by their years: no date', () => {
    const dated = events(
      piece('4 October 2023', 'Lavrov said the trilateral statements of 2020-2022 remained the basis.'),
    );
    expect(Object.keys(dated)).toEqual([]);
  });

  it('given "the offensive of September 19-20", an event named by its days: dated as written', () => {
    expect(
      events(
        piece('4 October 2023', 'At least 200 people were killed during the offensive of September 19-20.'),
      ),
    ).toMatchObject({ 'September 19-20': '2023-09-19/20' });
  });
});

describe('"the previous day" counts from where the narrative stands', () => {
  it('not from a count\'s "as of" day', () => {
    const text = piece(
      '5 October 2023',
      'On October 5 the speaker received the delegation. He said that as of October 4, 100,000 people had ' +
        'arrived. The committee had debated the situation the previous day.',
    );
    expect(events(text)).toMatchObject({ 'the previous day': '2023-10-04' });
  });

  it("not from a day told in a relative clause after the sentence's own day", () => {
    const text = piece(
      '21 September 2023',
      'The Council met today to discuss the operation that Azerbaijan launched on 19 September.\n\n' +
        'The envoy welcomed the ceasefire agreed the previous day.',
    );
    expect(events(text)).toMatchObject({ today: '2023-09-21', 'the previous day': '2023-09-20' });
  });

  it('a later day told in a main clause or after "said that" moves the narrative', () => {
    expect(
      events(
        piece(
          '21 September 2023',
          'The talks opened on 12 September, and the sides met again on 14 September. The mediators left the previous day.',
        ),
      ),
    ).toMatchObject({ 'the previous day': '2023-09-13' });
    expect(
      events(
        piece(
          '21 September 2023',
          'The minister said today that the troops withdrew on 19 September. The villagers returned the next day.',
        ),
      ),
    ).toMatchObject({ 'the next day': '2023-09-20' });
  });
});
