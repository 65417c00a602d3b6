import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('an aide titled twice, the holder named after the second title', () => {
  it('"Assistant to the President, head of the … Office NAME, said": the name speaks', () => {
    const text =
      'President Ilham Aliyev visited the district on Monday. Assistant to the President, head of the ' +
      'International Relations Office of the Presidential Administration Hikmet Hajiyev, said that the ' +
      'bridge would reopen within a month.';
    expect(speakersShown(text)).toEqual(['hajiyev']);
  });

  it('a name after a participle ("speaking in New York") is no holder of the subject\'s title', () => {
    const text =
      'US Secretary of State Antony Blinken, speaking in New York, said Washington was in touch with both capitals.';
    expect(speakersShown(text)).toEqual(['blinken']);
  });

  it('"an adviser to President NAME" after a name: the name before speaks, not the president', () => {
    const text =
      'Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said the talks would resume in May.';
    expect(speakersShown(text)).toEqual(['hajiyev']);
  });
});

describe('an aide named by whose aide they are is never the owner', () => {
  it('"The assistant to the President" after the president was named is not the president', () => {
    const text =
      'President Ilham Aliyev met the envoys on Friday. The assistant to the President told reporters ' +
      'that the convoy had crossed the bridge.';
    expect(speakersShown(text)).not.toContain('aliyev');
  });

  it('"the President\'s adviser" is not the president either', () => {
    const text =
      'President Ilham Aliyev met the envoys on Friday. The President’s adviser said the convoy had crossed the bridge.';
    expect(speakersShown(text)).not.toContain('aliyev');
  });
});

describe('an indefinite description is filed under its head (CONVENTIONS 5)', () => {
  it('"A member of the party\'s board" is a member', () => {
    const text = 'A member of the party’s governing board said the vote would be held in March.';
    expect(speakersShown(text)).toEqual(['text:member']);
  });

  it('"A couple from Noyemberyan" is a couple, without the article or the place', () => {
    const text = 'A couple from Noyemberyan said they had not seen the border guards for a week.';
    expect(speakersShown(text)).toEqual(['text:couple']);
  });

  it('"a member of parliament" keeps its complement: it is one kind of member', () => {
    const text = 'A member of parliament said the bill would be debated next week.';
    expect(speakersShown(text)).toEqual(['text:member-of-parliament']);
  });
});

describe('an unqualified ministry in a report whose sources are one state’s bodies', () => {
  it('"The Ministry of Defense" after the State Security Service of Azerbaijan spoke is Azerbaijan’s', () => {
    const text =
      'Two soldiers were hurt near Lachin on Tuesday, the State Security Service of Azerbaijan (DTX) said.\n\n' +
      'The Ministry of Defense informed that both men had been taken to a hospital in Barda.';
    expect(speakersShown(text)).toContain('mod-azerbaijan');
  });

  it('a report that only names the adversary’s forces leaves the ministry unresolved', () => {
    const text =
      'Azerbaijani forces shelled villages near Jermuk overnight. According to the Ministry of Defense, ' +
      'four servicemen were wounded.';
    expect(speakersShown(text)).not.toContain('mod-azerbaijan');
  });

  it('media of a country are no state body: they do not place the ministry', () => {
    const text =
      'Azerbaijani media reported, citing sources in Baku, that a column had left the town.\n\n' +
      'The Ministry of Defense said the column would reach its base by Friday.';
    expect(speakersShown(text)).not.toContain('mod-azerbaijan');
  });
});

describe('the outlet a text names as itself speaks in its own voice (CONVENTIONS 11)', () => {
  it('a name that recalls its own reports and is told the news is the outlet: no statement of its own', () => {
    const text =
      'A deputy minister told Vestnik.am that the checkpoint would open in June.\n\n' +
      'As Vestnik.am previously reported, the road was closed in March after a landslide.';
    expect(speakersShown(text)).not.toContain('text:vestnik-am');
  });

  it('"As Reuters reported" alone is another outlet cited: it stays', () => {
    const text = 'As Reuters reported on Monday, the convoy reached the border crossing before dawn.';
    expect(speakersShown(text)).toContain('text:reuters');
  });

  it('"the NAME correspondent reports" is the outlet telling the news', () => {
    const text = 'The talks lasted for six hours on Friday, the Caspian 24 correspondent reports.';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('names a place noun closes are places, never the person a pronoun stands for', () => {
  it('"She said" after "the Lori, Vayots Dzor and Tavush regions" is not Vayots Dzor', () => {
    const text =
      'Shelling damaged 40 houses in the Lori, Vayots Dzor and Tavush regions on Tuesday. ' +
      'She said that 300 people had been moved to schools.';
    expect(speakersShown(text)).not.toContain('text:vayots-dzor');
  });
});
