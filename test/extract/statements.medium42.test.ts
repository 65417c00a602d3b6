import { describe, expect, it } from 'vitest';
import { speakerIdsFrom, speakersShown, speakersViaAndQuotes } from './statements.helpers.ts';

/** Sentences written for these tests (session 42): news outlets as media, not speakers (CONVENTIONS 15). */
describe('"According to <outlet>, <a description> said <clause>": the one described speaks', () => {
  it('a wire hands on a diplomatic source whose "said" has no "that"', () => {
    const text =
      'According to AFP, a diplomatic source in Brussels said it would take weeks to agree on the text.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:diplomatic-source', 'text:afp', 'it would take weeks to agree on the text'],
    ]);
  });

  it('a setting between "said" and its "that" is passed over', () => {
    const text =
      'According to AFP, a diplomatic source in Brussels said on Monday that the text was nearly agreed.';
    expect(speakersShown(text)).not.toContain('text:afp');
  });

  it('a body that is no press keeps its own "according to" reading', () => {
    const text = 'According to the ministry, two soldiers were wounded near the border on Sunday.';
    expect(speakersShown(text)).toEqual(['text:ministry']);
  });
});

describe('"According to <own outlet>\'s report, …": the copy’s own report is the writer’s voice', () => {
  it('the commander it quotes speaks, not the outlet’s report', () => {
    const text = "According to Pardis's report, the commander said the drills would continue for three days.";
    expect(speakerIdsFrom('Pardis', text)).toEqual(['text:commander']);
  });
});

describe('a masthead with its rubric on the first line names the copy’s outlet', () => {
  it('"Kavkaz.TV  World" then "…, Kavkaz reports" is the outlet’s own voice', () => {
    const text =
      'Kavkaz.TV  World\n\nTalks stall in Brussels\n\nThe talks will resume next week, Kavkaz reports.';
    expect(speakerIdsFrom(null, text)).toEqual([]);
  });

  it('the rubric may follow after one space, as a collapsed line gives it', () => {
    const text =
      'Kavkaz.TV World\n\nTalks stall in Brussels\n\nThe talks will resume next week, Kavkaz reports.';
    expect(speakerIdsFrom(null, text)).toEqual([]);
  });

  it('a headline that names a site but has words in lower case is no masthead', () => {
    const text = 'Kavkaz.TV says talks stall\n\nThe talks will resume next week, Kavkaz reports.';
    expect(speakerIdsFrom(null, text)).toContain('text:kavkaz');
  });

  it('a headline of capitalised words with no site name is no masthead', () => {
    const text = 'Talks Stall Again\n\nThe talks will resume next week, Kavkaz reports.';
    expect(speakerIdsFrom(null, text)).toEqual(['text:kavkaz']);
  });
});

describe('"…, <a body> said, citing <a group>": a body that is no press relays (CONVENTIONS 14)', () => {
  it('the refugee agency and the local authorities both speak', () => {
    const text = 'About 2,000 people crossed into Armenia overnight, UNHCR said, citing local authorities.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['unhcr', undefined, 'About 2,000 people crossed into Armenia overnight'],
      ['text:local-authorities', 'unhcr', 'About 2,000 people crossed into Armenia overnight'],
    ]);
  });

  it('an outlet that "said, citing" stays the medium', () => {
    const text =
      'About 2,000 people crossed into Armenia overnight, Interfax said, citing local authorities.';
    expect(speakersShown(text)).toEqual(['text:local-authorities']);
  });
});

describe('a body named after its kind is named by its name (CONVENTIONS 2, 7)', () => {
  it('"the Azerbaijani news agency APA" is APA', () => {
    const text =
      'According to the Azerbaijani news agency APA, the first column of trucks left the town on Wednesday.';
    expect(speakersShown(text)).toEqual(['text:apa']);
  });

  it('"pro-government Turkish daily Sabah" is Sabah', () => {
    const text = 'Pro-government Turkish daily Sabah wrote that the two leaders also discussed the new road.';
    expect(speakersShown(text)).toEqual(['text:sabah']);
  });

  it('a capitalised kind is part of the name, and a person after it is the person', () => {
    const text = 'The Mine Action Agency Director Vugar Suleymanov said the fields were cleared.';
    expect(speakersShown(text)).toEqual(['text:vugar-suleymanov']);
  });
});
