import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf, timelineFor } from './statements.helpers.ts';

/** Session 35: statements missed or cut wrong on new copy (outlets-fresh-45). */
describe('a dash interview after a news story: its lead-in names who answers', () => {
  const story = [
    'Border guards of Armenia reported shooting near Jermuk on Friday, Defence Minister Suren Papikyan said.',
    'Prime Minister Nikol Pashinyan told parliament that talks would go on.',
    'We asked the historian Karen Mkrtchyan what the clashes mean for the region.',
    '- Is this a new war?',
    '- No. Both sides are testing each other. Neither wants a long fight.',
    '- Then what comes next?',
    '- More talks. The maps are still not agreed.',
    'Meanwhile, the schools in Jermuk reopened on Monday after a week of closure.',
  ].join('\n\n');

  it('each answer is the one person the lead-in names, though the story named others', () => {
    const answers = statementsOf(story).filter((s) => s.kind === 'direct');
    expect(answers).toEqual([
      {
        speaker: 'text:karen-mkrtchyan',
        kind: 'direct',
        quote: 'No. Both sides are testing each other. Neither wants a long fight.',
      },
      {
        speaker: 'text:karen-mkrtchyan',
        kind: 'direct',
        quote: 'More talks. The maps are still not agreed.',
      },
    ]);
  });

  it("prose after the last dash answer is the writer's again, not the answer going on", () => {
    expect(statementsOf(story).some((s) => s.quote.startsWith('Meanwhile'))).toBe(false);
  });

  it('a firm named in the lead-in is no one who answers: "asked X, a partner at the company Y"', () => {
    const text = [
      'President Ilham Aliyev said the district would be rebuilt.',
      'Radio Caspian asked Oleg Petrov, a partner at the consulting company Araz Capital, what the deal means.',
      '— Will trade grow?',
      '— Slowly. The roads come first.',
      '— And the railway?',
      '— Not before two years.',
    ].join('\n\n');
    expect(
      statementsOf(text)
        .filter((s) => s.kind === 'direct')
        .map((s) => s.speaker),
    ).toEqual(['text:oleg-petrov', 'text:oleg-petrov']);
  });

  it('with no lead-in saying an exchange follows, the answers stay unattributed', () => {
    const text = [
      'President Ilham Aliyev said the district would be rebuilt.',
      'Oleg Petrov runs a trading firm in Baku.',
      '— Will trade grow?',
      '— Slowly. The roads come first.',
      '— And the railway?',
      '— Not before two years.',
    ].join('\n\n');
    expect(statementsOf(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });
});

describe('"the ministers" after a post given to a list of countries: each country\'s holder then', () => {
  const autumn2023 = (text: string) =>
    timelineFor(text, { year: 2023, month: 10, day: 23, precision: 'day', yearStatus: 'stated' });
  const speakersOf = (text: string) => statementsOf(text, autumn2023(text)).map((s) => s.speaker);

  it('"the foreign ministers of A, B and C met … The ministers of the three countries said": three speakers', () => {
    const text =
      'The foreign ministers of Russia, Azerbaijan and Armenia met in Moscow on Monday. ' +
      'The ministers of the three countries said in a joint statement that a working group would be set up.';
    expect(speakersOf(text)).toEqual(['lavrov', 'bayramov', 'mirzoyan']);
  });

  it('"his counterparts from B and C" after a foreign minister: him and theirs', () => {
    const text =
      'Russian Foreign Minister Sergey Lavrov opened the meeting, attended by his counterparts from Azerbaijan and Armenia. ' +
      'The ministers said in a joint statement that a working group would be set up.';
    expect(speakersOf(text)).toEqual(['lavrov', 'bayramov', 'mirzoyan']);
  });

  it('"the ministers in the statement" is the same group', () => {
    const text =
      'The foreign ministers of Russia, Azerbaijan and Armenia met in Moscow on Monday. ' +
      'The ministers in the statement stressed that "trade routes must reopen".';
    expect(speakersOf(text)).toEqual(['lavrov', 'bayramov', 'mirzoyan']);
  });

  it('counterparts of a defence minister are no foreign ministers: no speaker named', () => {
    const text =
      'Defence Minister Suren Papikyan met his counterparts from Russia and Iran on Monday. ' +
      'The ministers said the talks were useful.';
    expect(speakersOf(text)).toEqual(['text:ministers']);
  });

  it('with the piece undated, a holder of the post the text names is the one meant, not a guess', () => {
    const text =
      'The foreign ministers of Iran, Russia and Armenia met in Istanbul on Friday. ' +
      'The ministers said in a joint statement that the platform would meet again next year. ' +
      'Foreign Minister Abbas Araghchi told reporters that Iran was ready to host it.';
    expect(statementsOf(text, timelineFor(text, null)).map((s) => s.speaker)).toEqual([
      'araghchi',
      'lavrov',
      'mirzoyan',
      'araghchi',
    ]);
  });

  it('a count the listed countries do not make names no one', () => {
    const text =
      'The foreign ministers of Russia, Azerbaijan and Armenia met in Moscow on Monday. ' +
      'The ministers of the five countries said a working group would be set up.';
    expect(speakersOf(text)).toEqual(['text:ministers']);
  });
});

describe('content that starts past what describes the speaker', () => {
  it('"According to X, commander of the unit, …": a role with no article is apposition, not content', () => {
    expect(
      statementsOf(
        'According to Colonel Arsen Vardanyan, commander of the brigade, the post was moved at night.',
      ),
    ).toEqual([{ speaker: 'text:arsen-vardanyan', kind: 'reported', quote: 'the post was moved at night' }]);
  });

  it('"According to X, head of the mission, …" likewise', () => {
    expect(
      statementsOf('According to Ingrid Holm, head of the mission, the observers saw no shelling.'),
    ).toEqual([{ speaker: 'text:ingrid-holm', kind: 'reported', quote: 'the observers saw no shelling' }]);
  });

  it('"who works at X and asked that only his first name be used, said …": the request is no statement', () => {
    expect(
      statementsOf(
        'Aram, who drives a taxi in the city and asked that only his first name be used, said the petrol would run out by Friday.',
      ),
    ).toEqual([{ speaker: 'text:aram', kind: 'reported', quote: 'the petrol would run out by Friday' }]);
  });
});

describe('a person at a place is the person, not the place', () => {
  it('"A doctor at the X Medical Center said": the doctor, and "the doctor" after is the same one', () => {
    const text =
      'A doctor at the Central Clinical Hospital, speaking on condition of anonymity, said the wards were full. ' +
      'According to the doctor, antibiotics ran out last week. "We are waiting," the doctor said.';
    expect(speakersShown(text)).toEqual(['text:doctor', 'text:doctor', 'text:doctor']);
  });

  it('"A nurse at Goris Medical Center told reporters …" is the nurse', () => {
    expect(
      statementsOf('A nurse at Goris Medical Center told reporters that 40 patients had arrived.'),
    ).toEqual([{ speaker: 'text:nurse', kind: 'reported', quote: '40 patients had arrived' }]);
  });
});

describe('"The mother of one of …" then "the mother said": the one the text brought in', () => {
  it('a definite kin word opening the sentence names no body: both statements are hers', () => {
    const text =
      'The mother of one of the captured soldiers told reporters that the family had heard nothing since Sunday. ' +
      '"Nobody answers the phone," the mother said.';
    expect(statementsOf(text)).toEqual([
      { speaker: 'text:mother', kind: 'reported', quote: 'the family had heard nothing since Sunday' },
      { speaker: 'text:mother', kind: 'direct', quote: 'Nobody answers the phone,' },
    ]);
  });
});
