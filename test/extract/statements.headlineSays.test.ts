import { describe, expect, it } from 'vitest';
import { headingSaid } from './statements.helpers.ts';

const BYLINE = 'By Staff Writer\nPublished 14 March 2023\n\n';
const BODY =
  'Shelling resumed on Tuesday near the border village, local residents told reporters.\n\n' +
  '"We spent the night in the basement," one woman said.\n';

const PM_BODY =
  'Prime Minister Nikol Pashinyan spoke to members of parliament in Yerevan on Tuesday.\n\n' +
  '"Our position has not changed," he told them.\n';

describe('a headline or deck "Name says words" above the body is the named speaker’s statement', () => {
  it('a wire headline led by a country that says (the country speaks as its government)', () => {
    expect(
      headingSaid(`World\n\nArmenia says border posts came under fire overnight\n\n${BYLINE}${BODY}`),
    ).toEqual([['gov-armenia', 'border posts came under fire overnight', 'headline']]);
  });

  it('a broadsheet headline with the speaker after the words: "…, says Name" (a person the body names)', () => {
    expect(
      headingSaid(`Armenia will not walk away from the peace talks, says Pashinyan\n\n${BYLINE}${PM_BODY}`),
    ).toEqual([['pashinyan', 'Armenia will not walk away from the peace talks', 'headline']]);
  });

  it('a deck under the headline: "…, the Kremlin says"', () => {
    const text =
      'Putin and Aliyev talk by phone\n' +
      'The two leaders discussed the border crossings at length, the Kremlin says\n\n' +
      `${BYLINE}${BODY}`;
    expect(headingSaid(text)).toEqual([
      ['kremlin', 'The two leaders discussed the border crossings at length', 'headline'],
    ]);
  });

  it('a bulleted deck line (a dash before it) and a verb of confirming', () => {
    const text =
      'Aid reaches the city after weeks of delay\n\n' +
      '- Convoys can use the mountain road again, the Red Cross confirmed\n' +
      '- Prices of bread and fuel have doubled since January\n\n' +
      `${BYLINE}${BODY}`;
    expect(headingSaid(text)).toEqual([['icrc', 'Convoys can use the mountain road again', 'headline']]);
  });

  it('"… as Name says …" in a deck: the speaker’s words run from its verb', () => {
    const text =
      'Border crossing reopens after talks\n\n' +
      'Trucks queue at the checkpoint as Yerevan says it will restore the rail link by summer\n\n' +
      `${BYLINE}${BODY}`;
    expect(headingSaid(text)).toEqual([
      ['gov-armenia', 'it will restore the rail link by summer', 'headline'],
    ]);
  });

  it('"Item; Name says words": the second item of a headline is the named speaker’s', () => {
    expect(
      headingSaid(
        `World\n\nTalks resume in Geneva; Pashinyan says a deal is within reach\n\n${BYLINE}${PM_BODY}`,
      ),
    ).toEqual([['pashinyan', 'a deal is within reach', 'headline']]);
  });

  it('the outlet’s own clause after a semicolon or an "as" is not the speaker’s', () => {
    expect(
      headingSaid(`Azerbaijan says 12 servicemen were killed; Yerevan reports 40 dead\n\n${BYLINE}${BODY}`),
    ).toEqual([['gov-azerbaijan', '12 servicemen were killed', 'headline']]);
    expect(
      headingSaid(
        `Armenia says talks have stalled as Russian peacekeepers leave the region\n\n${BYLINE}${BODY}`,
      ),
    ).toEqual([['gov-armenia', 'talks have stalled', 'headline']]);
  });

  it('"Name says N dead": "say" passes on the clause "N are dead", not a count (CONVENTIONS row AM)', () => {
    expect(headingSaid(`World\n\nThe port was hit again, Yerevan says six dead\n\n${BYLINE}${BODY}`)).toEqual(
      [['gov-armenia', 'six dead', 'headline']],
    );
  });

  it('an agency headline with the name first and a dash: "Name - words"', () => {
    expect(
      headingSaid(
        `Politics\n\nNikol Pashinyan - Armenia is ready to sign the treaty this year\n\n${BYLINE}${PM_BODY}`,
      ),
    ).toEqual([['pashinyan', 'Armenia is ready to sign the treaty this year', 'headline']]);
  });
});

const KARABAKH_BODY =
  'Shelling of Stepanakert continued overnight, residents of the Nagorno-Karabakh capital told reporters.\n\n' +
  '"We did not sleep at all," one man said.\n';

