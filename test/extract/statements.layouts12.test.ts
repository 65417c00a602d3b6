import { describe, expect, it } from 'vitest';
import { speakersAndOpenings, statementsOf } from './statements.helpers.ts';

describe('a recorded conversation with time-coded turns', () => {
  const episode =
    'The Border Hour\nEpisode 12: Waiting at the crossing\n\nTranscript\n\n' +
    '[00:00:03] MARTA KOVAC: Welcome back. The ministry says the crossing reopened on Monday. ' +
    'Joining me is Davit Sargsyan, a lawyer in Goris. Davit, what did you see?\n\n' +
    '[00:00:30] DAVIT SARGSYAN: Long queues. Drivers told me they had slept in their cabs for two nights.\n\n' +
    '[00:01:02] DAVIT SARGSYAN: And the paperwork is slow. Nobody knows the rules yet.\n\n' +
    '[00:01:40] MARTA KOVAC: Prime Minister Nikol Pashinyan has been quiet. Davit?\n\n' +
    '[00:01:44] DAVIT SARGSYAN: He has. He said on Tuesday that the crossing would stay open.\n\n' +
    '[00:02:10] MARTA KOVAC: We will leave it there. Thank you.\n';

  it('each turn is its labelled speaker’s; a turn running over two time codes gives two statements', () => {
    const turns = statementsOf(episode).filter((s) => s.speaker === 'text:davit-sargsyan');
    expect(turns.map((s) => s.quote.slice(0, 20))).toEqual([
      'Long queues. Drivers',
      'And the paperwork is',
      'He has. He said on T',
    ]);
  });

  it('the host, whose turns mostly ask, states nothing; what she relays is the source’s', () => {
    const found = speakersAndOpenings(episode, 30);
    expect(found.map(([s]) => s)).not.toContain('text:marta-kovac');
    expect(found.some(([, q]) => q!.startsWith('We will leave'))).toBe(false);
  });

  it('others a turn tells of are theirs; "he" is never the turn’s own speaker', () => {
    const found = speakersAndOpenings(episode, 40);
    expect(found).toContainEqual(['text:drivers', 'they had slept in their cabs for two nig']);
    expect(found).toContainEqual(['pashinyan', 'the crossing would stay open']);
  });

  it('a single time-coded line is no transcript', () => {
    const text =
      '[00:00:03] MARTA KOVAC: Welcome back to the show.\n\nThe ministry said the road was open.\n';
    expect(speakersAndOpenings(text, 30).map(([s]) => s)).not.toContain('text:marta-kovac');
  });
});

describe('a council meeting names speakers by the country they represent', () => {
  it('"The representative of X" and "X’s delegate" are X’s government', () => {
    expect(
      speakersAndOpenings(
        'The representative of the Russian Federation said the convoy had been delayed.',
        30,
      ),
    ).toEqual([['gov-russia', 'the convoy had been delayed']]);
    expect(speakersAndOpenings('Armenia’s delegate said the figures spoke for themselves.', 40)).toEqual([
      ['gov-armenia', 'the figures spoke for themselves'],
    ]);
  });

  it('a country the gazetteer lacks is filed under its own name, never as a representative', () => {
    expect(
      speakersAndOpenings('The representative of Brazil said the council should meet again.', 30),
    ).toEqual([['text:brazil', 'the council should meet again']]);
  });
});

describe('a speaker described by kin of someone named', () => {
  it('"The mother of X" is not X', () => {
    expect(
      speakersAndOpenings('The widow of Armen Hakobyan told reporters that she had not been informed.', 30),
    ).toEqual([['text:widow', 'she had not been informed']]);
  });
});

