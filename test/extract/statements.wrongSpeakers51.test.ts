import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, statementsOf } from './statements.helpers.ts';

describe('a relative named by a kin noun and a given name after a named possessive is that person', () => {
  it('"Hovik\'s wife Narine, …, says …. “…,” she says" is Narine both times, never "Hovik\'s wife Narine"', () => {
    const text =
      'A family in Lyon follows the war\n\n' +
      "Hovik's wife Narine, who moved to Lyon in 2010, says the children no longer ask about the front.\n\n" +
      '"They see it on television every evening," she says.';
    expect(speakersShown(text)).toEqual(['text:narine', 'text:narine']);
  });
});

describe('a cleric’s title before one name is no part of the name', () => {
  it('"Father Gevorg, the parish priest, says …" is Gevorg, and so is the later "he says"', () => {
    const text =
      'A parish becomes a meeting place\n\n' +
      'Father Gevorg, the parish priest, says about 30 families in the parish have sons at the front.\n\n' +
      '"People come to pray, and to talk," he says.';
    expect(speakersShown(text)).toEqual(['text:gevorg', 'text:gevorg']);
  });

  it('"Father Gevorg" named without a saying is whom a later "According to him" and "he" point to', () => {
    const text =
      'Aid collected in a Paris suburb\n\n' +
      'The mayor, Luc Delorme, opened the town hall to donors on Monday.\n\n' +
      'Father Gevorg, the parish priest, is less interested in politics. According to him, the first ' +
      'lorry will leave on Thursday. "After that we will need money more than clothes," he warns.';
    expect(speakersShown(text)).toEqual(['text:gevorg', 'text:gevorg']);
  });

  it('a full name after the title keeps the full name', () => {
    const text =
      'A parish becomes a meeting place\n\n' +
      'Father Gevorg Hakobyan, the parish priest, says about 30 families have sons at the front.';
    expect(speakersShown(text)).toEqual(['text:gevorg-hakobyan']);
  });
});

describe('"the press service of the <role> of <country>" is that press service, never the role holder', () => {
  it('"According to the press service of the Deputy Prime Minister of Armenia, …" is the press service', () => {
    const text =
      'Road to reopen\n\n' +
      'According to the press service of the Deputy Prime Minister of Armenia, the commissions agreed ' +
      'today that the road would reopen. The statement says the work will end by June 1.';
    const found = speakersShown(text);
    expect(found).toHaveLength(2);
    for (const id of found) expect(id).toMatch(/-press-service$/);
  });
});

describe('"had earlier" before a verb of saying is an adverb in the verb group, not "the earlier claims"', () => {
  it('"The Ministry of Defense had earlier announced that …" is the ministry’s statement', () => {
    const text =
      'Toll\n\nThe Ministry of Defense had earlier announced that the road to the lake was closed.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['the road to the lake was closed']);
  });

  it('"The Georgian side had earlier claimed that …" is a statement too', () => {
    const text = 'Border\n\nThe Georgian side had earlier claimed that the patrol crossed first.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['the patrol crossed first']);
  });

  it('"the earlier claims that …" stays a noun: no statement', () => {
    const text = 'Border\n\nThe ministry repeated the earlier claims that the patrol crossed first.';
    expect(statementsOf(text).map((s) => s.quote)).not.toContain('the patrol crossed first');
  });
});

describe('"a statement from the office of …" is the office’s, never a speaker named "statement"', () => {
  it('"A statement from the office of the district’s governor said …" is the governor’s office', () => {
    const text =
      'Truce\n\nA statement from the office of the district’s governor said the two sides had agreed to a truce.';
    const [id] = speakersShown(text);
    expect(id).not.toBe('text:statement');
    expect(id).toMatch(/office$/);
  });
});

describe('an outlet’s correspondent named in apposition reporting is the outlet’s own voice (CONVENTIONS 11)', () => {
  it('"Kavkaz TV correspondent Aram Hovsepyan reports from Kapan that …" is no statement', () => {
    const text =
      'Convoy passes Kapan\n\n' +
      'Kavkaz TV correspondent Aram Hovsepyan reports from Kapan that columns of trucks passed through the town.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('"NTV Tbilisi correspondent Nino Beridze reported that …" is none either', () => {
    const text =
      'Crowds in the capital\n\n' +
      'NTV Tbilisi correspondent Nino Beridze reported that crowds had gathered in the capital after the announcement.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('"A Reuters reporter said she saw …" stays a witness’s statement', () => {
    const text = 'Crowds in the capital\n\nA Reuters reporter said she saw crowds in the capital.';
    expect(speakersShown(text)).toHaveLength(1);
  });
});

describe('"In her opinion," before a subject and a quoted predicate is her statement (CONVENTIONS 9)', () => {
  it('"…. In her opinion, Moscow “has lost this lever”." is a second statement of hers', () => {
    const text =
      'Analysts weigh the withdrawal\n\n' +
      'Oksana Hrytsenko noted that Moscow had lost its leverage. In her opinion, Moscow "has lost this lever".';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:oksana-hrytsenko', 'Moscow had lost its leverage'],
      ['text:oksana-hrytsenko', 'Moscow "has lost this lever"'],
    ]);
  });

  it('"In his words, Tbilisi “can …”" likewise', () => {
    const text =
      'An offer to host talks\n\n' +
      'Levan Beridze spoke to the station on Monday. In his words, Tbilisi "can be a place where both sides meet."';
    expect(speakersShown(text)).toEqual(['text:levan-beridze']);
  });

  it('"In his opinion, yes." with no clause and no quote is none', () => {
    const text = 'Talks\n\nLevan Beridze spoke to the station on Monday. In his opinion, yes.';
    expect(speakersShown(text)).toEqual([]);
  });
});
