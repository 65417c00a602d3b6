import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('a bare role after the last speaker the text titled with it', () => {
  // A prime minister the gazetteer lacks speaks; the gazetteer's Armenian prime minister is named
  // since only as the one he phoned: "the prime minister" is still the speaker, never the partner.
  const text =
    'Prime Minister Dovlet Kavrelashvili chaired a cabinet session on Monday, which was devoted to the ' +
    'fighting between the two neighbours.\n\n' +
    '"We are ready to help end this," the Prime Minister said. He added that he had spoken by phone with ' +
    'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Sunday.\n\n' +
    'According to Kavrelashvili, both leaders welcomed the offer. The Prime Minister also said that the border was calm.';

  it('is the speaker the text titled so, not a gazetteer holder named inside his clause', () => {
    expect(speakersAndMentions(text).at(-1)).toEqual(['text:dovlet-kavrelashvili', 'The Prime Minister']);
  });

  it('never gives the bare role to the phone partner anywhere in the piece', () => {
    const roles = speakersAndMentions(text).filter(([, mention]) => /^the prime minister$/i.test(mention!));
    expect(roles.length).toBeGreaterThan(0);
    for (const [speaker] of roles) expect(speaker).toBe('text:dovlet-kavrelashvili');
  });

  it('a "prime minister" title does not make its holder "the minister"', () => {
    const t =
      'Prime Minister Dovlet Kavrelashvili chaired a cabinet session on Monday. ' +
      'Foreign Minister Ararat Mirzoyan was also in the city.\n\n' +
      '"The border is calm," the Prime Minister said. "We expect a reply soon," the minister said.';
    expect(speakersAndMentions(t).at(-1)).toEqual(['mirzoyan', 'the minister']);
  });
});
