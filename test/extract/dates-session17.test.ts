import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

describe('a published piece named by the day it ran is no event', () => {
  const page = (sentence: string) => `CORRECTIONS\n\nPublished: October 7, 2023\n\n${sentence}\n`;
  it.each([
    'An article in the Foreign pages (October 3rd, "Queues grow at the border") gave the wrong town.',
    'A report (October 2nd) misspelled the name of the deputy mayor of Goris.',
    'Our obituary of the sculptor Anna Levonyan (September 30th) gave her age as 81.',
    'A caption on a photograph accompanying an article (October 4th) misnamed the bridge.',
    'An analysis piece on the offensive (October 1st) overstated the number of checkpoints.',
  ])('%s', (sentence) => {
    expect(events(page(sentence))).toEqual({});
  });

  it.each([
    'A summary of the Baku papers of 3-4 October led with the talks.',
    'Summaries of articles in the Yerevan dailies of 3 October; translations are ours.',
  ])('newspapers named by their day: %s', (sentence) => {
    expect(events(page(sentence))).toEqual({});
  });

  it('the corrected fact keeps its date, and a bracketed date in other prose stays an event', () => {
    expect(
      events(
        page('A report (October 2nd) said the bridge closed on September 30th. It reopened on October 3rd.'),
      ),
    ).toEqual({ 'on September 30th': '2023-09-30', 'on October 3rd': '2023-10-03' });
    expect(events(page('The ceasefire (October 3rd) held for two days, officials said.'))).toEqual({
      'October 3rd': '2023-10-03',
    });
  });

  it("a weekday is no longer boxed in by the papers' own days", () => {
    const text =
      'REGIONAL PRESS MONITOR\n\nArmenian press review, 6 October 2023\n\n' +
      'Summaries of the Yerevan dailies of 5-6 October.\n\n' +
      "Aravot leads with the prime minister's interview on Tuesday night, which the paper calls candid.\n";
    expect(events(text)).toEqual({ 'on Tuesday night': '2023-10-03' });
  });
});
