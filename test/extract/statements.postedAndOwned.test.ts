import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('"posted on <platform> that …" is a saying; "posted a video" is not', () => {
  it('an envoy on X, with a quoted adverb inside the clause (Gulf daily style)', () => {
    const text =
      'The EU special representative, Toivo Klaar, posted on X that he "warmly" welcomed the statement.';
    expect(statementsOf(text).map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['klaar', 'reported', 'he "warmly" welcomed the statement'],
    ]);
  });

  it('a spokeswoman on her Facebook page (agency style)', () => {
    const text =
      'Foreign Ministry spokeswoman Ani Badalyan posted on her Facebook page that the talks were over.';
    expect(statementsOf(text)[0]).toMatchObject({ speaker: 'ani-badalyan', quote: 'the talks were over' });
  });

  it('a post that is no saying', () => {
    expect(statementsOf('Pashinyan posted a video of the meeting.')).toEqual([]);
  });
});

describe('"Its <body> said": the body that "its" stands for owns it', () => {
  it('a ministry named in full after the country (Gulf daily style)', () => {
    const text =
      'The UAE welcomed the announcement. Its Ministry of Foreign Affairs said in a statement that the ' +
      'agreement was "an important step."';
    const last = statementsOf(text).at(-1);
    // The owner stays in the id: another state's ministry of that name is another speaker.
    expect(last?.speaker).toBe('text:uae-ministry-of-foreign-affairs');
    expect(last?.quote).toBe('the agreement was "an important step."');
  });

  it('"the Ministry of Foreign Affairs" is a body, never a person called "Affairs"', () => {
    const text = 'The Ministry of Foreign Affairs said on Monday that the border was open.';
    expect(statementsOf(text)[0]?.speaker).toBe('text:ministry-of-foreign-affairs');
  });
});
