import { describe, expect, it } from 'vitest';
import { speakerQuoteLines, speakersShown } from './statements.helpers.ts';

describe('an age spelled out to open a sentence is no part of the name', () => {
  it('"Seventy-one-year-old Ruzanna told …" is Ruzanna, and "the woman" after it is her too', () => {
    const text =
      'Back in the town\n\n' +
      'Many of those coming back were pensioners. Seventy-one-year-old Ruzanna told our reporter that she had ' +
      'left the town in May.\n\n' +
      '"We slept in the cellar for ten days. Now I want to see my garden," the woman said.';
    expect(speakersShown(text)).toEqual(['text:ruzanna', 'text:ruzanna']);
  });

  it('"the father of 19-year-old Tigran … he told" stays the father\'s: whose kin it is, is not "he"', () => {
    const text =
      'Prisoners home\n\n' +
      'Among those waiting at the bridge was the father of 19-year-old Tigran, who asked that the family name ' +
      'not be published. "We waited two years for this," he told the paper.';
    expect(speakersShown(text)).not.toContain('text:tigran');
  });

  it('"Forty-two-year-old Aram Vardanyan said …" is Aram Vardanyan', () => {
    const text = 'Road reopened\n\nForty-two-year-old Aram Vardanyan said the road had reopened on Sunday.';
    expect(speakersShown(text)).toEqual(['text:aram-vardanyan']);
  });
});

describe('where an inverted surname said it is no part of the name', () => {
  it('"“…,” writes Lindqvist in an email" is Lindqvist', () => {
    const text = 'Corridor\n\n"Free passage must be guaranteed," writes Lindqvist in an email.';
    expect(speakersShown(text)).toEqual(['text:lindqvist']);
  });

  it('"“…,” said Okafor in a statement on Monday" is Okafor', () => {
    const text = 'Corridor\n\n"The talks will go on," said Okafor in a statement on Monday.';
    expect(speakersShown(text)).toEqual(['text:okafor']);
  });
});

describe('a capital speaks for its state', () => {
  it('"Seoul said the ban would be reviewed" is South Korea', () => {
    const text = 'Travel ban\n\nSeoul said the travel ban would be reviewed once the fighting stops.';
    expect(speakersShown(text)).toEqual(['text:south-korea']);
  });
});

describe('a name given in a relative clause with "only" before its verb, or "by the first name"', () => {
  it('"Their organiser, who only wished to be identified by the first name Levon, said" is Levon, and so is his "he"', () => {
    const text =
      'Aid for the displaced\n\n' +
      'In Lyon, the mayor, Jean Morel, announced a fund for the families. "We will help them," he told the paper.\n\n' +
      'At the community hall, volunteers are collecting food. Their organiser, who only wished to be identified ' +
      'by the first name Levon, said the first convoy would leave next week.\n\n' +
      '"People give what they can," he said.';
    expect(speakersShown(text)).toEqual(['text:jean-morel', 'text:levon', 'text:levon']);
  });

  it('"A man who gave only the surname Karimov said" is Karimov', () => {
    const text =
      'Checkpoint\n\nA man who gave only the surname Karimov said the road had been closed since dawn.';
    expect(speakersShown(text)).toEqual(['text:karimov']);
  });
});

describe('a thought with its "that" inside a participle of saying is that saying\'s words', () => {
  it('"Farmers … blocked a road, saying they feared that …" is the farmers\', not a body\'s named before', () => {
    const text =
      'New border line\n\n' +
      'The two boundary commissions met in Lenk on Thursday.\n\n' +
      'Farmers of the village of Ost blocked a road on Friday, saying they feared that the new line would cut ' +
      'them off from their fields.';
    expect(speakerQuoteLines(text)).toEqual([
      'text:farmers: they feared that the new line would cut them off from their fields',
    ]);
  });
});

describe('a ministry named with its domain, then its seat', () => {
  it('"The Ministry of Foreign Affairs in Baku says that …" is Azerbaijan\'s foreign ministry', () => {
    const text =
      'Road protest\n\nThe Ministry of Foreign Affairs in Baku says that the protest concerns illegal mining.';
    expect(speakersShown(text)).toEqual(['mfa-azerbaijan']);
  });

  it('"The Ministry of Foreign Affairs in Lima" stays as written: no state the gazetteer seats there', () => {
    const text =
      'Road protest\n\nThe Ministry of Foreign Affairs in Lima says that the protest concerns mining.';
    expect(speakersShown(text)).not.toContain('mfa-azerbaijan');
  });
});

describe('a generic noun for a body named before, left unresolved, names no one', () => {
  it('"…, the department added" after a named Office gives no speaker "department"', () => {
    const text =
      'Shelling condemned\n\n' +
      'In Dublin, a Foreign Affairs and Trade Office spokesperson said: "We are alarmed by the reports."\n\n' +
      'The minister spoke to her Georgian counterpart on Sunday, the department added.';
    expect(speakersShown(text)).not.toContain('text:department');
  });

  it('"The bloc said" after a treaty Organization was named gives no speaker "bloc"', () => {
    const text =
      'Mission promised\n\n' +
      'Peru has asked the Lima-based Andean Defence Organization for help. The bloc said it would send a mission.';
    expect(speakersShown(text)).not.toContain('text:bloc');
  });
});