describe('a stance toward a thing reports no words', () => {
  it('"expressed deep concern about X" and "highlighted the visit" are no statements', () => {
    expect(
      speakersAndOpenings(
        'The representative of Malta expressed deep concern about the humanitarian situation.',
        30,
      ),
    ).toEqual([]);
    expect(speakersAndOpenings('The speaker highlighted the visit of the delegation.', 30)).toEqual([]);
  });

  it('"expressed hope that …" is one, and a participle of saying after the stance speaks', () => {
    expect(speakersAndOpenings('The minister expressed hope that the talks would resume soon.', 30)).toEqual([
      ['text:minister', 'the talks would resume soon'],
    ]);
    expect(
      speakersAndOpenings(
        'Tomas Reyner highlighted the visit, noting that it came at a hard time for the valley.',
        30,
      ),
    ).toEqual([['text:tomas-reyner', 'it came at a hard time for the']]);
  });
});

describe('words set off after a trailing attribution', () => {
  it('"A, the ministry said, in the deadliest incident …" credits A, however long the addition', () => {
    expect(
      speakersAndOpenings(
        'Four rescue workers were injured near the dam on Friday when a wall collapsed, the emergency ' +
          'service said, in the worst accident at the site since construction began in the spring of 2019.',
        40,
      ),
    ).toEqual([['text:emergency-service', 'Four rescue workers were injured near th']]);
  });
});

describe('magazine verbs of saying', () => {
  it('"X reckons …" is X’s saying', () => {
    expect(
      speakersAndOpenings('An analyst in Tbilisi reckons the pipeline will be full by spring.', 40),
    ).toEqual([['text:analyst', 'the pipeline will be full by spring']]);
  });
});

describe('an aside inside a relative clause', () => {
  it('"…, which, Baku insists, implies …": the predicate after the aside is what was said', () => {
    expect(
      speakersAndOpenings(
        'The preamble refers to a declaration of independence which, Baku insists, implies a claim on Karabakh.',
        40,
      ),
    ).toEqual([['gov-azerbaijan', 'implies a claim on Karabakh']]);
  });

  it('a relative pronoun is never the speaker of a tail', () => {
    const found = speakersAndOpenings(
      'The convoy reached the border, which, the ministry said, was closed again on Monday.',
      60,
    );
    expect(found).toEqual([['text:ministry', 'was closed again on Monday']]);
  });

  it('"All of which, he said, would …" keeps its opening', () => {
    expect(speakersAndOpenings('Dario Lenz spoke. All of which, he said, would take years.', 40)).toEqual([
      ['text:dario-lenz', 'All of which'],
    ]);
  });
});

describe('a lower-case media role before a one-word name', () => {
  it('"the military blogger Rybar" is Rybar', () => {
    expect(
      speakersAndOpenings('Two drones were shot down, the pro-Kremlin military blogger Rybar reported.', 40),
    ).toEqual([['text:rybar', 'Two drones were shot down']]);
  });
});

describe('an unnamed speaker described by what they take part in', () => {
  it('"an EU diplomat involved in the talks" is filed as an EU diplomat', () => {
    expect(
      speakersAndOpenings('"The deal is not dead," said an EU diplomat involved in the talks.', 30).map(
        ([s]) => s,
      ),
    ).toEqual(['text:eu-diplomat']);
  });
});

describe('a body named after a generic owner', () => {
  it('"the region’s separatist authorities" are the Karabakh authorities', () => {
    expect(
      speakersAndOpenings(
        'Nine people were killed, according to the region’s separatist authorities.',
        30,
      ).map(([s]) => s),
    ).toEqual(['karabakh-authorities']);
  });
});

describe('a pronoun after a body’s representative', () => {
  it('"she" after "the representative of X said" is X again, never an earlier speaker', () => {
    const text =
      'Opening the meeting, Tomas Reyner, the council’s envoy, said the talks had stalled.\n\n' +
      'The representative of the Russian Federation said the convoy had been delayed. ' +
      'The old agreement remained the basis for a settlement, she said.';
    expect(speakersAndOpenings(text, 24).slice(1)).toEqual([
      ['gov-russia', 'the convoy had been dela'],
      ['gov-russia', 'The old agreement remain'],
    ]);
  });
});

