import { describe, expect, it } from 'vitest';
import { extractFrom, speakersAndMentions } from './statements.helpers.ts';

describe('a definite description ("the general", "the Defender") is the one the text named with that title', () => {
  it('"the general" after "Major General X" is X', () => {
    expect(
      speakersAndMentions(
        'The commander of the border force, Major General Pavel Orlov, told a television channel that the line was calm. ' +
          '"Not one incident has been recorded today," the general said.',
      ),
    ).toEqual([
      ['text:pavel-orlov', 'Major General Pavel Orlov'],
      ['text:pavel-orlov', 'the general'],
    ]);
  });

  it('"said the general" after "Lieutenant General X" is X', () => {
    expect(
      speakersAndMentions(
        'Lieutenant General Pavel Orlov visited the posts. "The roads are open again," said the general.',
      ),
    ).toEqual([['text:pavel-orlov', 'the general']]);
  });

  it('"the Defender" after "Human Rights Defender X" is X', () => {
    expect(
      speakersAndMentions(
        'Human Rights Defender Anna Vardanyan visited the village. "The houses were hit directly," the Defender noted.',
      ),
    ).toEqual([['text:anna-vardanyan', 'the Defender']]);
  });

  it('"the general" after an Attorney General is no one: there the title is headed by "Attorney"', () => {
    expect(
      speakersAndMentions(
        'Attorney General Pavel Orlov visited the posts. "Not one incident has been recorded today," the general said.',
      ),
    ).toEqual([]);
  });

  it('"the general" after two generals is no one', () => {
    expect(
      speakersAndMentions(
        'General Pavel Orlov and General Ivan Petrov visited the posts. ' +
          '"Not one incident has been recorded today," the general said.',
      ),
    ).toEqual([]);
  });

  it('"the minister" after a deputy minister is not that deputy', () => {
    expect(
      speakersAndMentions(
        'Deputy Minister Pavel Orlov visited the posts. "The roads are open again," the minister said.',
      ).map((s) => s[0]),
    ).not.toContain('text:pavel-orlov');
  });
});

describe('"A, the ministry said, adding that B": A is a saying of its own though it holds a comma', () => {
  const said = (text: string) => extractFrom(text).map((s) => text.slice(s.quote.start, s.quote.end));

  it('a figure with a thousands separator does not end the clause', () => {
    expect(
      said(
        'The Interior Ministry reported a blast near the village. More than 1,200 troops have been moved to the region, ' +
          'the ministry said, adding that the last plane had landed.',
      ),
    ).toEqual([
      'a blast near the village',
      'More than 1,200 troops have been moved to the region',
      'the last plane had landed',
    ]);
  });

  it("an apposition set off after the clause's subject does not end it", () => {
    expect(
      said(
        'The Interior Ministry reported a blast near the village. The wounded driver, a man from Goris, was taken to the ' +
          'district hospital, the ministry said, adding that his life was not in danger.',
      ),
    ).toContain('The wounded driver, a man from Goris, was taken to the district hospital');
  });

  it('a clause after a setting set off by a comma is still no saying of its own', () => {
    expect(
      said(
        'The Interior Ministry reported a blast near the village. On Monday, the wounded driver was taken to a hospital, ' +
          'the ministry said, adding that his life was not in danger.',
      ),
    ).not.toContain('the wounded driver was taken to a hospital');
  });
});

describe('"this source", "that official": a demonstrative description only points back', () => {
  it('"According to this source" after "An informed source told" is that source', () => {
    expect(
      speakersAndMentions(
        'An informed diplomatic source told the paper that the meeting had been tense. ' +
          'According to this source, the Iranian side made its position clear.',
      ),
    ).toEqual([
      ['text:diplomatic-source', 'An informed diplomatic source'],
      ['text:diplomatic-source', 'this source'],
    ]);
  });

  it('"this official said" with no official introduced before is no one', () => {
    expect(
      speakersAndMentions(
        'The talks went on late into the night. The delegations left without a deal, this official said.',
      ),
    ).toEqual([]);
  });
});

describe('"the statement" is the one the body speaking in this paragraph just made', () => {
  it('a statement quoted a paragraph before by another body is not it', () => {
    const found = speakersAndMentions(
      'The Border Service said the post was set up on Sunday. According to the statement, it will work with the monitors.\n\n' +
        'The Foreign Ministry of Azerbaijan said on Sunday evening that the step was lawful. ' +
        'The statement also said that Baku remained committed to peace.',
    );
    expect(found.at(-1)).toEqual(['mfa-azerbaijan', 'The statement']);
  });

  it('with two other bodies speaking in the paragraph, which statement is meant is unclear: no one', () => {
    const text =
      'The Border Service said the post was set up on Sunday. According to the statement, it will work with the monitors.\n\n' +
      'The Foreign Ministry of Azerbaijan said the step was lawful. The Defence Ministry said its troops were on alert. ' +
      'The statement also said that the road was open.';
    const said = extractFrom(text).map((s) => text.slice(s.quote.start, s.quote.end));
    expect(said).not.toContain('the road was open');
  });
});
