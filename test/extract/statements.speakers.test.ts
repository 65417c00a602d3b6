import { describe, expect, it } from 'vitest';
import { extractFrom, speakersShown, statementsOf } from './statements.helpers.ts';

describe('one person, one id', () => {
  it('a full name the gazetteer lacks, then the surname alone or with "Mr": one id, the full name', () => {
    const text =
      'Azerbaijani foreign ministry spokesperson Aykhan Hajizada said that no one was forced to leave. ' +
      'Hajizada added that the road was open. Mr Hajizada noted that aid had arrived.';
    expect(speakersShown(text)).toEqual([
      'text:aykhan-hajizada',
      'text:aykhan-hajizada',
      'text:aykhan-hajizada',
    ]);
  });

  it('a surname whose full name the text gave where it was no speaker is that person', () => {
    const text =
      'In a phone call with regional governor Anna Mentarian, Aliyev said that the road would reopen. ' +
      'Mentarian stressed that traffic had resumed.';
    expect(speakersShown(text)).toEqual(['aliyev', 'text:anna-mentarian']);
  });

  it("a surname the text gave to someone else wins over the gazetteer's namesake", () => {
    const text =
      'Political analyst Tigran Mirzoyan said that the talks would fail. Mirzoyan added that both sides were tired.';
    expect(speakersShown(text)).toEqual(['text:tigran-mirzoyan', 'text:tigran-mirzoyan']);
  });

  it('two full names with one surname are two people; in their paragraph the surname alone is the one named last', () => {
    const text =
      'Ani Petrosyan said that the town was quiet. ' +
      'Levon Petrosyan said that he was afraid. Petrosyan added that the shelling started at night.';
    expect(speakersShown(text)).toEqual([
      'text:ani-petrosyan',
      'text:levon-petrosyan',
      'text:levon-petrosyan',
    ]);
  });

  it('given two people of one surname in earlier paragraphs, the surname alone keeps the one named first', () => {
    const text =
      'Ani Petrosyan said that the town was quiet.\n\n' +
      'Her son, Levon Petrosyan, was captured in 2020.\n\n' +
      'Petrosyan added that the shelling started at night.';
    expect(speakersShown(text)).toEqual(['text:ani-petrosyan', 'text:ani-petrosyan']);
  });

  it('a title, abbreviated or lower-case, is not part of the name', () => {
    const text =
      'MP Lilit Janulyan said that the border was calm. Mayor Elnur Mirulli warned that shelling continued. ' +
      'Regional governor Anna Mentarian announced that the corridor reopened.';
    expect(speakersShown(text)).toEqual(['text:lilit-janulyan', 'text:elnur-mirulli', 'text:anna-mentarian']);
  });
});

describe('a role before a name the gazetteer lacks', () => {
  it('is that person, not whoever holds a similar role', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan said that talks would resume. ' +
      'Deputy Foreign Minister Aysel Ararson stressed that the border was calm. ' +
      'Deputy Defense Minister Kamran Gyuyanli warned that shelling continued. Opposition leader Pierre Hagorian said that protests would go on.';
    expect(speakersShown(text)).toEqual([
      'mirzoyan',
      'text:aysel-ararson',
      'text:kamran-gyuyanli',
      'text:pierre-hagorian',
    ]);
  });

  it('a descriptive role before a name the gazetteer knows is still that name', () => {
    const text =
      'State Department Spokesperson Matthew Miller said that Washington was concerned. ' +
      'Presidential aide Hikmet Hajiyev said that the operation was over. "It is over," presidential aide Hikmet Hajiyev added.';
    expect(speakersShown(text)).toEqual(['miller', 'hajiyev', 'hajiyev']);
  });

  it('a spokesperson may relay a named person the gazetteer lacks', () => {
    const text =
      'In a separate statement, Miller said that Deputy Defense Minister Anna Gyuyanova expressed "concern over the shelling."';
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'miller',
        kind: 'reported',
        quote: 'Deputy Defense Minister Anna Gyuyanova expressed "concern over the shelling."',
      },
      { speaker: 'text:anna-gyuyanova', via: 'miller', kind: 'direct', quote: 'concern over the shelling.' },
    ]);
  });
});

describe('pointing back', () => {
  it('"the ministry", "the department" are the latest body with that noun in its name', () => {
    const text =
      'The Russian Defense Ministry said that the peacekeepers stayed. The ministry added that the road was open. ' +
      'The State Department said that talks would resume. The department noted that aid had arrived.';
    expect(speakersShown(text)).toEqual([
      'mod-russia',
      'mod-russia',
      'us-state-department',
      'us-state-department',
    ]);
  });

  it('"the MP", "the minister" are the last speaker when their role has the noun', () => {
    const text =
      'MP Lilit Janulyan said that the border was calm. The MP added that talks should resume. ' +
      'Deputy Defense Minister Gohar Orulova said that shelling continued. The Minister stressed that troops stayed.';
    expect(speakersShown(text)).toEqual([
      'text:lilit-janulyan',
      'text:lilit-janulyan',
      'text:gohar-orulova',
      'text:gohar-orulova',
    ]);
  });

  it('a pronoun with no one to point to gives no statement, and never becomes a speaker of its own', () => {
    expect(
      speakersShown(
        'He said that the road was open. They added that aid had arrived. We said that it was over.',
      ),
    ).toEqual([]);
  });
});