describe('a heading whose plural verb says who: officials by their side, two speakers, Title Case', () => {
  it('"Separatist officials say …": officials named by their side are their authorities', () => {
    expect(
      headingSaid(
        `World\n\nSeparatist officials say the water supply to the city has been cut\n\n${BYLINE}${KARABAKH_BODY}`,
      ),
    ).toEqual([['karabakh-authorities', 'the water supply to the city has been cut', 'headline']]);
  });

  it('"Local officials say …" under a headline on Karabakh: the authority seated there', () => {
    const text =
      'Fuel runs out in Nagorno-Karabakh as the blockade enters its ninth month\n\n' +
      'Local officials say ambulances can no longer reach the villages\n\n' +
      `${BYLINE}${KARABAKH_BODY}`;
    expect(headingSaid(text)).toEqual([
      ['karabakh-authorities', 'ambulances can no longer reach the villages', 'headline'],
    ]);
  });

  it('"Armenia and Azerbaijan say …": each names the same words', () => {
    expect(
      headingSaid(
        `World\n\nArmenia and Azerbaijan say the border commissions will meet again in May\n\n${BYLINE}${BODY}`,
      ),
    ).toEqual([
      ['gov-armenia', 'the border commissions will meet again in May', 'headline'],
      ['gov-azerbaijan', 'the border commissions will meet again in May', 'headline'],
    ]);
  });

  it('"…, while Baku says …": the other side’s words are a second statement', () => {
    expect(
      headingSaid(
        `World\n\nArmenia says two soldiers were wounded, while Baku says its positions came under fire\n\n${BYLINE}${BODY}`,
      ),
    ).toEqual([
      ['gov-armenia', 'two soldiers were wounded', 'headline'],
      ['gov-azerbaijan', 'its positions came under fire', 'headline'],
    ]);
  });

  it('"Name Says …" in Title Case: the words read in sentence case', () => {
    expect(
      headingSaid(
        `World\n\nAzerbaijan Says Three Soldiers Wounded in Overnight Shelling\n\n${BYLINE}${BODY}`,
      ),
    ).toEqual([['gov-azerbaijan', 'Three Soldiers Wounded in Overnight Shelling', 'headline']]);
  });

  it('a Title Case line keeps its plural verb, its group and its second side', () => {
    expect(
      headingSaid(
        `World\n\nSeparatist Officials Say The Water Supply Has Been Cut, While Baku Says Its Positions Came Under Fire\n\n${BYLINE}${KARABAKH_BODY}`,
      ),
    ).toEqual([
      ['karabakh-authorities', 'The Water Supply Has Been Cut', 'headline'],
      ['gov-azerbaijan', 'Its Positions Came Under Fire', 'headline'],
    ]);
  });

  it('"…, As Yerevan Says …" in Title Case: the second item names its speaker too', () => {
    expect(
      headingSaid(
        `World\n\nAid Convoy Turned Back At Checkpoint As Armenia Says The Road Remains Closed\n\n${BYLINE}${BODY}`,
      ),
    ).toEqual([['gov-armenia', 'The Road Remains Closed', 'headline']]);
  });

  it('"…, officials in Yerevan say": officials by their capital are its government', () => {
    const text =
      'Families in Lyon wait for news from Karabakh\n\n' +
      'Some 40,000 people have crossed the border since Monday, officials in Yerevan say, as the queue at the bridge grows\n\n' +
      `${BYLINE}${BODY}`;
    expect(headingSaid(text)).toEqual([
      ['gov-armenia', 'Some 40,000 people have crossed the border since Monday', 'headline'],
    ]);
  });

  it('"…, officials there say": the one country the words name', () => {
    const text =
      'Families in Lyon wait for news from Karabakh\n\n' +
      'Some 40,000 people have reached Armenia in three days, officials there say\n\n' +
      `${BYLINE}${BODY}`;
    expect(headingSaid(text)).toEqual([
      ['gov-armenia', 'Some 40,000 people have reached Armenia in three days', 'headline'],
    ]);
  });

  it('"officials there" with two countries, or officials in a town that seats no government, give nothing', () => {
    for (const line of [
      'Talks between Armenia and Azerbaijan will resume next week, officials there say',
      'The hospital is full, officials in Goris say',
    ])
      expect(headingSaid(`World\n\n${line}\n\n${BYLINE}${BODY}`)).toEqual([]);
  });

  it('officials of no side, or one name and a group, give nothing', () => {
    for (const line of [
      'Some officials say the road will reopen next week',
      'Armenia and aid groups say the road will reopen next week',
    ])
      expect(headingSaid(`World\n\n${line}\n\n${BYLINE}${BODY}`)).toEqual([]);
  });
});

