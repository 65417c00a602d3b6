import { describe, expect, it } from 'vitest';
import { speakersAndOpenings, speakersShown, statementsOf } from './statements.helpers.ts';

describe('a group that spoke together is "the two countries", "both sides" and its joint text', () => {
  it('a joint statement read over three sentences (broadsheet style)', () => {
    const text =
      'Armenia and Azerbaijan on Thursday announced they would swap prisoners.\n\n' +
      'In a joint statement, the two countries said that 32 servicemen would be freed. ' +
      'The statement said the two sides "see a chance for peace." It also said talks would go on.';
    expect(speakersAndOpenings(text)).toEqual([
      ['gov-armenia', 'they would swap prisoner'],
      ['gov-azerbaijan', 'they would swap prisoner'],
      ['gov-armenia', '32 servicemen would be f'],
      ['gov-azerbaijan', '32 servicemen would be f'],
      ['gov-armenia', 'the two sides "see a cha'],
      ['gov-azerbaijan', 'the two sides "see a cha'],
      ['gov-armenia', 'talks would go on'],
      ['gov-azerbaijan', 'talks would go on'],
    ]);
  });

  it('"in what both sides described as …" is each side’s saying too (wire style)', () => {
    const text =
      'Armenia and Azerbaijan agreed on Friday to open talks, in what both sides described as a "new page."';
    expect(speakersAndOpenings(text)).toContainEqual(['gov-armenia', 'new page.']);
    expect(speakersAndOpenings(text)).toContainEqual(['gov-azerbaijan', 'new page.']);
  });

  it('"the two leaders" are people named together, never the countries', () => {
    const text =
      'Ilham Aliyev and Nikol Pashinyan met in Prague. They issued no text.\n\n' +
      'Russia and Turkey said they backed the talks. The two leaders said the talks had been "useful."';
    const last = statementsOf(text).filter((s) => s.quote.includes('useful'));
    expect(last.map((s) => s.speaker)).not.toContain('gov-russia');
  });

  it('"in what both sides called …" with no group to name is no one’s', () => {
    const text = 'Fighting resumed on the border, in what both sides called a "provocation."';
    expect(statementsOf(text)).toEqual([]);
  });

  it('without a group before, "the two countries" names no one of them', () => {
    const text = 'Azerbaijan said on Monday that talks would resume. The two countries said a date was set.';
    const speakers = speakersShown(text);
    expect(speakers.filter((s) => s === 'gov-azerbaijan')).toHaveLength(1);
  });

  it('a statement one member wrote alone stays that member’s', () => {
    const text =
      'Armenia and Azerbaijan agreed to swap prisoners, officials said.\n\n' +
      'Azerbaijan’s Foreign Ministry said in a statement that the swap was fair. ' +
      'The statement said it was "a goodwill gesture."';
    const last = statementsOf(text).filter((s) => s.quote.includes('goodwill'));
    expect(last.map((s) => s.speaker)).toEqual(['mfa-azerbaijan']);
  });
});

