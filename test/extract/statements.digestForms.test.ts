import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, statementsOf } from './statements.helpers.ts';

describe('a pronoun after a quote goes to the subject of its own sentence', () => {
  it('a role noun before the name leaves the named person the subject', () => {
    const text =
      'Convoys began moving at dawn. Kremlin spokesman Dmitry Peskov confirmed the plan today: ' +
      '"The schedule is agreed," he told reporters, declining to say more.';
    const quoted = statementsOf(text).find((s) => s.quote.startsWith('The schedule'));
    expect(quoted?.speaker).toBe('peskov');
    // His own title is no principal he relays.
    expect(quoted?.via).toBeUndefined();
  });

  it('a name that is not the sentence subject does not take the pronoun', () => {
    const text =
      'Roads reopened on Monday. Asked about Peskov, the driver shrugged: "Nobody tells us anything," he said.';
    expect(statementsOf(text).filter((s) => s.speaker === 'peskov')).toEqual([]);
  });
});

describe('an interview labels both turns with names', () => {
  const text = [
    'Lakeside Weekly: How many families are still waiting for housing?',
    'Mirzoyan: About two hundred, most of them with small children.',
    'We expect the first keys to be handed over in spring.',
    'Lakeside Weekly: Will they get help with rent until then?',
    'Mirzoyan: Yes, for six months.',
  ].join('\n\n');

  it('each answer paragraph is the answerer’s; the questions are no statements', () => {
    expect(speakersAndQuotes(text)).toEqual([
      ['mirzoyan', 'About two hundred, most of them with small children.'],
      ['mirzoyan', 'We expect the first keys to be handed over in spring.'],
      ['mirzoyan', 'Yes, for six months.'],
    ]);
  });

  it('a question and a reply under the same label are one voice, not an interview', () => {
    const monologue = 'Mirzoyan: Who pays for the road?\n\nMirzoyan: We do, every year.';
    // Only the digest reading of the second line: his words, not an interview answer.
    expect(statementsOf(monologue).map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['mirzoyan', 'reported', 'We do, every year'],
    ]);
  });
});

describe('a second verb joined by "and" has the first clause’s subject', () => {
  it('a name in apposition to the object does not take the saying', () => {
    const text =
      'Minister Ararat Mirzoyan spoke on Friday with the mayor of the town, Anna Petrosyan, and said the bridge would reopen.';
    expect(speakersAndQuotes(text)).toEqual([['mirzoyan', 'the bridge would reopen']]);
  });
});

describe('a pronoun reaches a person named behind a long title', () => {
  it('"Foreign Minister Karen Aram-Davtyan held talks …, during which he said"', () => {
    const text =
      'Foreign Minister Karen Aram-Davtyan held talks with envoys on Monday, during which he said that the border was calm.';
    expect(speakersShown(text)).toEqual(['text:karen-aram-davtyan']);
  });
});

describe('noun phrases that name no one speaker', () => {
  it('"the first thing she asked for was" is a noun phrase, not an attribution', () => {
    const text = 'The rain had stopped by noon, and the first thing Maria Vardanyan asked for was water.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('a distributive subject ("Each side") is no speaker', () => {
    const text = 'Two posts were hit overnight. Each side accused the other of opening fire.';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('digest lines attribute by a colon after the speaker', () => {
  it('"• Name, role: “…”" is the named person’s quote', () => {
    const text = '• Ararat Mirzoyan, the foreign minister: "The text is ready. We wait for Baku."';
    expect(statementsOf(text).map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['mirzoyan', 'direct', 'The text is ready. We wait for Baku.'],
    ]);
  });

  it('a body the gazetteer knows, then unquoted words: its reported statement', () => {
    const text = "▪️ Armenia's Defence Ministry: two posts shelled overnight near Tegh. Nobody was hurt.";
    expect(speakersAndQuotes(text)).toEqual([['mod-armenia', 'two posts shelled overnight near Tegh']]);
  });

  it('topic labels and unknown names before unquoted words are no speakers', () => {
    const text = [
      '• Poll: 41% of readers expect the talks to resume.',
      '• Flood in the lower valley: three bridges were closed.',
      '• Karen Avagyan: the road is open again.',
    ].join('\n\n');
    expect(statementsOf(text)).toEqual([]);
  });

  it('"the agency" after a ministry is not the ministry', () => {
    const text =
      "Armenia's Defence Ministry said two posts were shelled.\n\nTwo deminers were hurt, the agency said.";
    expect(speakersShown(text)).not.toEqual(['mod-armenia', 'mod-armenia']);
  });
});

describe('a press release’s quote block is signed on the line after it', () => {
  it('the name (with diacritics) and title under the quote is who said it', () => {
    const text = [
      'The fund will double its aid to the region this winter.',
      '"Families must not choose between heat and food. We will be there until spring."',
      'Dušan Kovačević, Regional Director for Relief',
    ].join('\n\n');
    expect(speakersAndQuotes(text)).toEqual([
      [
        'text:dusan-kovacevic',
        'Families must not choose between heat and food. We will be there until spring.',
      ],
    ]);
  });

  it('a heading after a quote is no signature', () => {
    const text =
      '"Families must not choose between heat and food."\n\nBackground\n\nThe fund was set up in 2019.';
    expect(statementsOf(text)).toEqual([]);
  });
});
