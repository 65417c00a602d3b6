import { describe, expect, it } from 'vitest';
import { headlineSaid, statementsOf, timelineFor } from './statements.helpers.ts';

/** Session 52 (census of fresh-78). */
describe("a relative's words inside a speaker's quote, near variants (CONVENTIONS row S)", () => {
  it('given "whose 19-year-old daughter …" and then "“She rang me from the bus and said, \'…\'”", the daughter said it', () => {
    const text =
      'In Goris, Mariam Avetyan, whose 19-year-old daughter was among those freed, said she had waited all night. "She rang me from the bus and said, \'Mum, the road is open at last,\'" she said.';
    const kin = statementsOf(text).find((s) => s.speaker === 'text:daughter');
    expect(kin?.quote.startsWith('Mum, the road is open at last,')).toBe(true);
  });

  it('given "“My nephew told me at the border that he never sleeps there any more,”", the nephew said it', () => {
    const text =
      '"We lost the orchard," said Karine Hakobyan, 58. "My nephew told me at the border that he never sleeps there any more."';
    const kin = statementsOf(text).find((s) => s.speaker === 'text:nephew');
    expect(kin?.quote).toBe('he never sleeps there any more.');
  });

  it('given "“She told me when we parted, \'Bring the children back,\'”", her words start inside the inner marks', () => {
    const text =
      'Levon Sargsyan said his mother had stayed in the village. "She told me when we parted, \'We will wait for you here,\'" he said.';
    const kin = statementsOf(text).find((s) => s.speaker === 'text:mother');
    expect(kin?.quote.startsWith('We will wait for you here')).toBe(true);
  });
});

describe('a heading\'s "<People> of <place> say …" (CONVENTIONS 5 and 9)', () => {
  const piece = (headline: string) =>
    `${headline}\n\nBy Staff Reporter\n\nThe border road stayed closed on Monday. Officials met in the capital.\n`;

  it('"Residents of Lachin say …" → the residents, the place dropped', () => {
    expect(headlineSaid(piece('Residents of Lachin say the ferry has stopped running'))).toEqual([
      'text:residents',
      'Residents of Lachin',
      'the ferry has stopped running',
    ]);
  });
});

describe('a dateline of two cities joined by a slash', () => {
  it('given "YEREVAN/TBILISI - Queues grew on Monday, drivers said, …", what the drivers said starts after the dateline', () => {
    const text =
      'YEREVAN/TBILISI - Queues of lorries grew at the border crossing on Monday, drivers said, as customs checks slowed.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual([
      'Queues of lorries grew at the border crossing on Monday',
    ]);
  });
});

describe("another country's ministry in a story datelined in the region (CONVENTIONS 1, row R)", () => {
  it('given "STEPANAKERT - …" and "The Philippines\' Department of Foreign Affairs said …", the speaker is that department, not the region\'s authorities', () => {
    const text =
      "STEPANAKERT - The road stayed closed on Monday.\n\nThe Philippines' Department of Foreign Affairs said it had no record of citizens in the region.";
    const said = statementsOf(text).find((s) => s.quote.startsWith('it had no record'));
    expect(said?.speaker).toBe('text:philippine-department-of-foreign-affairs');
  });

  it('given "Thailand\'s Ministry of Foreign Affairs said …" there, no speaker of the region', () => {
    const text =
      "STEPANAKERT - The road stayed closed on Monday.\n\nThailand's Ministry of Foreign Affairs said it was following events closely.";
    const said = statementsOf(text).find((s) => s.quote.startsWith('it was following'));
    expect(said?.speaker).not.toBe('karabakh-authorities');
  });
});

describe('"“A,” X told parliament, adding that B “…”" (CONVENTIONS 12)', () => {
  it('given a lower-case addressee before ", adding that", the added clause with its quote is a second statement', () => {
    const text =
      '"We will not give up an inch," Prime Minister Nikol Pashinyan told parliament, adding that the army had lost "two positions" near Jermuk.';
    const added = statementsOf(text).find((s) => s.quote.startsWith('the army had lost'));
    expect(added?.speaker).toBe('pashinyan');
  });
});

describe("a counted group a host's sentence names by role (CONVENTIONS 13)", () => {
  it('given "Foreign Minister X hosted his Turkish and Azerbaijani counterparts … the three foreign ministers said", each minister of that day said it', () => {
    const text = [
      'ANKARA: Foreign Minister Shah Mahmood Qureshi hosted his Turkish and Azerbaijani counterparts on Tuesday for talks on trade.',
      'In a final communique, the three foreign ministers said they would meet again in Baku. Mevlüt Çavuşoğlu and Jeyhun Bayramov then left for home.',
    ].join('\n\n');
    const said = statementsOf(
      text,
      timelineFor(text, { year: 2021, month: 2, day: 2, precision: 'day', yearStatus: 'stated' }),
    ).filter((s) => s.quote.startsWith('they would meet'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['bayramov', 'cavusoglu', 'text:shah-mahmood-qureshi']);
  });

  it('given "Putin hosted the leaders of Azerbaijan and Armenia … the three leaders said", the leaders the text names said it', () => {
    const text = [
      'MOSCOW: Russian President Vladimir Putin hosted the leaders of Azerbaijan and Armenia on Monday.',
      'In a joint statement, the three leaders said the border would be marked by spring. Aliyev and Pashinyan left after dinner.',
    ].join('\n\n');
    const said = statementsOf(
      text,
      timelineFor(text, { year: 2021, month: 1, day: 11, precision: 'day', yearStatus: 'stated' }),
    ).filter((s) => s.quote.startsWith('the border would'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['aliyev', 'pashinyan', 'putin']);
  });

  it('given the counterparts are never named in the text, the group stays unnamed', () => {
    const text = [
      'ANKARA: Foreign Minister Shah Mahmood Qureshi hosted his Turkish and Azerbaijani counterparts on Tuesday for talks on trade.',
      'In a final communique, the three foreign ministers said they would meet again in Baku.',
    ].join('\n\n');
    const said = statementsOf(
      text,
      timelineFor(text, { year: 2021, month: 2, day: 2, precision: 'day', yearStatus: 'stated' }),
    ).map((s) => s.speaker);
    expect(said).not.toContain('cavusoglu');
  });
});
