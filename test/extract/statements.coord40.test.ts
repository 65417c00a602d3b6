import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('a list of states before a verb of saying: each state’s government speaks (CONVENTIONS 3, 13)', () => {
  it('states the gazetteer has no government for are each their own government, beside those it has', () => {
    expect(
      speakersShown('Greece, Iran and the United States said on Tuesday that the shelling had to end.'),
    ).toEqual(['text:greece', 'text:iran', 'gov-us']);
  });

  it('two such states and one the gazetteer knows, in any order', () => {
    expect(
      speakersShown('Kazakhstan, Turkey and Uzbekistan announced that the summit would be held in May.'),
    ).toEqual(['text:kazakhstan', 'gov-turkey', 'text:uzbekistan']);
  });

  it('a capital stands for its state in the list', () => {
    expect(speakersShown('Moscow and Tehran said the new crossing would open next year.')).toEqual([
      'gov-russia',
      'text:iran',
    ]);
  });

  it('"Georgia" among states is the state, never a woman', () => {
    expect(speakersShown('Iran and Georgia said the rail link would be finished by spring.')).toEqual([
      'text:iran',
      'text:georgia',
    ]);
  });

  it('the list is never one speaker made of its words', () => {
    const said = speakersShown('Japan, Iran and Turkey said the talks should resume.');
    expect(said).not.toContain('text:japan-iran-and-turkey');
    expect(said).toHaveLength(3);
  });

  it('a list of states in the object is no one’s saying', () => {
    const said = speakersShown('The crisis drew in Russia, Iran and Greece, analysts said.');
    expect(said.some((id) => /russia|iran|greece/.test(id))).toBe(false);
  });
});

describe('each side’s body named together with the two sides is each side’s (CONVENTIONS 13)', () => {
  const talks = 'Talks between Armenia and Azerbaijan resumed in Vienna. ';

  it('"the two countries\' border commissions said": each side’s border commission', () => {
    expect(
      speakersShown(
        `${talks}New posts went up on the frontier on Monday, the two countries' border commissions said.`,
      ),
    ).toEqual(['text:armenian-border-commission', 'text:azerbaijani-border-commission']);
  });

  it('after a subordinator too: "after the two countries\' delegations announced that …"', () => {
    expect(
      speakersShown(
        `${talks}Work began after the two countries' delegations announced that a draft had been agreed.`,
      ),
    ).toEqual(['text:armenian-delegation', 'text:azerbaijani-delegation']);
  });

  it('"the health ministries of both countries": each side’s health ministry', () => {
    expect(
      speakersShown(`${talks}The health ministries of both countries said that 14 people had been hurt.`),
    ).toEqual(['moh-armenia', 'moh-azerbaijan']);
  });

  it('a ministry with no portfolio is no one: "the ministries of both countries said"', () => {
    expect(
      speakersShown(`${talks}The ministries of both countries said that the draft was nearly ready.`),
    ).toEqual([]);
  });

  it('"own" names no kind of body: the phrase gives no body of each side', () => {
    const said = speakersShown(`${talks}The two countries' own commissions said that the draft was ready.`);
    expect(said.some((id) => /own-commission/.test(id))).toBe(false);
  });
});

describe('a long setting after the verb is where it was said, never what was said', () => {
  const who = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 28)]);

  it('"… said in a joint statement issued last night after the fourth meeting of …": the words before are said', () => {
    expect(
      who(
        'Armenia and Azerbaijan have agreed to reopen two border posts, the two governments said in a joint statement issued last night after the fourth meeting of the joint commissions on the opening of the border.',
      ),
    ).toEqual([
      ['gov-armenia', 'Armenia and Azerbaijan have '],
      ['gov-azerbaijan', 'Armenia and Azerbaijan have '],
    ]);
  });

  it('"in a statement issued on the occasion of …" is no content', () => {
    const said = statementsOf(
      'Of them, 12 were killed and 30 were injured, the Flood Relief Agency said in a statement issued on the occasion of the International Day for Flood Awareness.',
    );
    expect(said.map((s) => s.quote.slice(0, 12))).toEqual(['Of them, 12 ']);
  });

  it('a clause after the setting keeps it out: "said in a statement on Friday troops remain …" is not read as a setting', () => {
    const said = statementsOf(
      'The ministry said in a statement on Friday troops remain in the area near the lake.',
    );
    expect(said.every((s) => s.quote.includes('remain'))).toBe(true);
  });
});

describe('a text put out by a list of authors: each author speaks', () => {
  it('"A joint statement issued Monday by the governments of France, Russia and the United States said": all three', () => {
    expect(
      speakersShown(
        'A joint statement issued Monday by the governments of France, Russia and the United States said the talks would resume in June.',
      ),
    ).toEqual(['gov-france', 'gov-russia', 'gov-us']);
  });

  it('states the gazetteer lacks are authors too', () => {
    expect(
      speakersShown('A statement released Friday by Greece, Iran and Turkey said the crossing would reopen.'),
    ).toEqual(['text:greece', 'text:iran', 'gov-turkey']);
  });

  it('a clause of its own before the comma is no author: only the later subject speaks', () => {
    expect(
      speakersShown(
        'A statement issued Monday by France ended the talks, and Russia said they would resume in June.',
      ),
    ).toEqual(['gov-russia']);
  });
});
