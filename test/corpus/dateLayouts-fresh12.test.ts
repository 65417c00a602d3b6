import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Publication stamps of podcast pages, translated agency copy and live pages. */

describe("an episode's length beside its date", () => {
  it.each(['12 March 2024 · 38 min', 'March 12, 2024 | 1 hr 5 min', '12 March 2024 · 24 min listen'])(
    '%s → published 2024-03-12, the line no event',
    (line) => {
      const text =
        `The Border Desk\nEpisode 12: Mines on the road home\n${line}\n\n` +
        'HOST: Welcome back. Our guest was in Fuzuli on Monday and saw the clearance teams at work.\n';
      expect(published(text)).toBe('2024-03-12');
      expect(events(text)).toEqual({ 'on Monday': '2024-03-11' });
    },
  );

  it('a length alone dates nothing', () => {
    expect(
      published('The Border Desk\nEpisode 12: Mines\n38 min\n\nHOST: Welcome back to the show.\n'),
    ).toBeNull();
  });
});

describe('a revision stamp in brackets after the date', () => {
  it('"18:05 26.09.2023 (updated: 19:40 26.09.2023)": the first date is the publication\'s', () => {
    const text =
      'Mirzoyan: talks in Brussels will go ahead\n\n18:05 26.09.2023 (updated: 19:40 27.09.2023)\n\n' +
      'YEREVAN, 26 Sep - Sputnik. The foreign minister said on Tuesday that the talks would go ahead.\n';
    expect(published(text)).toBe('2023-09-26');
    expect(events(text)).toEqual({ 'on Tuesday': '2023-09-26' });
  });

  it('an update stamp in brackets alone gives no publication date', () => {
    expect(
      published(
        'A headline over the copy\n\n(updated: 19:40 27.09.2023)\n\nThe talks resumed in the capital.\n',
      ),
    ).toBeNull();
  });
});

describe('a numeric date in an order not written, beside a label: the lead settles it', () => {
  const page = (stamp: string, lead: string) =>
    `Armenia: aid convoys reach the border\n\nOperational update\n${stamp}\n\n${lead}\n`;

  it('"06-10-2023 | Article": the lead\'s "Since 19 September" fits 6 October only', () => {
    const text = page(
      '06-10-2023 | Article',
      'Geneva - Since 19 September, our teams have worked at the border crossing with local volunteers.',
    );
    expect(published(text)).toBe('2023-10-06');
    expect(inferMetadata(text).meta.published?.how).toBe('inferred');
    expect(events(text)).toEqual({ 'Since 19 September': '2023-09-19' });
  });

  it('slashes and a byline: "Jane Doe | 04/10/2023", the lead naming "September 28, 2023"', () => {
    const text = page(
      'Jane Doe | 04/10/2023',
      'The convoy that left Goris on September 28, 2023 reached the village after a long delay.',
    );
    expect(published(text)).toBe('2023-10-04');
  });

  it('a dotted stamp the lead settles is the publication date, not an event', () => {
    const text = page(
      '05.10.2023 | Article',
      'Geneva - Since 19 September, our teams have worked at the border crossing with local volunteers.',
    );
    expect(published(text)).toBe('2023-10-05');
    expect(events(text)).toEqual({ 'Since 19 September': '2023-09-19' });
  });

  it.each([
    // No day named in the lead: the order is not read.
    'Our teams have worked at the border crossing with local volunteers for two weeks.',
    // A day that fits neither reading within a month.
    'Our teams have worked at the border crossing since 2 March, with local volunteers.',
    // A day that fits both (5 June and 6 May): 5 May is within a month of each.
    'Our teams have worked at the border crossing since 5 May, with local volunteers.',
  ])('no settling day in the lead: no date (%s)', (lead) => {
    expect(published(page('05-06-2024 | Article', lead))).toBeNull();
  });
});
