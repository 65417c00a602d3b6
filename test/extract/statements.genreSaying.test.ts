import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker and quote of each statement of a text opened by a neutral sentence. */
function said(...paragraphs: string[]): [string, string][] {
  return statementsOf(['Talks resumed on Monday.', ...paragraphs].join('\n\n')).map((s) => [
    s.speaker,
    s.quote,
  ]);
}

describe('court summaries: the parties’ submissions and what the court notes of them', () => {
  it('"It was further stated by X that …": the agent of a passive saying said it', () => {
    expect(
      said('It was further stated by Azerbaijan that it had provided medical treatment to the wounded.'),
    ).toEqual([['gov-azerbaijan', 'it had provided medical treatment to the wounded']]);
    expect(
      said('It has been argued by the applicant Government that the road was closed for months.'),
    ).toEqual([['text:applicant-government', 'the road was closed for months']]);
  });

  it('"X maintains that …" is a saying; "maintained the ceasefire" is not', () => {
    expect(
      said('Azerbaijan, for its part, maintains that the departure of the residents was voluntary.'),
    ).toEqual([['gov-azerbaijan', 'the departure of the residents was voluntary']]);
    expect(said('Both armies maintained the ceasefire through the winter.')).toEqual([]);
  });

  it('"The Court notes that, according to X, …": the source says what follows, not the frame', () => {
    expect(
      said(
        'The Court notes that, according to Armenia, more than 100,000 persons had left the region by October.',
      ),
    ).toEqual([['gov-armenia', 'more than 100,000 persons had left the region by October']]);
    expect(said('The tribunal found that, according to the ministry, 300 homes were destroyed.')).toEqual([
      ['text:ministry', '300 homes were destroyed'],
    ]);
  });

  it('a passive without an agent, or with a non-saying verb, names no one', () => {
    expect(said('It was decided by the panel to adjourn.', 'It was signed by both sides that day.')).toEqual(
      [],
    );
    expect(said('It was stated that the road would reopen.')).toEqual([]);
  });
});

describe('event summaries: views, participants and minutes', () => {
  it('"In her view, …" is the view of the one the pronoun points to', () => {
    expect(
      said(
        'Marine Sahakyan of the Refugee Support Network opened the discussion. ' +
          'In her view, housing was the most urgent problem for the families.',
      ),
    ).toEqual([['text:marine-sahakyan', 'housing was the most urgent problem for the families']]);
  });

  it('"In the view of X, …" and "In X’s assessment, …" name the holder', () => {
    expect(said('In the view of the Agent of Armenia, the request was urgent and justified.')).toEqual([
      ['text:agent-of-armenia', 'the request was urgent and justified'],
    ]);
    expect(said('In Karimov’s assessment, the treaty could be signed within months.')).toEqual([
      ['text:karimov', 'the treaty could be signed within months'],
    ]);
  });

  it('a view of a place or a time is no saying', () => {
    expect(said('In his view of the valley, the house stood alone on the ridge.')).toEqual([]);
    expect(said('In recent days, the shelling has stopped.')).toEqual([]);
  });

  it('"It was noted by several speakers that …"; participants and panelists are people, filed by their head', () => {
    expect(
      said(
        'It was noted by several speakers that the mission had been expanded in December.',
        'Another participant warned that a new crisis could break out by the summer.',
        'One panellist said the treaty was closer than it looked.',
      ),
    ).toEqual([
      ['text:speakers', 'the mission had been expanded in December'],
      ['text:participant', 'a new crisis could break out by the summer'],
      ['text:panellist', 'the treaty was closer than it looked'],
    ]);
  });
});

describe('obituaries and posts: recalled and reminded', () => {
  it('"Colleagues recall that …" and "remembered her as “…”"', () => {
    expect(
      said(
        'Colleagues recall that she slept at the hospital for weeks at a time.',
        'Her former deputy, Dr. Karen Avanesyan, remembered her as “strict with the doctors, soft with the patients.”',
      ),
    ).toEqual([
      ['text:colleagues', 'she slept at the hospital for weeks at a time'],
      ['text:karen-avanesyan', 'strict with the doctors, soft with the patients.'],
    ]);
  });

  it('"reminded her followers that …" is a saying; "reminded them of the war" and "remembered the war" are not', () => {
    expect(
      said(
        'Tatevik Harutyunyan, a researcher, reminded her followers that more than 100,000 people had fled.',
      ),
    ).toEqual([['text:tatevik-harutyunyan', 'more than 100,000 people had fled']]);
    expect(
      said('The old photographs reminded them of the war.', 'She remembered the war as a child.'),
    ).toEqual([]);
  });
});

describe('event summaries: who "one" is, "as X reported" and "by observing that"', () => {
  it('"According to one, a Western diplomat …, …": the appositive is the source, up to its participle', () => {
    expect(
      said(
        'Two participants disagreed. According to one, a Western diplomat speaking under the Chatham House ' +
          'Rule, Baku was in no hurry to sign.',
      ),
    ).toEqual([['text:western-diplomat', 'Baku was in no hurry to sign']]);
    expect(said('According to one, the plan was dead.')).toEqual([]);
  });

  it('"…, as the ministry reported at the time, he said …": the "as" clause says nothing after it', () => {
    const found = said(
      'Rashad Karimov spoke next. Asked about the servicemen killed, as the Defense Ministry reported at the ' +
        'time, he said that the country had paid a price for its sovereignty.',
    );
    expect(found).toEqual([['text:rashad-karimov', 'the country had paid a price for its sovereignty']]);
  });

  it('"closed the event by observing that …" is saying; "observing the ceasefire line" is not', () => {
    expect(
      said(
        'Lindqvist closed the event by observing that few had expected the conflict to end this way.',
        'The monitors spent the week observing the ceasefire line.',
      ),
    ).toEqual([['text:lindqvist', 'few had expected the conflict to end this way']]);
  });
});

describe('a view given as a whole quote', () => {
  it('"In his opinion, “…”" is the person before, direct', () => {
    const seen = statementsOf(
      'Analyst Rauf Gasimov spoke to the paper. In his opinion, "the next move now belongs to the other capital".',
    ).map((s) => [s.speaker, s.quote]);
    expect(seen).toEqual([['text:rauf-gasimov', 'the next move now belongs to the other capital']]);
  });

  it('a short quote alone gives no view', () => {
    expect(statementsOf('Rauf Gasimov spoke to the paper. In his view, "never".')).toEqual([]);
  });
});
