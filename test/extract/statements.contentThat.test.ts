import { describe, expect, it } from 'vitest';
import { settingBeforeThat } from '../../src/extract/statements/settingBeforeThat.ts';
import { saidInPiece } from './statements.helpers.ts';

describe('content: only a setting of the saying stands between its verb and "that"', () => {
  it('a subject and its verb before "that": the clause is what was said, "that" and all', () => {
    expect(saidInPiece('The spokesman said the minister hopes that the talks will resume soon.')).toEqual([
      'The spokesman: the minister hopes that the talks will resume soon',
    ]);
  });

  it('"there needs to be a rule that …": a relative "that" opens no content', () => {
    expect(
      saidInPiece('Mayor Lin Ode said there needs to be a rule that bars trucks from the old bridge.'),
    ).toEqual(['Mayor Lin Ode: there needs to be a rule that bars trucks from the old bridge']);
  });

  it('two reported clauses joined by "and that": both are what was said', () => {
    expect(saidInPiece('Police said witnesses heard a shot and that a rifle was found nearby.')).toEqual([
      'Police: witnesses heard a shot and that a rifle was found nearby',
    ]);
  });

  it('who is warned to do something: the "that" inside what they are told to do is no opener', () => {
    expect(saidInPiece('The ministry warned farmers to avoid fields that lie near the border.')).toEqual([
      'The ministry: farmers to avoid fields that lie near the border',
    ]);
  });

  it('a channel, a time or a manner before "that" is the writer’s: the content starts past it', () => {
    expect(
      saidInPiece(
        'The ombudsman said in a statement that 32 people were hurt. ' +
          'The governor said late Friday that the road would reopen. ' +
          'The Armenian government said on Friday 29 September that 4,100 people had crossed.',
      ),
    ).toEqual([
      'The ombudsman: 32 people were hurt',
      'The governor: the road would reopen',
      'The Armenian government: 4,100 people had crossed',
    ]);
  });

  it('a plural noun before "that" takes it as its relative: the clause is what was said', () => {
    expect(
      saidInPiece('Nurse Ada Kemp said the long shifts that come with the job wear staff down.'),
    ).toEqual(['Nurse Ada Kemp: the long shifts that come with the job wear staff down']);
  });

  it('"The truth, he said then, was …": a time adverb alone may close a parenthetical attribution', () => {
    expect(
      saidInPiece('The truth, the mayor said then, was that the pass had been closed for a week.'),
    ).toEqual(['the mayor: The truth … was that the pass had been closed for a week']);
  });

  it('a noun that holds the content, or a participle of saying, before "that": past it', () => {
    expect(
      saidInPiece(
        'The minister reiterated his hopes that the road would reopen. ' +
          'The union wrote a letter to the mayor asking that the bridge be reopened.',
      ),
    ).toEqual(['The minister: the road would reopen', 'The union: the bridge be reopened']);
  });
});

describe('settingBeforeThat: the words from the verb to its "that"', () => {
  it.each([
    [' that', true],
    [' in an interview with the agency that', true],
    [' repeatedly that', true],
    [' two days earlier that', true],
    [' 29 September that', true],
    [' concern that', true],
    [' cautious optimism that', true],
    [' the minister hopes that', false],
    [' not to repeat that', false],
    [' the claims critics make that', false],
    [' the world lost a voice that', false],
  ])('%j → %s', (words, expected) => {
    expect(settingBeforeThat(words)).toBe(expected);
  });
});

describe('content: words before a name in apposition say who spoke, not what was said', () => {
  it('"The ombudsman, Name, said at least 32 …": the count is what was said', () => {
    expect(
      saidInPiece('The Ombudsman, Dara Quill, said at least 32 people were hurt in the shelling.'),
    ).toEqual(['Dara Quill: at least 32 people were hurt in the shelling']);
  });

  it('a time and a clause after the verb: the clause is the content, and the time is when it was said', () => {
    expect(saidInPiece('The regional governor, Tomas Brel, said in May the pass would reopen.')).toEqual([
      'Tomas Brel: the pass would reopen',
    ]);
  });

  it('a real trailing attribution with a clause of place after it still takes the words before', () => {
    expect(
      saidInPiece('The pass will reopen in May, Tomas Brel said at a rally where he was cheered.'),
    ).toEqual(['Tomas Brel: The pass will reopen in May']);
  });
});

describe('content: the speaker’s next act after "and" is no part of what was said', () => {
  it('"said it would …, and requested …": a past verb after a comma joins the verb of saying', () => {
    expect(
      saidInPiece('The water agency said the pumping station would stay shut, and requested two more weeks.'),
    ).toEqual(['The water agency: the pumping station would stay shut']);
  });

  it('"says she will … and considers …": an -s verb after a clause of another form is the speaker’s', () => {
    expect(saidInPiece('Kara Lind says she will not vote for the mayor and considers him a liar.')).toEqual([
      'Kara Lind: she will not vote for the mayor',
    ]);
  });

  it('"noting …, and suggesting …": a second participle is a second act of the speaker', () => {
    expect(
      saidInPiece(
        'Senator Ruth Amsel dismissed the audit, noting the sample was small and suggesting the auditors had erred.',
      ),
    ).toEqual(['Senator Ruth Amsel: the sample was small']);
  });

  it('a verb of the same form as the clause’s own is left in: both readings stand', () => {
    expect(saidInPiece('The mayor said he heard shots and ran outside.')).toEqual([
      'The mayor: he heard shots and ran outside',
    ]);
  });

  it('a past after a modal clause with no comma may be the clause’s own: left in', () => {
    expect(saidInPiece('The court said the convict would be released in May and returned home.')).toEqual([
      'The court: the convict would be released in May and returned home',
    ]);
  });

  it('"said …, but cautioned …", "… and called on …": a verb of weighing words is the speaker’s next act', () => {
    expect(
      saidInPiece('The port authority said cargo traffic had doubled, but cautioned that storage was short.'),
    ).toEqual(['The port authority: cargo traffic had doubled', 'The port authority: storage was short']);
    expect(
      saidInPiece('The envoy said the shelling was unacceptable and called on both sides to pull back.'),
    ).toEqual(['The envoy: the shelling was unacceptable']);
  });

  it('after a perfect, "and" with a bare participle joins the clause’s own verbs: left in', () => {
    expect(
      saidInPiece('The aide said the minister has phoned the mayor twice and praised the rescue crews.'),
    ).toEqual(['The aide: the minister has phoned the mayor twice and praised the rescue crews']);
  });

  it('a noun subject after "and" opens a clause of what was said: left in', () => {
    expect(saidInPiece('The trade minister says exports will rise and sales taxes will fall.')).toEqual([
      'The trade minister: exports will rise and sales taxes will fall',
    ]);
  });
});