describe('unnamed speakers are descriptions', () => {
  it("people described, not named, share the description's head; the words as written stay in the mention", () => {
    const text =
      'Residents of Goris reported that shells fell overnight. Residents of Tegh and Kornidzor reported power cuts. ' +
      'One local official said that the depot exploded. A local official who asked not to be named said that ten people died.';
    const statements = extractFrom(text);
    expect(statements.map((s) => s.speaker.id)).toEqual([
      'text:residents',
      'text:residents',
      'text:local-official',
      'text:local-official',
    ]);
    expect(statements.map((s) => s.mention)).toEqual([
      'Residents of Goris',
      'Residents of Tegh and Kornidzor',
      'One local official',
      'A local official who asked not to be named',
    ]);
  });

  it('a clause before the comma is not a speaker: "…were displaced, the ombudsman said" after a quote', () => {
    const text =
      '"Traffic through the corridor resumed," the ministry declared. "It is open." 46,000 residents were displaced, the ombudsman said.';
    expect(speakersShown(text).some((id) => id.includes('displaced'))).toBe(false);
  });
});

describe('a speaker is the whole noun phrase the text gives, never a fragment of it', () => {
  it('a relational noun keeps its complement: "the head of state", never "head"', () => {
    expect(
      speakersShown(
        'Speaking in Shusha, the head of state said that the restoration would be completed by 2026.',
      ),
    ).toEqual(['text:head-of-state']);
  });

  it('a title after "of" is the role\'s place, not part of the person\'s name', () => {
    const text =
      'The Human Rights Defender of Artsakh Lusine Varosyan says the shelling continued overnight.';
    expect(speakersShown(text)).toEqual(['text:lusine-varosyan']);
  });

  it('"Defender" is a title: "Armenian Human Rights Defender X Y" is X Y', () => {
    const text = 'The Armenian Human Rights Defender Kristinne Grigoryan said the figures are preliminary.';
    expect(speakersShown(text)).toEqual(['text:kristinne-grigoryan']);
  });

  it('a body\'s noun after a title word is no surname: "the army\'s General Staff" is not "Staff"', () => {
    const text = "Protesters gathered in the square after the army's General Staff demanded his resignation.";
    expect(speakersShown(text)).not.toContain('text:staff');
  });

  it('a spokeswoman for a leader is the speaker, not the leader', () => {
    const text =
      'The talks will continue next week, a spokeswoman for Prime Minister Nikol Pashinyan said Thursday.';
    const [s] = extractFrom(text);
    expect(s!.speaker.id).not.toBe('pashinyan');
    expect(s!.speaker.kind).toBe('person');
    expect(s!.speaker.role).toBe('spokeswoman for Prime Minister Nikol Pashinyan');
  });

  it('a body\'s title with a comma-separated list stays whole after "According to"', () => {
    const text =
      'According to the State Commission on Prisoners of War, Hostages and Missing Persons, ' +
      '3,890 Azerbaijanis remain missing.';
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'text:state-commission-on-prisoners-of-war-hostages-and-missing-persons',
        kind: 'reported',
        quote: '3,890 Azerbaijanis remain missing',
      },
    ]);
  });

  it('figures are no speaker, whoever they come from, unless a named body stands behind them', () => {
    expect(
      statementsOf('The six-week war killed more than 6,000 people, according to figures from both sides.'),
    ).toEqual([]);
  });
});

describe('a name in apposition to a description is who spoke', () => {
  it('"The chairman of the committee, First Last, said" is First Last', () => {
    const text =
      'The chairman of the committee, Rovshan Mirzali, said the first returns were planned for spring.';
    expect(speakersShown(text)).toEqual(['text:rovshan-mirzali']);
  });

  it('titles before the apposed name stay out of it', () => {
    const text =
      "The contingent's commander, Lieutenant General Arkady Melnov, told reporters that 16 posts were set up.";
    expect(speakersShown(text)).toEqual(['text:arkady-melnov']);
  });

  it('a description in apposition to a name leaves the name the speaker', () => {
    const text = 'Anna Mentarian, the regional governor, said that the corridor reopened.';
    expect(speakersShown(text)).toEqual(['text:anna-mentarian']);
  });
});

describe('what a speaker describes is not what they said', () => {
  it('"described X as “…”": the words after "as" are the statement', () => {
    const text =
      'Hikmet Hajiyev visited the site. He described the strike as "a deliberate attack on a sleeping city."';
    const [s] = statementsOf(text);
    expect(s!.speaker).toBe('hajiyev');
    expect(s!.quote.startsWith('a deliberate attack')).toBe(true);
  });
});

describe('an outlet citing a source relays it', () => {
  it('"…, Trend reports citing the ministry": the ministry said it', () => {
    const text =
      'Armenian units shelled the Tartar district overnight, Trend reports citing the Azerbaijani Defense Ministry.';
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'mod-azerbaijan',
        kind: 'reported',
        quote: 'Armenian units shelled the Tartar district overnight',
      },
    ]);
  });
});
