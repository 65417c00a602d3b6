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
