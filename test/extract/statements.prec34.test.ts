import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Does the text give the speaker a statement whose words start so? */
const says = (text: string, speaker: string, start: string) =>
  statementsOf(text).some((s) => s.speaker === speaker && s.quote.startsWith(start));

describe('a clause fragment is never a speaker name: a thing’s noun with a relative clause and no "that"', () => {
  it('"…, a figure neither side has confirmed": no speaker named "figure neither side"', () => {
    const text =
      'The Turkish president said on Monday that the shelling had cost more than 300 lives, a figure neither ' +
      'side has confirmed.';
    const found = speakersShown(text);
    expect(found.some((s) => /figure|neither/.test(s))).toBe(false);
  });

  it('"…, a step Western diplomats welcomed": welcoming a step is no saying, and the step says nothing', () => {
    const text =
      'Baku and Yerevan agreed to reopen two road crossings by the spring, a step Western diplomats welcomed ' +
      'on Friday.';
    const found = speakersShown(text);
    expect(found.some((s) => /step|diplomats/.test(s))).toBe(false);
  });

  it('"…, a move Georgian officials described as “…”": the clause’s subject named it, in its own words', () => {
    const text =
      'The alliance sent two observers and no troops, a move Georgian officials described at the time as ' +
      '"an insult to the victims."';
    expect(says(text, 'text:georgian-officials', 'an insult to the victims')).toBe(true);
    expect(speakersShown(text).some((s) => /move/.test(s))).toBe(false);
  });
});

describe('a name after a noun is in apposition, no relative clause', () => {
  it('"the poet Vahagn Davtyan said …" stays the poet’s statement', () => {
    const text = 'The poet Vahagn Davtyan said the old quarter of the city had changed beyond recognition.';
    expect(says(text, 'text:vahagn-davtyan', 'the old quarter of the city')).toBe(true);
  });
});

describe('"according to our information" is the writers’ own knowledge, no speaker', () => {
  it('"According to our information, the talks may resume …": no statement of "our information"', () => {
    const text =
      'According to our information, the foreign ministers may meet in Vienna before the end of the month.';
    expect(speakersShown(text).some((s) => /our|information/.test(s))).toBe(false);
  });

  it('"by our own estimates" likewise names no one', () => {
    const text = 'By our own estimates, the convoy carried about 40 tonnes of flour, our own estimates show.';
    expect(speakersShown(text).some((s) => /estimates/.test(s))).toBe(false);
  });
});

describe('"the department" in translated copy is the ministry that spoke in the sentence before', () => {
  it('two ministries named, the one that just spoke is "the department"', () => {
    const text =
      'The Russian Ministry of Defense said the shooting had stopped by the evening.\n\n' +
      'The Armenian Ministry of Defense reported that its positions near Jermuk had come under mortar ' +
      'fire. Later the department said that two soldiers had been wounded.';
    expect(says(text, 'mod-armenia', 'two soldiers had been wounded')).toBe(true);
    expect(speakersShown(text)).not.toContain('text:department');
  });
});

describe('"In <capital> they insist …": the people there, not whoever spoke before', () => {
  it('"In Baku they insist that …" after the Armenian ministry spoke is Azerbaijan’s government', () => {
    const text =
      'The Armenian Ministry of Defense said that its positions near Jermuk had been shelled overnight.\n\n' +
      'In Baku they insist that the Armenian side opened fire first.';
    expect(says(text, 'gov-azerbaijan', 'the Armenian side opened fire first')).toBe(true);
    expect(says(text, 'mod-armenia', 'the Armenian side opened fire first')).toBe(false);
  });
});

describe('"the ministry’s statement" is the statement of the ministry "the ministry" points back to', () => {
  it('after the region’s health ministry was named, its statement is the Karabakh authorities’', () => {
    const text =
      'Convoys of the Red Cross were halted at the checkpoint on Tuesday, the Artsakh Ministry of Health ' +
      'reported, leaving six patients stranded in Stepanakert.\n\n"Each hour we wait puts them in danger," ' +
      "the ministry's statement says.";
    expect(says(text, 'karabakh-authorities', 'Each hour we wait puts them in danger')).toBe(true);
    expect(speakersShown(text)).not.toContain('text:ministry-statement');
  });

  it('with no ministry named before, no speaker named "ministry statement"', () => {
    const text = '"Each hour we wait puts them in danger," the ministry\'s statement says.';
    expect(speakersShown(text)).not.toContain('text:ministry-statement');
  });
});

describe('an appeal is no saying: only the quoted words in what was asked are the speaker’s (CONVENTIONS 10, 16)', () => {
  it('"called on Ankara to take “…”": the statement starts at the quoted words', () => {
    const text =
      'The Armenian Foreign Ministry called on Ankara to take "practical steps" to reopen the border crossing.';
    expect(says(text, 'mfa-armenia', 'practical steps')).toBe(true);
    expect(says(text, 'mfa-armenia', 'Ankara')).toBe(false);
  });

  it('"urged X to halt … and “to …”": the statement starts at the quote', () => {
    const text =
      'EU foreign policy chief Josep Borrell urged Azerbaijan to halt the offensive and "to return to talks ' +
      'without delay".';
    expect(says(text, 'borrell', 'to return to talks without delay')).toBe(true);
    expect(says(text, 'borrell', 'Azerbaijan')).toBe(false);
  });

  it('"urged X to “…”" keeps its start at the quote as before', () => {
    const text = 'The French president urged both sides to "show restraint" in the coming days.';
    expect(statementsOf(text).some((s) => s.quote.startsWith('show restraint'))).toBe(true);
  });
});