describe('a participle of saying opening the sentence', () => {
  it('"Noting that A, he urged …": A is said by the main clause’s subject', () => {
    const text =
      'Tomas Reyner said the bridge had reopened. Noting that the first convoy had crossed earlier today, ' +
      'he urged both sides to keep the road open.';
    expect(speakersAndOpenings(text, 40)).toEqual([
      ['text:tomas-reyner', 'the bridge had reopened'],
      ['text:tomas-reyner', 'the first convoy had crossed earlier tod'],
    ]);
  });

  it('"Noting that, she left" opens no saying', () => {
    expect(speakersAndOpenings('Noting that, she left the room.', 30)).toEqual([]);
  });
});

describe('a live post’s title that says who says it', () => {
  it('"…, State Department says" and "Armenia’s prime minister says …" are statements', () => {
    const text =
      '2:10 p.m. ET, May 4, 2023\n\nTalks "at a sensitive stage," State Department says\n\n' +
      'The talks will go on next week, a spokesperson said.\n\n' +
      '1:05 p.m. ET, May 4, 2023\n\nArmenia’s prime minister says the border will stay open\n\n' +
      'Nikol Pashinyan spoke in parliament.';
    expect(speakersAndOpenings(text, 40).slice(0, 1)).toEqual([
      ['us-state-department', 'Talks "at a sensitive stage,"'],
    ]);
    expect(speakersAndOpenings(text, 40)).toContainEqual(['pashinyan', 'the border will stay open']);
  });

  it('a title whose speaker only the text could tell, or whose verb is not "says", is no statement', () => {
    const text =
      'Toll rises, rights official says\n\nNikol Pashinyan said the border was calm.\n\n' +
      'Kremlin urges both sides to stop\n\nBlinken tells Baku to stop hostilities\n\nThe day was quiet.';
    expect(speakersAndOpenings(text, 40)).toEqual([['pashinyan', 'the border was calm']]);
  });
});

describe('a release names its author by role after introducing her once', () => {
  const release =
    'STATEMENT\nof the Human Rights Commissioner of the Republic of Aronia\n\n' +
    '1. Today, on the Day of Awareness and Assistance in Mine Action, the Commissioner for Human Rights ' +
    '(Ombudsman) of the Republic of Aronia, Mirela Dashova, draws attention to the mine threat.\n\n' +
    '2. The Ombudsman notes that the mines are a violation of the conventions.\n\n' +
    '3. President Ilham Aliyev has said that the mines are an obstacle to the Great Return.\n\n' +
    '4. The Commissioner stresses that the families must be heard. She adds that the maps are incomplete.';

  it('"The Ombudsman", "The Commissioner" and "She" are the one person introduced with that role', () => {
    const found = speakersAndOpenings(release, 24).filter(([s]) => s !== 'aliyev');
    expect(found).toEqual([
      ['text:mirela-dashova', 'the mines are a violatio'],
      ['text:mirela-dashova', 'the families must be hea'],
      ['text:mirela-dashova', 'the maps are incomplete'],
    ]);
  });

  it('"the NA President" is the one the text introduced as President of the National Assembly', () => {
    const text =
      'On October 5 the President of the National Assembly of the Republic of Armenia Alen Simonyan ' +
      'received the delegation.\n\nThe NA President said the visit came at a difficult time.';
    expect(speakersAndOpenings(text, 40)).toEqual([['alen-simonyan', 'the visit came at a difficult time']]);
  });

  it('an abbreviation the role’s words do not spell names no one', () => {
    const text =
      'On October 5 the President of the National Assembly of the Republic of Armenia Alen Simonyan ' +
      'received the delegation.\n\nThe EU President said the visit came at a difficult time.';
    expect(speakersAndOpenings(text, 40).map(([s]) => s)).not.toContain('alen-simonyan');
  });
});

describe('a saying inside a relative clause set off by commas', () => {
  it('ends at the clause’s closing comma, not in the main clause', () => {
    expect(
      speakersAndOpenings(
        'The accord signed in Tbilisi in 2021, under which Georgia said the border would stay open, was praised by the bank.',
        60,
      ),
    ).toEqual([['text:georgia', 'the border would stay open']]);
  });
});