describe('heading lines that name no speaker who says give nothing', () => {
  it.each([
    ['a news agency that says', 'The border is quiet again, Reuters says'],
    ['a question', 'Armenia says who will guarantee the corridor?'],
    ['a role that names no one', 'Ceasefire holds for a third day, rights official says'],
    ['no verb of saying', 'Armenia and Azerbaijan exchange prisoners at the border'],
  ])('%s: "%s"', (_why, line) => {
    expect(headingSaid(`World\n\n${line}\n\n${BYLINE}${BODY}`)).toEqual([]);
  });

  it('date lines, bylines and rubrics above the body', () => {
    const text =
      'Politics | 14 March 2023 10:20\n\nBorder villages count the damage\n\n' +
      'By Anna Petrosyan, Staff Correspondent\nUpdated: 14 March 2023 - 12:05\n\n' +
      BODY;
    expect(headingSaid(text)).toEqual([]);
  });
});

describe('a headline of two clauses: the one that says who says it is a statement', () => {
  const ARMENIA_BODY =
    'Shelling resumed overnight near the northern border, the Armenian defence ministry said.\n\n' +
    'Yerevan said the attack on its positions had been repelled by morning.\n';

  it('a second clause after a comma: "…, Yerevan says 12 soldiers killed" (a figure is a word)', () => {
    expect(
      headingSaid(
        `Heavy shelling on the northern border, Yerevan says 12 soldiers killed\n\n${BYLINE}${ARMENIA_BODY}`,
      ),
    ).toEqual([['gov-armenia', '12 soldiers killed', 'headline']]);
  });

  it('a first clause before a semicolon: "Armenia says truce agreed; …" (two words after "says" are a clause)', () => {
    expect(
      headingSaid(`Armenia says truce agreed; border toll passes 150\n\n${BYLINE}${ARMENIA_BODY}`),
    ).toEqual([['gov-armenia', 'truce agreed', 'headline']]);
  });

  it('a comma in a list of names opens no clause, and a line that names no one says nothing', () => {
    expect(
      headingSaid(`Shelling on the border, toll passes 150 as fighting goes on\n\n${BYLINE}${ARMENIA_BODY}`),
    ).toEqual([]);
    expect(headingSaid(`Armenia says peace\n\n${BYLINE}${ARMENIA_BODY}`)).toEqual([]);
  });
});

describe('a heading that describes its speaker, not names them: "Chinese expert says …"', () => {
  const EXPERT_BODY =
    'The two governments signed the rules on Tuesday in the border town.\n\n' +
    '"This is a step that serves everyone," a Chinese expert said, adding that trade would follow.\n';

  it('is the statement of the one the body quotes and describes the same way', () => {
    expect(
      headingSaid(
        `Border rules signed; Chinese expert says the deal serves common interests\n\n${BYLINE}${EXPERT_BODY}`,
      ),
    ).toEqual([['text:chinese-expert', 'the deal serves common interests', 'headline']]);
  });

  it('a deck "Rights groups say …" over a body whose rights groups speak', () => {
    const body =
      'Delegates met in the capital on Monday.\n\nRights groups said many detainees were still held without trial.\n';
    expect(
      headingSaid(`Summit opens\nRights groups say at least 23 detainees remain in jail\n\n${BYLINE}${body}`),
    ).toEqual([['text:rights-groups', 'at least 23 detainees remain in jail', 'headline']]);
  });

  it('is no statement when the body quotes no one it describes so (who spoke stays open)', () => {
    const body =
      'The two governments signed the rules on Tuesday.\n\n"It helps," Cui Heng of the institute said.\n';
    expect(headingSaid(`Chinese expert says the deal serves common interests\n\n${BYLINE}${body}`)).toEqual(
      [],
    );
  });
});

describe('"…, Yerevan and Baku confirm": two names before a plural verb after the words', () => {
  it('each of the two says the words', () => {
    const body =
      'The foreign ministers met in Almaty on Tuesday.\n\n' +
      'Yerevan said two points were still open. Baku said the text was nearly ready.\n';
    expect(
      headingSaid(
        `Treaty text nearly agreed\nTwo articles remain open, Yerevan and Baku confirm\n\n${BYLINE}${body}`,
      ),
    ).toEqual([
      ['gov-armenia', 'Two articles remain open', 'headline'],
      ['gov-azerbaijan', 'Two articles remain open', 'headline'],
    ]);
  });
});

describe('a topic, a colon, then a quote that "says Name": the quote is said, the topic is the outlet’s', () => {
  it('\'Centre closes: "Mission accomplished," says Ankara\'', () => {
    const body =
      'The monitoring centre closed on Tuesday.\n\nAnkara said the mission had been fulfilled in full.\n';
    expect(
      headingSaid(
        `Monitoring centre in the valley closes: "Mission accomplished," says Ankara\n\n${BYLINE}${body}`,
      ),
    ).toEqual([['gov-turkey', 'Mission accomplished,', 'headline']]);
  });
});
