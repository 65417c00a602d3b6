import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a text its subject put out says, through its participle, what its author says', () => {
  it('"X sent an email Wednesday saying that A" is X saying A', () => {
    expect(
      speakersAndQuotes(
        'Mira Dalton sent a fundraising email Wednesday saying that the count would start at noon.',
      ),
    ).toEqual([['text:mira-dalton', 'the count would start at noon']]);
  });

  it('"X sent a tweet saying A" is X saying A', () => {
    expect(speakersAndQuotes('Mira Dalton sent a tweet saying she would close the mill.')).toEqual([
      ['text:mira-dalton', 'she would close the mill'],
    ]);
  });

  it('"X issued a statement saying, “A”": a comma before the quote sets it off', () => {
    expect(speakersAndQuotes('Mira Dalton issued a statement saying, "We will reopen the mill."')).toEqual([
      ['text:mira-dalton', 'We will reopen the mill.'],
    ]);
  });

  it('"X sent out a letter on Friday saying: “A”" is X saying A', () => {
    expect(
      speakersAndQuotes('Mira Dalton sent out a letter on Friday saying: "The mill stays open."'),
    ).toEqual([['text:mira-dalton', 'The mill stays open.']]);
  });

  it('a report someone else wrote, which the subject only dismissed, is not the subject saying', () => {
    expect(
      speakersAndQuotes('Mira Dalton dismissed a report from a rival paper saying she would resign.'),
    ).toEqual([]);
  });
});

describe('a participle of saying after "before" hangs on the main clause’s subject', () => {
  it('"X called him a hero before explaining why A" is X saying why A', () => {
    expect(
      speakersAndQuotes('Ines Kowal called her brother a hero before explaining why she forgave the driver.'),
    ).toEqual([['text:ines-kowal', 'why she forgave the driver']]);
  });

  it('"“A,” X replied, before adding that B" is X saying A and B', () => {
    expect(
      speakersAndQuotes(
        '"Thank you, son," Ines Kowal replied, before adding that she thinks children should listen.',
      ),
    ).toEqual([
      ['text:ines-kowal', 'Thank you, son,'],
      ['text:ines-kowal', 'she thinks children should listen'],
    ]);
  });

  it('"“A,” X responded before adding that B": no comma before "before" is needed', () => {
    expect(
      speakersAndQuotes(
        '"We will win," Ines Kowal responded before adding that she will need the northern towns.',
      ),
    ).toEqual([
      ['text:ines-kowal', 'We will win,'],
      ['text:ines-kowal', 'she will need the northern towns'],
    ]);
  });

  it('"X deflected questions before saying, “A”" is X saying A', () => {
    expect(
      speakersAndQuotes(
        'Ines Kowal deflected numerous questions about the mill before saying, "It is time to stop."',
      ),
    ).toEqual([['text:ines-kowal', 'It is time to stop.']]);
  });

  it('"before" and a participle that says nothing gives no statement', () => {
    expect(
      speakersAndQuotes('Ines Kowal waited for the crowd to fall silent before announcing the results.'),
    ).toEqual([]);
  });
});

describe('a second verb after an aside set off by dashes has the first clause’s subject', () => {
  it('"X downplayed A — something that … — and said B" is X saying B', () => {
    expect(
      speakersAndQuotes(
        'Ines Kowal on Wednesday downplayed the flooding — something that has split the council all week — and said the levee would hold.',
      ),
    ).toEqual([['text:ines-kowal', 'the levee would hold']]);
  });

  it('an aside with commas in it is dropped whole: "X did A - B, plus C - but said D"', () => {
    expect(
      speakersAndQuotes(
        'Ines Kowal had begun calling the members - there are two from each ward, plus four at large - but said the outcome was open.',
      ),
    ).toEqual([['text:ines-kowal', 'the outcome was open']]);
  });

  it('a clause with no subject before the aside lends none', () => {
    expect(speakersAndQuotes('The talks collapsed — Kowal walked out — and said nothing.')).toEqual([]);
  });
});