describe('the two sides’ ministries named together are each side’s ministry (CONVENTIONS 13)', () => {
  const pair = (text: string) =>
    statementsOf(text)
      .map((s) => s.speaker)
      .sort();

  it('"the Armenian and Azerbaijani foreign ministries said" (regional outlet style)', () => {
    const text =
      'Armenian and Azerbaijani diplomats met in Tashkent on Tuesday. The Armenian and Azerbaijani ' +
      'foreign ministries said in separate statements that the talks had been "substantive."';
    expect(pair(text)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });

  it('"according to the defence ministries of both countries" (wire style)', () => {
    const text =
      'Armenia and Azerbaijan traded fire overnight. Six soldiers were wounded, ' +
      'according to the defence ministries of both countries.';
    expect(pair(text)).toEqual(['mod-armenia', 'mod-azerbaijan']);
  });

  it('"according to the two countries’ defence ministries" and "the ministries of Armenia and Azerbaijan"', () => {
    const possessive =
      'Armenia and Azerbaijan clashed again. Two soldiers died, according to the two countries’ defence ministries.';
    const named =
      'Shooting resumed on the border. The foreign ministries of Armenia and Azerbaijan said that a new round of talks was planned.';
    expect(pair(possessive)).toEqual(['mod-armenia', 'mod-azerbaijan']);
    expect(pair(named)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });

  it('bare "defence ministries" name no side', () => {
    const text = 'Armenia and Azerbaijan clashed again. Defence ministries said that two soldiers had died.';
    expect(pair(text)).not.toContain('mod-armenia');
  });
});

describe('bodies listed as joint speakers, one named "Ministry of …" (CONVENTIONS 13)', () => {
  const speakers = (text: string) => speakersShown(text);

  it('three bodies, commas and "and", each speaks (agency style)', () => {
    const text =
      'A tractor driver was hurt by an anti-tank mine near Aghdam on Sunday. The Prosecutor ' +
      "General's Office, the Ministry of Emergency Situations and ANAMA said in a joint statement " +
      'that an investigation had been launched.';
    expect(speakers(text)).toHaveLength(3);
    expect(speakers(text)).toContain('text:ministry-of-emergency-situations');
    expect(speakers(text)).toContain('anama');
  });

  it('a single body whose name holds "and" stays one speaker', () => {
    const text =
      'Allowances for displaced families will rise. The Ministry of Labour and Social Protection ' +
      'said that the payments would start in March.';
    expect(speakers(text)).toHaveLength(1);
  });
});

describe('two people named together, and "the couple" after them (CONVENTIONS 13)', () => {
  it('"Given and Given Surname said": each takes the surname (metro desk style)', () => {
    const text =
      'About 200 people came to the candlelight vigil in Glendale. Aram and Silva Petrossian said ' +
      'they had not heard from their nephew since Tuesday.';
    expect(speakersAndOpenings(text, 20)).toEqual([
      ['text:aram-petrossian', 'they had not heard f'],
      ['text:silva-petrossian', 'they had not heard f'],
    ]);
  });

  it('"Given and his wife, Full Name, said" with the husband named in full before', () => {
    const text =
      'Vartan Melkonian drives a school bus in Fresno. His son is serving near the border.\n\n' +
      'Vartan and his wife, Sona Melkonian, said they had called the embassy every day.';
    expect(speakersAndOpenings(text, 20)).toEqual([
      ['text:vartan-melkonian', 'they had called the '],
      ['text:sona-melkonian', 'they had called the '],
    ]);
  });

  it('"The couple said" is the two people named together just before', () => {
    const text =
      'Aram and Silva Petrossian said they had sent money to a relief fund. The couple said they ' +
      'would fly to Yerevan in the spring.';
    const last = statementsOf(text).filter((s) => s.quote.includes('fly to'));
    expect(last.map((s) => s.speaker)).toEqual(['text:aram-petrossian', 'text:silva-petrossian']);
  });

  it('no couple of a country and a person, nor of a person and "the residents of" a place', () => {
    const country = 'Armenia and Nikol Pashinyan said that talks would go on.';
    expect(speakersShown(country)).not.toContain('text:armenia-pashinyan');
    const residents =
      'Vartan Melkonian drives a school bus. Vartan and the residents of Fresno said they had written to Congress.';
    expect(speakersShown(residents)).not.toContain('text:vartan-melkonian');
  });
});

describe('"the two governments said they “…”": the quote is the clause', () => {
  it('a clause quoted whole after "they" is each side’s saying (wire style)', () => {
    const text =
      'Armenia and Azerbaijan ended a week of talks in Geneva. The two governments said they ' +
      '"agree that the border commissions will meet again in March."';
    expect(speakersShown(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('"according to the joint statement of A, B and C, …": each body listed speaks', () => {
  const speakers = (text: string) => speakersAndOpenings(text);

  it('the list after the first comma belongs to the source (agency style)', () => {
    const text =
      'A shepherd was wounded near Tartar on Friday. According to the joint statement of the ' +
      "Prosecutor General's Office, the Ministry of Emergency Situations and the Mine Action " +
      'Agency (ANAMA), the man stepped on an anti-personnel mine.';
    const found = speakers(text);
    expect(found).toHaveLength(3);
    expect(found.every(([, quote]) => quote === 'the man stepped on an an')).toBe(true);
    expect(found.map(([speaker]) => speaker)).toContain('text:ministry-of-emergency-situations');
  });

  it('after a single source, a clause whose subject lists bodies stays what was said', () => {
    const text =
      'A truck hit a mine near Aghdam. According to the Ministry of Defense, the police and the ' +
      'Border Service were sent to the area.';
    expect(speakers(text)).toEqual([['text:ministry-of-defense', 'the police and the Borde']]);
  });
});

describe('two nationalities before one plural head: one body of each', () => {
  const speakers = (text: string) => speakersShown(text);

  it('"the Russian and Turkish defence ministries" are Russia’s and Türkiye’s (wire style)', () => {
    const text =
      'A joint monitoring centre opened in Aghdam. The Russian and Turkish defence ministries said ' +
      'that patrols would start next week.';
    const found = speakers(text);
    expect(found).toHaveLength(2);
    expect(found).toContain('mod-russia');
  });

  it('"Armenian and Azerbaijani officials" are each side, as "Armenian officials" alone is', () => {
    const text =
      'A plane carrying 44 Armenians landed in Yerevan late on Monday, Armenian and Azerbaijani officials said.';
    expect(speakers(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"a meeting between Armenian and Azerbaijani officials" is no one speaking', () => {
    const text =
      'Garibashvili said Georgia was ready to host a meeting between Armenian and Azerbaijani officials in Tbilisi.';
    expect(speakers(text)).toEqual(['text:garibashvili']);
  });

  it('"the Armenian and Azerbaijani delegations" are two delegations', () => {
    const text =
      'Talks resumed in Brussels. The Armenian and Azerbaijani delegations said that a new round would follow.';
    expect(speakers(text)).toEqual(['text:armenian-delegation', 'text:azerbaijani-delegation']);
  });

  it('people of two nationalities are no bodies: "the Armenian and Azerbaijani residents"', () => {
    const text = 'The Armenian and Azerbaijani residents said that they wanted the road reopened.';
    expect(speakers(text)).not.toContain('text:armenian-resident');
  });
});

describe('"the two delegations", "both agencies": bodies that spoke together, named back', () => {
  it('the bodies of the group named just before (wire style)', () => {
    const text =
      'Talks resumed in Brussels. The Armenian and Azerbaijani delegations said that a new round ' +
      'would follow. The two delegations also said that the next meeting would be in May.';
    const last = statementsOf(text).filter((s) => s.quote.includes('next meeting'));
    expect(last.map((s) => s.speaker)).toEqual(['text:armenian-delegation', 'text:azerbaijani-delegation']);
  });

  it('never two governments: "the two ministries" after "Armenia and Azerbaijan said"', () => {
    const text =
      'Armenia and Azerbaijan said that they had agreed to swap prisoners. The two ministries said ' +
      'that the swap would happen soon.';
    const last = statementsOf(text).filter((s) => s.quote.includes('swap would'));
    expect(last.map((s) => s.speaker)).not.toContain('gov-armenia');
  });
});

describe('two people named together as one subject are each a speaker (CONVENTIONS 13)', () => {
  it('a surname the text gave in full before, and a titled name', () => {
    const text =
      'The hostages were freed at dawn, Prime Minister of Moldova Dorin Vlasenco announced on Monday. ' +
      'Vlasenco and European Council President Charles Michel said in a joint statement that the swap showed "what talks can do".';
    const last = statementsOf(text).filter((s) => s.quote.startsWith('the swap'));
    expect(last.map((s) => s.speaker).sort()).toEqual(['michel', 'text:dorin-vlasenco']);
  });

  it('a title with the state it serves before the second name', () => {
    const text =
      'The two teams met on the border, Deputy Prime Minister Ramil Gasimov told journalists. ' +
      'In a joint statement, Ramil Gasimov and Deputy Prime Minister of Armenia Levon Sargsyan noted that the text would go to both cabinets.';
    const last = statementsOf(text).filter((s) => s.quote.startsWith('the text'));
    expect(last.map((s) => s.speaker).sort()).toEqual(['text:levon-sargsyan', 'text:ramil-gasimov']);
  });

  it('two given names are people when the text names one of them alone too', () => {
    const text = 'Aram and Sona say the bus never came. "We walked," Sona says.';
    const first = statementsOf(text).filter((s) => s.quote.startsWith('the bus'));
    expect(first.map((s) => s.speaker).sort()).toEqual(['text:aram', 'text:sona']);
  });

  it('two given names alone are two people, never one merged name', () => {
    const text =
      'Aram and Sona, a couple from Hadrut who gave no surname, say they came to the capital for a wedding and cannot leave.';
    const speakers = speakersShown(text);
    expect(speakers.sort()).toEqual(['text:aram', 'text:sona']);
  });
});

describe('"the sides" and the officials of both countries are the two sides (CONVENTIONS 13)', () => {
  const govs = (text: string, start: string) =>
    statementsOf(text)
      .filter((s) => s.quote.startsWith(start))
      .map((s) => s.speaker)
      .sort();

  it('"The sides said" after Armenia and Azerbaijan are named', () => {
    const text =
      'Armenia and Azerbaijan agreed on Monday to hand back two border hamlets. The sides said the new line would be marked by June.';
    expect(govs(text, 'the new line')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"official figures of the parties" are both sides’ figures', () => {
    const text =
      'According to official figures of the parties, over 4,000 soldiers died in the fighting between Armenia and Azerbaijan.';
    expect(govs(text, 'over 4,000')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"officials in both countries said"', () => {
    const text =
      'At least 60 Armenian and 40 Azerbaijani soldiers died in the clashes, officials in both countries said, as Armenia and Azerbaijan traded blame.';
    expect(govs(text, 'At least 60')).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('"The parties said" alone may be political parties: never the two governments', () => {
    const text =
      'In Armenia, three opposition parties boycotted the vote. The parties said the count was unfair, while Azerbaijan kept silent.';
    expect(govs(text, 'the count')).not.toContain('gov-azerbaijan');
  });
});

describe('a group named by its number alone, with no members named, is no one (precision)', () => {
  it('"Both ministries said" with no pair of ministries before', () => {
    const text = 'The envoys met in Vienna on Friday. Both ministries said progress had been made.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('"The couple said" with no two people named as speakers before', () => {
    const text =
      'Lilit and David Avakian walked to the border on foot. The couple said they had lost everything.';
    expect(speakersShown(text)).not.toContain('text:couple');
  });

  it('"the two countries’ border commissions said" with no commissions named', () => {
    const text =
      'Surveyors began work on Monday after the two countries’ border commissions said the line was agreed.';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('a joint subject after ", but" starts its own clause', () => {
  it('the list of speakers never runs back across the connective', () => {
    const text =
      'Moscow said the truce began at 9 a.m. Moscow time on Monday, but Armenia and Azerbaijan said shelling went on until dusk.';
    const last = statementsOf(text).filter((s) => s.quote.startsWith('shelling'));
    expect(last.map((s) => s.speaker).sort()).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });

  it('a list with no connective before it is still one subject', () => {
    const text = 'The United States, France and Russia said the truce must hold.';
    expect(speakersShown(text)).toEqual(['gov-us', 'gov-france', 'gov-russia']);
  });
});

describe('a pair a sentence opened with is the group "the couple" and "the two …" name back', () => {
  it('"The couple said" after two people named together who said nothing yet', () => {
    const text =
      'Aram and Sona Petrosian spent the night by the radio in their kitchen.\n\nThe couple said they had finally heard from a nephew.';
    const last = statementsOf(text).filter((s) => s.quote.startsWith('they had'));
    expect(last.map((s) => s.speaker).sort()).toEqual(['text:aram-petrosian', 'text:sona-petrosian']);
  });

  it('"the two leaders" are the two people who met, never the countries', () => {
    const text =
      'Pashinyan and Aliyev met in Prague on Thursday. The two leaders said the talks were useful.';
    const last = statementsOf(text).filter((s) => s.quote.startsWith('the talks'));
    expect(last.map((s) => s.speaker).sort()).toEqual(['aliyev', 'pashinyan']);
  });

  it('a pair of people is no pair of ministries', () => {
    const text =
      'Pashinyan and Aliyev met in Prague on Thursday. Both ministries said the talks were useful.';
    expect(statementsOf(text)).toEqual([]);
  });
});

describe('"both A and B" and "A and his wife" are each party, or no one when one is unnamed', () => {
  const speakers = (text: string) => speakersShown(text);

  it('"Both A and B said" is A’s and B’s, never a merged name', () => {
    expect(speakers('Both Pashinyan and Aliyev said the summit had to go ahead.').sort()).toEqual([
      'aliyev',
      'pashinyan',
    ]);
  });

  it('"A and her husband, Karen, said": the given name in apposition names the husband', () => {
    expect(speakers('Mariam Avetisyan and her husband, Gor, said they lost their orchard.').sort()).toEqual([
      'text:gor',
      'text:mariam-avetisyan',
    ]);
  });

  it('"A and his wife said" with the wife unnamed is no one’s: one party is unclear', () => {
    expect(speakers('Tigran Melkonyan and his wife said they lost their orchard.')).toEqual([]);
  });
});

describe('a comma list of states after a setting is the whole subject (CONVENTIONS 13)', () => {
  it('given "In a joint statement, the United States, Armenia and Azerbaijan said", all three', () => {
    const text =
      'In a joint statement issued on Sunday, the United States, Armenia and Azerbaijan said the truce would begin at 8 a.m.';
    expect(speakersShown(text)).toEqual(['gov-us', 'gov-armenia', 'gov-azerbaijan']);
  });
});
