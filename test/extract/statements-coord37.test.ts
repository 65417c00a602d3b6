import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Session 37: speaker phrases read whole, coordinated people, self-given names. */
describe('a nationality, a participle and a title before a name', () => {
  it('"Georgian acting Foreign Minister N said": the minister, not "Georgian"', () => {
    const text = 'Georgian acting Foreign Minister Levan Beridze said the border post would reopen.';
    expect(speakersShown(text)).toEqual(['text:levan-beridze']);
  });

  it('"Armenian outgoing Deputy Minister N said": the whole phrase names the person', () => {
    const text = 'Armenian outgoing Deputy Minister Aram Harutyunyan said the bridge had been repaired.';
    expect(speakersShown(text)).toEqual(['text:aram-harutyunyan']);
  });

  it('a plural before the participle is still its head: "Villagers fleeing Lachin Road said"', () => {
    const text = 'Villagers fleeing Upper Karmir Shuka said the shelling had lasted all night.';
    expect(speakersShown(text)).toEqual(['text:villagers']);
  });
});

describe('one named with "his counterparts" and their names in apposition', () => {
  it('"X and his Polish and Czech counterparts, N1 and N2, said": X, N1 and N2 each', () => {
    const text = [
      'Hungarian Foreign Minister Tamas Varga arrived in Yerevan on Monday.',
      'Varga and his Polish and Czech counterparts, Marek Nowak and Jana Dvorakova, said in a joint letter that the talks must resume.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['text:tamas-varga', 'text:marek-nowak', 'text:jana-dvorakova']);
  });

  it('"X and his Polish counterpart, N1, said": X and N1', () => {
    const text = [
      'Hungarian Foreign Minister Tamas Varga arrived in Yerevan on Monday.',
      'Varga and his Polish counterpart, Marek Nowak, said the talks must resume.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['text:tamas-varga', 'text:marek-nowak']);
  });

  it('with no names for the counterparts the words are no one\'s, never one speaker "X and his … counterparts"', () => {
    const text = [
      'Hungarian Foreign Minister Tamas Varga arrived in Yerevan on Monday.',
      'Varga and his Polish and Czech counterparts said the talks must resume.',
    ].join('\n\n');
    expect(statementsOf(text)).toEqual([]);
  });

  it('as many names as nationalities, or no reading: two nationalities and one name is none', () => {
    const text = [
      'Hungarian Foreign Minister Tamas Varga arrived in Yerevan on Monday.',
      'Varga and his Polish and Czech counterparts, Marek Nowak, said the talks must resume.',
    ].join('\n\n');
    expect(statementsOf(text)).toEqual([]);
  });
});

describe('a speaker who named themself in a relative clause with no commas', () => {
  it('"A nurse who asked to be identified only as Lilit said": Lilit, though "asked" opens the subject', () => {
    const text = 'A nurse who asked to be identified only as Lilit said the ward had run out of insulin.';
    expect(speakersShown(text)).toEqual(['text:lilit']);
  });

  it('"… only by the initial M. said": M.', () => {
    const text =
      'A driver who asked to be identified only by the initial M. said the checkpoint had been closed since dawn.';
    expect(speakersShown(text)).toEqual(['text:m']);
  });

  it('a request the speaker makes still reports no words: "asked the court to free them"', () => {
    const text = 'The lawyer asked the court to release the two detainees on bail.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('"who gave only the initial K.," names K.', () => {
    const text =
      'A waiter at a cafe near the square, who gave only the initial K., said that most tables had stood empty since the attack.';
    expect(speakersShown(text)).toEqual(['text:k']);
  });
});

describe('a given name set off with "who" is a person "he" or "she" points back to', () => {
  it('"Tigran, who has farmed here for years, … he says": Tigran, not a man named before', () => {
    const text = [
      'Deputy Governor Karen Simonyan toured the valley on Monday.',
      'In the orchards, the harvest has stopped. Tigran, who has farmed the slope for thirty years, will not give his surname. "We pick at night now," he says.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['text:tigran']);
  });
});

describe('a label before a colon is no part of the subject', () => {
  it('"Some Daily Online - World Desk: Armenia and Azerbaijan announced": the two governments', () => {
    const text = [
      'News ID: 1234567',
      'Some Daily Online - World Desk: Armenia and Azerbaijan, in a joint statement issued on Friday, announced that they would exchange detainees.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});
