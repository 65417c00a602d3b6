import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('"it" after "but"/"and"/"yet" in its own sentence is the body or state that sentence opens with', () => {
  it('"Georgia has not given its losses, but it said …" is Georgia, never the office that spoke before', () => {
    const text =
      'Talks resume\n\n' +
      'The speaker of parliament was hurt by a crowd, his office said.\n\n' +
      'The clashes killed hundreds. Georgia has not given its military losses, but it said 40 ' +
      'civilians had been killed on its side.';
    const found = statementsOf(text);
    const civilians = found.find((s) => s.quote.startsWith('40 civilians'));
    expect(civilians?.speaker).toBe('text:georgia');
  });

  it('"The Red Cross visited the camp on Monday, and it said …" is the Red Cross', () => {
    const text =
      'Camp visited\n\n' +
      'The Interior Ministry said the border was calm.\n\n' +
      'The Red Cross visited the camp on Monday, and it said the water supply had been restored.';
    expect(speakersShown(text)).toEqual([expect.stringMatching(/interior|ministry/), 'icrc']);
  });

  it('a person opening the sentence is no antecedent for "it": the rule leaves the pronoun alone', () => {
    const text =
      'Talks resume\n\n' +
      'The Interior Ministry said the border was calm.\n\n' +
      'Karen Petrosyan visited the camp on Monday, and it said the water supply had been restored.';
    expect(speakersShown(text)).not.toContain('text:karen-petrosyan');
  });
});

describe('a time told by a noun phrase and set off before the subject is no speaker', () => {
  it('"A day earlier, the Foreign Ministry, in a statement, said …" is the ministry, never "day"', () => {
    const text =
      'Column leaves\n\nA day earlier, the Foreign Ministry, in a statement, said that the column would leave within days.';
    expect(speakersShown(text)).toEqual(['text:foreign-ministry']);
  });

  it('"Two days later, Interior Minister Karen Sarkisov, speaking in parliament, said …" is Sarkisov', () => {
    const text =
      'Column leaves\n\nTwo days later, Interior Minister Karen Sarkisov, speaking in parliament, said that the column would leave.';
    expect(speakersShown(text)).toEqual(['text:karen-sarkisov']);
  });

  it('"The next morning," and "The day before," name no one', () => {
    for (const opener of ['The next morning', 'The day before', 'That evening']) {
      const text = `Column leaves\n\n${opener}, the ministry, in a statement, said that the column would leave.`;
      for (const id of speakersShown(text)) expect(id).not.toMatch(/morning|day|evening/);
    }
  });
});

describe('"…, his office said" after a sentence opening with a title written lower case is that person’s office', () => {
  it('"Parliament speaker Karen Vardanyan was hurt …, his office said" is Vardanyan’s office, never the last speaker’s', () => {
    const text =
      'Deal signed\n\nPresident Ilham Aliyev said the deal was a victory.\n\n' +
      'Parliament speaker Karen Vardanyan was hurt by a crowd and taken to hospital, his office said.';
    expect(speakersShown(text)).toEqual(['aliyev', 'text:karen-vardanyan-office']);
  });

  it('"Foreign minister Lilit Sarkisova was not hurt, her office said" is Sarkisova’s office', () => {
    const text =
      'Convoy shelled\n\nPresident Ilham Aliyev said the convoy had been warned.\n\n' +
      'Foreign minister Lilit Sarkisova was not hurt in the attack, her office said.';
    expect(speakersShown(text)).toEqual(['aliyev', 'text:lilit-sarkisova-office']);
  });
});
