import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('"informs that": agency and official copy', () => {
  it('a body that informs that … says it', () => {
    const found = statementsOf('The State Emergency Service informs that the road to Jermuk is closed.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:state-emergency-service', 'the road to Jermuk is closed'],
    ]);
  });

  it('an audience and a time before "that" are no content; the time after it is', () => {
    const found = statementsOf(
      'Ambassador Helen Ward said the border was calm. The Border Guard Service informed reporters ' +
        'this morning that on Sunday night two posts came under fire.',
    );
    expect(found.map((s) => s.quote)).toContain('on Sunday night two posts came under fire');
  });

  it('where, how and when it informed, between "informed" and "that", are no content', () => {
    const cases: [string, string][] = [
      [
        'The Border Guard Service informed on Tuesday evening that two posts came under fire.',
        'two posts came under fire',
      ],
      ['The Border Guard Service informed later that the shooting had stopped.', 'the shooting had stopped'],
      [
        'The Border Guard Service informed in a joint statement that the checkpoint would reopen.',
        'the checkpoint would reopen',
      ],
      [
        'The Border Guard Service informed our daily that the patrols were doubled.',
        'the patrols were doubled',
      ],
    ];
    for (const [sentence, words] of cases)
      expect(statementsOf(sentence).map((s) => s.quote)).toEqual([words]);
  });

  it('a spokesperson’s "X had informed his colleagues in Vienna that …" relays X’s words', () => {
    const found = statementsOf(
      'Foreign Ministry spokeswoman Ani Badalyan said Foreign Minister Ararat Mirzoyan had informed his ' +
        'colleagues in Vienna that the talks would resume in June.',
    );
    expect(found.map((s) => [s.speaker, s.quote])).toContainEqual([
      'mirzoyan',
      'the talks would resume in June',
    ]);
  });

  it('"informed" without "that" reports no words', () => {
    expect(statementsOf('The study informed the decision that followed in March.')).toEqual([]);
    expect(statementsOf('The residents were informed about the curfew by the police.')).toEqual([]);
  });
});

describe('"…, X informed <outlet>.": agency copy naming the outlet it informed', () => {
  it('a trailing "informed" with the outlet as its hearer is the speaker’s saying', () => {
    const found = statementsOf(
      'Sappers cleared another 40 hectares near Fuzuli this week, the agency’s spokesman Samir Guliyev informed Report.az.',
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:samir-guliyev', 'Sappers cleared another 40 hectares near Fuzuli this week'],
    ]);
  });

  it('with a news site written in capitals and without a domain', () => {
    const found = statementsOf(
      'The water supply to Stepanakert has been restored, the utility informed Armenpress.',
    );
    expect(found.map((s) => s.quote)).toEqual(['The water supply to Stepanakert has been restored']);
  });
});
