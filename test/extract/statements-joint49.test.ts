import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Session 49: joint statements whose members the text names across appositions or counts back. */
describe('a counted group is the people named just before (CONVENTIONS 13)', () => {
  it('given "In a joint statement, the four leaders said" opening a paragraph, the four named in the paragraph before', () => {
    const text = [
      'Aliyev stayed away from the summit.',
      'Pashinyan met instead with European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz.',
      'In a joint statement, the four leaders said that refugees must be allowed to return.',
    ].join('\n\n');
    expect(speakersShown(text).sort()).toEqual(['macron', 'michel', 'pashinyan', 'scholz']);
  });

  it('given a bare count, "the four said", the same four', () => {
    const text = [
      'Pashinyan met instead with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel. In a joint statement, the four said they supported "the territorial integrity" of Armenia.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['pashinyan', 'macron', 'scholz', 'michel']);
  });

  it('given "According to the statement" after the counted group spoke, each of the group again', () => {
    const text = [
      'The meeting brought together Armenian Prime Minister Nikol Pashinyan, Azerbaijani President Ilham Aliyev, French President Emmanuel Macron and European Council President Charles Michel.',
      "In a statement issued after the meeting, the four leaders said that the two states would recognise each other's borders.",
      'According to the statement, the EU mission will start in October.',
    ].join('\n\n');
    const mission = statementsOf(text).filter((s) => s.quote.startsWith('the EU mission'));
    expect(mission.map((s) => s.speaker).sort()).toEqual(['aliyev', 'macron', 'michel', 'pashinyan']);
  });

  it('given a count that differs from the people named, no one', () => {
    const text = [
      'Pashinyan met French President Emmanuel Macron and German Chancellor Olaf Scholz.',
      'In a joint statement, the four said they supported the talks.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('two people joined by "and" with appositions between them each speak', () => {
  it('given "A, the head of …, and B, who leads …, said", both', () => {
    const text =
      'Arayik Harutyunyan, the head of the separatist administration, and Ruben Vardanyan, who leads the local government as state minister, said in a joint appeal that 120,000 people were living "under siege."';
    expect(speakersShown(text)).toEqual(['harutyunyan', 'vardanyan']);
  });

  it('given "A, who heads …, and his Azerbaijani counterpart B said", both', () => {
    const text =
      'Deputy Prime Minister Mher Grigoryan, who heads the Armenian delimitation commission, and his Azerbaijani counterpart Shahin Mustafayev said in a joint statement that the commissions had agreed on their rules.';
    expect(speakersShown(text)).toEqual(['text:mher-grigoryan', 'text:shahin-mustafayev']);
  });

  it('given "A and his Azerbaijani counterpart B, who head …, said", both', () => {
    const text =
      "Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart Shahin Mustafayev, who head their countries' border commissions, said in a joint statement on Friday that the delegations had agreed on a section.";
    expect(speakersShown(text)).toEqual(['text:mher-grigoryan', 'text:shahin-mustafayev']);
  });

  it('given a list of places before the verb, no joint speakers are made of them', () => {
    const text =
      'Protesters gathered in Yerevan, the Armenian capital, and Prime Minister Nikol Pashinyan said the government would not resign.';
    expect(speakersShown(text)).toEqual(['pashinyan']);
  });
});

describe('an "as" aside between a subject and its verb tells the whole clause (CONVENTIONS 14)', () => {
  it('given "Pashinyan, as his press secretary Mane Gevorgyan reported, held talks", the press secretary\'s, from the subject', () => {
    const text =
      'Prime Minister Nikol Pashinyan, as his press secretary Mane Gevorgyan reported, held a telephone conversation with Russian President Vladimir Putin late on Tuesday.';
    const told = statementsOf(text);
    expect(told.map((s) => s.speaker)).toEqual(['mane-gevorgyan']);
    expect(told[0]!.quote.startsWith('Prime Minister Nikol Pashinyan')).toBe(true);
  });
});

describe('a principal in a second conjunct with no comma before "and" (CONVENTIONS 14)', () => {
  it('given "According to Peskov, the decision was made by Moscow and Baku and President Vladimir Putin considers that …", Putin\'s words via Peskov', () => {
    const text =
      'According to Peskov, the decision was made jointly by Moscow and Baku and President Vladimir Putin considers that the mission "has fulfilled its tasks".';
    const putin = statementsOf(text).filter((s) => s.speaker === 'putin');
    expect(putin.map((s) => [s.via, s.quote.trimStart().slice(0, 11)])).toEqual([['peskov', 'the mission']]);
  });

  it('given "and" joining two places with no verb of belief after, no principal', () => {
    const text = 'According to Peskov, the decision was made jointly by Moscow and Baku.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['peskov']);
  });
});
