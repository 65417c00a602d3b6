import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('"late" or "early" before a time word opens an adverbial, never the speaker', () => {
  it.each([
    [
      'Late Sunday, the defence ministries of Armenia and Azerbaijan said that the shelling had stopped.',
      ['mod-armenia', 'mod-azerbaijan'],
    ],
    [
      'Early on Monday morning, the foreign ministries of Armenia and Azerbaijan said the ceasefire held.',
      ['mfa-armenia', 'mfa-azerbaijan'],
    ],
    ['Late last night, Mayor Tomas Vidal and Judge Ana Ruiz said the bridge was closed.', null],
  ])('%s', (text, speakers) => {
    const said = speakersShown(text);
    if (speakers) expect(said).toEqual(speakers);
    else expect(said.some((s) => /late|night/.test(s))).toBe(false);
  });
});

describe('"something X denies" after the content is the writer\'s word on it', () => {
  it('"Georgian officials say …, something Moscow denies": the officials\' statement, without the tail', () => {
    expect(
      statementsOf('Georgian officials say the depot stores artillery shells, something Moscow denies.').map(
        (s) => [s.speaker, s.quote],
      ),
    ).toEqual([['text:georgian-officials', 'the depot stores artillery shells']]);
  });
  it('"…, something Ankara has rejected": no statement of the one who rejects it', () => {
    const said = statementsOf('Greek officials said the ship carried arms, something Ankara has rejected.');
    expect(said.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:greek-officials', 'the ship carried arms'],
    ]);
  });
});

describe('a place is never the person a pronoun points back to', () => {
  it('"At the chapel in Cedar Rapids, Paul Karian lit candles. He said …": the person, not the town', () => {
    expect(
      statementsOf(
        'At the chapel in Cedar Rapids, Paul Karian lit candles for the displaced. He said about 30 families came.',
      ).map((s) => s.speaker),
    ).toEqual(['text:paul-karian']);
  });
  it('"in the City of Glen Harbor" names a place, and a nationality opens no name ("Armenian Easter")', () => {
    expect(
      statementsOf(
        'The family in the City of Glen Harbor gathered for Armenian Easter.\n\nAt the Holy Cross Armenian Church in Glen Harbor, the Rev. Mark Serobian read the prayers. He said the hall was full.',
      ).map((s) => s.speaker),
    ).toEqual(['text:mark-serobian']);
  });
  it('an owner after "in" stays a person: "in Lena Ortiz\'s kitchen … She said …"', () => {
    expect(
      statementsOf(
        'The volunteers met in Lena Ortiz’s kitchen in Glen Harbor. She said they had raised $4,000.',
      ).map((s) => s.speaker),
    ).toEqual(['text:lena-ortiz']);
  });
});

describe('a given name alone set off after "one of them" or "a neighbour" is who speaks', () => {
  it.each([
    [
      'Medics load the ambulances. One of them, Maral, a nurse from Gyumri who came to help, says she has not slept since Friday.',
      'text:maral',
    ],
    [
      'One of the drivers, Hovik, who asked that his surname not be printed, said the road was icy.',
      'text:hovik',
    ],
    ['A neighbour, Tigran, said the shelling lasted all night.', 'text:tigran'],
    ["Ani's 12-year-old son, Davit, said he missed his father.", 'text:davit'],
    ['Her brother, Aram, said the road had been closed for a week.', 'text:aram'],
    ['A neighbor, who gave only the name Hovik, said the families had been told to leave.', 'text:hovik'],
    [
      'One volunteer, who gave only the name Sako and did not want to be photographed, said the camp was full.',
      'text:sako',
    ],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });
  it.each([
    ['One of them, Yerevan, said the road was icy.', 'yerevan'],
    ['One of them, Friday, said the road was icy.', 'friday'],
  ])('a known place or a weekday set off so is no name: %s', (text, word) => {
    expect(
      statementsOf(text)
        .map((s) => s.speaker)
        .filter((s) => s.includes(word)),
    ).toEqual([]);
  });
});

describe('after the verb too, a given name set off after an indefinite description is who speaks', () => {
  it.each([
    ['"We have lived here all our lives," said one of them, Anush, 70.', 'text:anush'],
    ['"Maybe one day," said an elderly woman, Gohar, sitting on a bundle of blankets.', 'text:gohar'],
    ['"Who will protect us?" said a resident of Voskepar, who gave only the name Samvel.', 'text:samvel'],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });
  it('a weekday set off so is no name', () => {
    expect(statementsOf('"It is cold," said one of them, Friday.').map((s) => s.speaker)).not.toContain(
      'text:friday',
    );
  });
});

describe('"a woman named X": the name the description gives is who speaks', () => {
  it.each([
    ['A nurse named Gohar said the ward had no heating.', ['text:gohar']],
    [
      'Hundreds marched to the square. One of the marchers, a student named Anahit, told reporters that the pact "exists only on paper". "Nobody came," she said.',
      ['text:anahit', 'text:anahit'],
    ],
  ])('%s', (text, speakers) => {
    expect(speakersShown(text)).toEqual(speakers);
  });
  it('a body called so is no person who speaks: "A group called Hope said …" names no "hope"', () => {
    expect(statementsOf('A group called Hope said the town was quiet.').map((s) => s.speaker)).not.toContain(
      'text:hope',
    );
  });
});
