import { describe, expect, it } from 'vitest';
import { speakersAndOpenings, speakersViaAndQuotes } from './statements.helpers.ts';

describe('"the spokesperson" is the spokesperson the text named, or no one', () => {
  it('after the spokesperson relayed her minister, "according to the spokesperson" is her, not the body in his words', () => {
    const text =
      'Spokesperson of the Foreign Minister Ani Badalyan said that Minister Ararat Mirzoyan, speaking with ' +
      'a US envoy, warned that Baku is "planning new provocations". According to the spokesperson, the minister ' +
      'also asked the envoy to press for the return of the detainees.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['ani-badalyan', 'the minister also asked ']);
    expect(said.some(([speaker]) => speaker === 'gov-azerbaijan')).toBe(false);
  });

  it('two spokespeople named before: "the spokesperson" is unsure, and speaks for no one', () => {
    const text =
      'Foreign Ministry spokesperson Ani Badalyan said Yerevan had sent a note to Baku. ' +
      "Prime Minister Nikol Pashinyan's spokesperson Nazeli Baghdasaryan said the premier would travel to Brussels. " +
      'The Azerbaijani Foreign Ministry said it had received no note. The spokesperson said the talks would go on.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['mfa-azerbaijan', 'it had received no note']);
    expect(said.some(([, quote]) => quote!.startsWith('the talks would go on'))).toBe(false);
  });

  it('a spokesperson named by the post alone relays the minister named in the clause (CONVENTIONS 14)', () => {
    const said = speakersViaAndQuotes(
      'A State Department spokesperson said Blinken had told Aliyev that the road "must reopen at once."',
    );
    expect(said).toContainEqual([
      'blinken',
      'text:state-department-spokesperson',
      'the road "must reopen at once."',
    ]);
    expect(said.some(([, , quote]) => quote!.startsWith('Blinken had told Aliyev'))).toBe(true);
  });

  it("\"the Chancellor's spokesman said Scholz had told them that …\": the spokesman's and Scholz's", () => {
    const said = speakersViaAndQuotes(
      'Scholz met both leaders in Munich. The Chancellor\'s spokesman said Scholz had told them that "peace is within reach".',
    );
    expect(said).toContainEqual(['scholz', 'text:chancellor-spokesperson', 'peace is within reach']);
  });

  it("a spokesperson named by the post alone telling his state's stance is his statement only (row W)", () => {
    const said = speakersViaAndQuotes(
      'A State Department spokesman said Washington "strongly supports" direct dialogue between the sides.',
    );
    expect(said.some(([speaker]) => speaker === 'gov-us')).toBe(false);
  });
});
