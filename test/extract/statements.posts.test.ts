import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

function said(...paragraphs: string[]): [string, string][] {
  return statementsOf(['Talks resumed on Monday.', ...paragraphs].join('\n\n')).map((s) => [
    s.speaker,
    s.quote,
  ]);
}

describe('posts quoted by platform', () => {
  it('"wrote X on Telegram": where it was posted is no part of who posted it', () => {
    expect(
      said(
        '“The border is calm tonight,” wrote Ani Badalyan on Telegram.',
        '“We will not negotiate under pressure,” wrote Hikmet Hajiyev on his official X account.',
        '“Aid is moving,” said Ani Badalyan on Facebook.',
      ),
    ).toEqual([
      ['ani-badalyan', 'The border is calm tonight,'],
      ['hajiyev', 'We will not negotiate under pressure,'],
      ['ani-badalyan', 'Aid is moving,'],
    ]);
  });

  it('"“…,” read a post by X": the post’s author wrote it; "read the sign" names no one', () => {
    expect(
      said(
        '“No deal without Baku,” read a post by Erkin Gadirli, a member of parliament, which was shared widely.',
        '“We stand with Armenia,” read a tweet from the French Foreign Ministry.',
        '“Closed until further notice,” read the sign on the gate.',
      ),
    ).toEqual([
      ['text:erkin-gadirli', 'No deal without Baku,'],
      ['text:french-foreign-ministry', 'We stand with Armenia,'],
    ]);
  });

  it('a post quoted in the paragraph under its intro: "X was the first to react:", "X posted on Facebook:"', () => {
    expect(
      said(
        'European Council President Charles Michel was the first to react after the meeting:',
        '“Today in Granada, I met with PM Pashinyan. We regret the absence of President Aliyev.”',
        'Prime Minister Nikol Pashinyan posted on Facebook late on Thursday:',
        '“We are ready to sign the treaty.”',
      ),
    ).toEqual([
      ['michel', 'Today in Granada, I met with PM Pashinyan. We regret the absence of President Aliyev.'],
      ['pashinyan', 'We are ready to sign the treaty.'],
    ]);
  });

  it('"reacted" and "posted" without a colon and a quote say nothing', () => {
    expect(
      said('Markets reacted sharply to the news.', 'The ministry posted a video of the strike.'),
    ).toEqual([]);
  });
});

describe('a source cited at the end of a reported clause', () => {
  it('"…, citing the government’s registry": both speak, the body handed on by the speaker (CONVENTIONS 14); the citation is no content', () => {
    const found = statementsOf(
      'Talks resumed on Monday.\n\n' +
        'Marine Sahakyan said about 30,000 of the arrivals were children, citing the Armenian government’s registry.',
    );
    expect(found.map((s) => [s.speaker, s.via, s.quote])).toEqual([
      ['text:marine-sahakyan', undefined, 'about 30,000 of the arrivals were children'],
      ['gov-armenia', 'text:marine-sahakyan', 'about 30,000 of the arrivals were children'],
    ]);
  });

  it('"citing polls" names no one: the speaker keeps the clause, cut before the citation', () => {
    expect(said('The senator said the plan was popular with voters, citing polls.')).toEqual([
      ['text:senator', 'the plan was popular with voters'],
    ]);
  });
});
