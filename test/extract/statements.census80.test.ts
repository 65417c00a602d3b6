import { describe, expect, it } from 'vitest';
import { headlineSaid, speakersShown, statementsOf } from './statements.helpers.ts';

/** Session 53 (census80): near variants of forms the readers already knew, found on outlets-fresh-80. */
describe('a trailing saying whose setting opens with a bare weekday', () => {
  it('given "…, X said Sunday after hosting the two leaders for hours.", the sentence is X\'s alone', () => {
    const text =
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev have confirmed their commitment to the peace talks and to each other's borders, European Council President Charles Michel said Sunday after hosting the two leaders for more than four hours.";
    expect(speakersShown(text)).toEqual(['michel']);
    expect(statementsOf(text)[0]!.quote).toMatch(/^Armenian Prime Minister Nikol Pashinyan and/);
  });
});

describe('issuers a fronted phrase names, though it does not call the text joint', () => {
  const ISSUERS = ['armenian-government-press-service', 'azerbaijani-presidential-administration'];
  it('given "In that statement, published … by A and B, the two sides said", the sides are A and B', () => {
    const text = [
      'Azerbaijan freed 32 Armenian soldiers on Wednesday, a week after a joint statement of the two countries.',
      'In that statement, published on December 7 by the office of the Armenian prime minister and the Azerbaijani presidential administration, the two sides said there was "a real chance" for peace. The two sides also said they would free detainees.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([...ISSUERS, ...ISSUERS]);
  });

  it('"the two governments" after such a phrase are still the states', () => {
    const text =
      'In a statement issued by the office of the Armenian prime minister and the Azerbaijani presidential administration, the two governments said the crossings would reopen.';
    expect(speakersShown(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('"the ministry in <capital>" after a minister the same sentence names', () => {
  it("is that minister's ministry, not the ministry the paragraph before named", () => {
    const text = [
      'The Azerbaijani Foreign Ministry said Armenian forces had opened fire near Kalbajar.',
      'Russian Defense Minister Sergei Shoigu had held telephone talks with his Armenian and Azerbaijani counterparts, the ministry in Moscow said.',
    ].join('\n\n');
    const talks = statementsOf(text).filter((s) => s.quote.startsWith('Russian Defense Minister'));
    expect(talks.map((s) => s.speaker)).toEqual(['mod-russia']);
  });
});

describe('a request for anonymity inside a tail after a quote', () => {
  it('given `"…," a resident of Stepanakert who asked not to be named told Kyodo News`, the resident spoke', () => {
    const text =
      '"We are afraid of what will happen to the men," a resident of Stepanakert who asked not to be named told Kyodo News by telephone.';
    expect(speakersShown(text)).toEqual(['text:resident']);
  });

  it('given `"…," a European diplomat in Yerevan, who asked not to be identified, told La Razón`, the diplomat spoke', () => {
    const text =
      '"A truce, yes. Troops, no," a European diplomat in Yerevan, who asked not to be identified, told La Razón.';
    expect(speakersShown(text)).toEqual(['text:european-diplomat']);
  });
});

describe('a quoted name with a relative clause on it', () => {
  it('given `X called the agreement "a historic event" that showed …`, the quote is X\'s', () => {
    const text =
      'In Baku, presidential aide Hikmet Hajiyev called the agreement "a historic event" that showed the two countries could settle their disputes without mediators.';
    const said = statementsOf(text);
    expect(said.map((s) => [s.speaker, s.quote])).toEqual([['hajiyev', 'a historic event']]);
  });
});

describe('a sentence adverb set off between a verb and its "that"', () => {
  it('given "He cautioned, however, that …", the clause is his', () => {
    const text =
      'Ivan Stoyanov, a researcher at a Sofia think tank, welcomed the swap. He cautioned, however, that a peace treaty was still far off.';
    expect(statementsOf(text).map((s) => [s.speaker, s.quote])).toContainEqual([
      'text:ivan-stoyanov',
      'a peace treaty was still far off',
    ]);
  });
});

describe('a headline whose second item opens in lower case after a semicolon', () => {
  it('given "…; separatist officials say 32 killed", the Karabakh authorities say it', () => {
    const piece = [
      'Karabakh Armenians agree to lay down arms; separatist officials say 32 killed',
      'September 20, 2023',
      'STEPANAKERT -- The separatist authorities in Nagorno-Karabakh agreed on Wednesday to disarm.',
      '',
    ].join('\n\n');
    expect(headlineSaid(piece)).toEqual(['karabakh-authorities', 'separatist officials', '32 killed']);
  });
});

describe('a list of states after the plural head they are of, behind a fronted setting', () => {
  it('given "In a joint statement, the governments of the United States, Armenia and Azerbaijan said", all three said it', () => {
    const text =
      'In a joint statement, the governments of the United States, Armenia and Azerbaijan said the ceasefire would take effect at 8 a.m. local time.';
    expect(speakersShown(text)).toEqual(['gov-us', 'gov-armenia', 'gov-azerbaijan']);
  });
});

describe('"according to X, which …" closing the sentence', () => {
  it('given "…, according to the two countries\' defense ministries, which blamed each other …", both ministries vouch for the clause', () => {
    const text =
      "A firefight on April 11 left four Armenian and three Azerbaijani soldiers dead, according to the two countries' defense ministries, which blamed each other for opening fire.";
    expect(speakersShown(text)).toEqual(['mod-armenia', 'mod-azerbaijan']);
    expect(statementsOf(text)[0]!.quote).toMatch(/^A firefight on April 11 left/);
  });

  it('given "…, according to the Russian Defence Ministry, which counts the returns every day.", the ministry vouches', () => {
    const text =
      'Since the deployment of Russian peacekeepers, several thousand have returned, according to the Russian Defence Ministry, which counts the returns every day.';
    expect(speakersShown(text)).toEqual(['mod-russia']);
  });
});
