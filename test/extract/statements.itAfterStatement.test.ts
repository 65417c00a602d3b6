import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('"it said" after a written statement several paragraphs back', () => {
  it('a body that spoke since, in a later paragraph, is who "it" is', () => {
    const text =
      'The separatist authorities said in a statement that the truce had held through the night.\n\n' +
      'Azerbaijan’s Defense Ministry said its units had stopped at the agreed line.\n\n' +
      'Russia’s Defense Ministry said its troops had moved 500 civilians from two villages. ' +
      'It said the troops would help "keep the roads open."';
    expect(speakersAndMentions(text).at(-1)).toEqual(['mod-russia', 'It']);
  });

  it('in the statement’s own paragraph, "it" is still the statement’s author', () => {
    const text =
      'The separatist authorities said in a statement that the truce had held through the night. ' +
      'It said talks on the handover would begin on Thursday.';
    expect(speakersAndMentions(text).at(-1)).toEqual(['karabakh-authorities', 'It']);
  });
});

describe('"it added" after a person relayed someone and a body spoke since', () => {
  it('"it" is the body that spoke last, never the person who relayed', () => {
    const text =
      'Government spokesman Tomas Varga told reporters that Prime Minister Ilona Kerr had told ministers the army would "stand ready" to help.\n\n' +
      'The flooding worsened overnight. The regional health ministry said on Sunday that at least 12 people had drowned. ' +
      'Dozens are unaccounted for, it added.';
    expect(speakersAndMentions(text).at(-1)).toEqual(['text:regional-health-ministry', 'it']);
  });

  it('with no body speaking since, "it" after a person’s written statement is still that person’s', () => {
    const text =
      'Government spokesman Tomas Varga said in a statement that Prime Minister Ilona Kerr had told ministers the army would "stand ready" to help. ' +
      'It said the army would send 300 soldiers.';
    expect(speakersAndMentions(text).at(-1)).toEqual(['text:tomas-varga', 'It']);
  });
});
