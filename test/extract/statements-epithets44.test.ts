import { describe, expect, it } from 'vitest';
import { speakersAndMentions, speakersShown } from './statements.helpers.ts';

describe('a title chain before a name is that person, never a holder of one title', () => {
  it('"Deputy Prime Minister and Foreign Minister <name>" is one speaker, the named one', () => {
    expect(
      speakersShown(
        'Prime Minister Nikol Pashinyan met the Italian delegation in Yerevan. ' +
          'Deputy Prime Minister and Foreign Minister Lucio Ferrante said the deal was "good news for the region."',
      ),
    ).toEqual(['text:lucio-ferrante']);
  });

  it('"Foreign Minister and Deputy Prime Minister <name>" after another foreign minister is still the named one', () => {
    expect(
      speakersShown(
        'Foreign Minister Ararat Mirzoyan spoke first. ' +
          'Foreign Minister and Deputy Prime Minister Lucio Ferrante said the deal was "good news."',
      ),
    ).toEqual(['text:lucio-ferrante']);
  });

  it('a body whose name holds "and" before a bare title is one speaker, not a holder of the title', () => {
    const found = speakersShown(
      'State Department spokesman Ned Price said the US was "deeply concerned". Price said more talks were needed. ' +
        'A Department of Foreign Affairs and Trade spokesperson said Australia was watching the situation.',
    );
    expect(found.filter((s) => s === 'price')).toHaveLength(2);
  });

  it('two named speakers joined by "and" are still each a speaker', () => {
    expect(speakersShown('Mirzoyan and Bayramov said in a joint statement that ties were "strong."')).toEqual(
      ['mirzoyan', 'bayramov'],
    );
  });
});

describe('a rank before a role names another office', () => {
  it('"the Deputy Prime Minister" after the prime minister is not the prime minister', () => {
    expect(
      speakersShown(
        'Prime Minister Nikol Pashinyan spoke first. "We welcome it," the Deputy Prime Minister said.',
      ),
    ).not.toContain('pashinyan');
  });
});

describe('a relative clause opened by "in which" has its whole noun phrase as subject', () => {
  it('"in which the Office of … and the Administration of the President of …" is the two bodies', () => {
    const found = speakersShown(
      'The exchange follows the joint statement of December 7, in which the Office of the Prime Minister of ' +
        'Armenia and the Administration of the President of Azerbaijan said there was "a historic chance."',
    );
    expect(found).not.toContain('aliyev');
    expect(found).toHaveLength(2);
  });
});

describe('an epithet of office or politics points back to the one person named who fits', () => {
  it('"the Green politician" after a named foreign minister is her', () => {
    expect(
      speakersAndMentions(
        'Foreign Minister Marta Lindqvist called on both sides to stop the fighting. ' +
          '"Both sides must return to the table," the Green politician said.',
      ),
    ).toEqual([['text:marta-lindqvist', 'the Green politician']]);
  });

  it('"the senator" after a member of the Federation Council is him', () => {
    expect(
      speakersAndMentions(
        'Pavel Orlov, Deputy Chairman of the Federation Council, told a newspaper that Moscow wanted the road open. ' +
          '"The corridor is a humanitarian artery," the senator emphasized.',
      ).at(-1),
    ).toEqual(['text:pavel-orlov', 'the senator']);
  });

  it('"the ombudsman" after a Human Rights Defender is her', () => {
    expect(
      speakersAndMentions(
        'Human Rights Defender Lilit Avetisyan said 92 houses had been damaged. ' +
          'Two civilians were killed, the ombudsman noted.',
      ).at(-1),
    ).toEqual(['text:lilit-avetisyan', 'the ombudsman']);
  });

  it('"the veteran negotiator" after a named envoy is him', () => {
    expect(
      speakersAndMentions(
        'Special envoy Tomas Berglund arrived in Baku on Monday. "Progress is possible," the veteran negotiator said.',
      ),
    ).toEqual([['text:tomas-berglund', 'the veteran negotiator']]);
  });

  it('with two politicians named together, "the politician" is neither', () => {
    const found = speakersShown(
      'Foreign Minister Marta Lindqvist met Foreign Minister Claire Dumont in Paris. "We must act," the Green politician said.',
    );
    expect(found).not.toContain('text:marta-lindqvist');
    expect(found).not.toContain('text:claire-dumont');
  });

  it('"the senator" after someone who holds no seat is no one named', () => {
    expect(
      speakersShown(
        'Anna Petrova, a nurse from Goris, met the visitors. "The road must open," the senator said.',
      ),
    ).not.toContain('text:anna-petrova');
  });
});