describe('a body named "Ministry of …"', () => {
  it('is filed under its whole name, never as a person named by the words after "of"', () => {
    const found = statementsOf('The Ministry of Emergency Situations said 300 residents had been evacuated.');
    expect(found.map((s) => s.speaker)).toEqual(['text:ministry-of-emergency-situations']);
  });
});

describe('data a government stands behind', () => {
  it('"according to Armenian government data" is the Armenian government; "official data" no one', () => {
    expect(
      speakersAndOpenings('More than 900 people left, according to Armenian government data.', 40),
    ).toEqual([['gov-armenia', 'More than 900 people left']]);
    expect(speakersAndOpenings('According to official data, 40 people were hurt.', 30)).toEqual([]);
  });
});

describe('a clause hung on a narrative with "following which"', () => {
  it('is what a final "according to" vouches for', () => {
    expect(
      speakersAndOpenings(
        'In May the army took the pass after a two-day push, following which 4,000 villagers fled, ' +
          'according to Armenian government data.',
        40,
      ),
    ).toEqual([['gov-armenia', '4,000 villagers fled']]);
  });
});

describe('an "according to" aside after a conjunction', () => {
  it('vouches for the conjunct after it only', () => {
    expect(
      speakersAndOpenings(
        'The new maps cover only part of the valley and, according to the Azerbaijani side, are badly out of date.',
        40,
      ),
    ).toEqual([['gov-azerbaijan', 'are badly out of date']]);
  });
});

describe('a request for anonymity', () => {
  it('"asked that her name not be used" is no statement; what she said is', () => {
    const text =
      'A nurse in Goris said the wards were full. She asked that her name not be used for fear of reprisals.';
    expect(speakersAndOpenings(text, 40)).toEqual([['text:nurse', 'the wards were full']]);
  });
});

describe('a request for anonymity after a quote', () => {
  it('"…,” she said, asking that her name not be used" adds no statement', () => {
    const text =
      'Anna Petrosyan works in Goris. "The wards are full," she said, asking that her name not be used.';
    expect(speakersAndOpenings(text, 40)).toEqual([['text:anna-petrosyan', 'The wards are full,']]);
  });
});

describe('an absolute construction with a participle of saying', () => {
  it('"…, with analysts warning that …" is the analysts’ saying', () => {
    expect(
      speakersAndOpenings(
        'Prices rose again on Monday, with analysts warning that the rally would not last.',
        40,
      ),
    ).toEqual([['text:analysts', 'the rally would not last']]);
  });

  it('"with his wife saying nothing" reports nothing', () => {
    expect(speakersAndOpenings('He left the court with his wife saying nothing.', 30)).toEqual([]);
  });
});

describe('unnamed groups of states', () => {
  it('"several member states" are filed as member states', () => {
    expect(
      speakersAndOpenings('Several member states argued that the bloc had to act.', 30).map(([s]) => s),
    ).toEqual(['text:member-states']);
  });
});

describe('what stays part of a saying split by its attribution', () => {
  it('"A, he said, because B" is not cut to A by a long addition', () => {
    const found = statementsOf(
      'In the late 1990s, Ms. Grigoryan said, when she was teaching in Shushi, a colonel visited her.',
    );
    expect(found.map((s) => s.quote)).not.toContain('In the late 1990s');
  });

  it('"A, he added, pointing to B" credits A', () => {
    expect(
      speakersAndOpenings(
        'Tomas Reyner spoke last. His town was ready to take in the families, he added, pointing to the ' +
          'empty school buildings and the hostel the council had bought during the first war.',
        40,
      ),
    ).toEqual([['text:tomas-reyner', 'His town was ready to take in the famili']]);
  });

  it('"Noting that A, X added: “B”" leaves the quoted saying to the main clause', () => {
    const found = speakersAndOpenings(
      'Noting that the vote was close, Tomas Reyner added: "That is where the problem is."',
      40,
    );
    expect(found).toEqual([['text:tomas-reyner', 'That is where the problem is.']]);
  });
});
