import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { transcriptOf } from '../../src/extract/statements/turns.ts';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string, words = 28): [string, string][] {
  return statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, words)]);
}

describe('a parliament verbatim record: "Name, on behalf of the X Group. –" then the speech', () => {
  const record =
    'Sitting of Wednesday\n\n' +
    '7. Humanitarian situation in the South Caucasus (debate)\n\n' +
    'President. – The next item is the debate on the humanitarian situation in the South Caucasus.\n\n' +
    'Marta Kowalczyk, on behalf of the EPP Group. – Madam President, the convoys have waited for a week. ' +
    'We cannot accept that.\n\n' +
    'The families I met in the camps have nothing left.\n\n' +
    '(The speaker agreed to take a blue-card question)\n\n' +
    'Henrik Dahl (Greens/EFA), blue-card question. – Ms Kowalczyk, will you support an inquiry?\n\n' +
    'Marta Kowalczyk (PPE), blue-card answer. – Yes, and I will sign the request today.\n\n' +
    'Tomás Ferreira Lima, Member of the Commission. – Madam President, the Commission will release ' +
    'additional funds next month. The UN refugee agency tells us that the shelters are full.\n\n' +
    'President. – The debate is closed.\n';

  it('each speech paragraph is the labelled member’s, running on until a stage direction', () => {
    expect(said(record)).toEqual([
      ['text:marta-kowalczyk', 'Madam President, the convoys'],
      ['text:marta-kowalczyk', 'The families I met in the ca'],
      ['text:marta-kowalczyk', 'Yes, and I will sign the req'],
      ['text:tomas-ferreira-lima', 'Madam President, the Commiss'],
      ['unhcr', 'the shelters are full'],
    ]);
  });

  it('the unnamed chair and a blue-card question state nothing', () => {
    const speakers = speakersShown(record);
    expect(speakers).not.toContain('text:henrik-dahl');
    expect(speakers.some((s) => /president/.test(s))).toBe(false);
  });
});

describe('a Security Council record: "Mr. Surname (Country) (spoke in French):"', () => {
  const record =
    'Provisional verbatim record\n\n' +
    'The President: I now give the floor to the representative of Norway.\n\n' +
    'Mr. Vinge (Norway) (spoke in French): We are alarmed by the reports of civilians trapped near the ' +
    'line of contact.\n\n' +
    'Norway stands ready to support the mediators.\n\n' +
    'The President: I thank the representative of Norway.\n\n' +
    'Ms. Alvarado Reyes (Chile) (spoke in Spanish): Chile calls on both parties to return to the table. ' +
    'According to the International Committee of the Red Cross, more than 300 families are waiting.\n\n' +
    'The President: The meeting rose at 11.40 a.m.\n';

  it('a delegate named by title and surname speaks; a source the speech relays keeps its own statement', () => {
    expect(said(record)).toEqual([
      ['text:vinge', 'We are alarmed by the report'],
      ['text:vinge', 'Norway stands ready to suppo'],
      ['text:alvarado-reyes', 'Chile calls on both parties '],
      ['icrc', 'more than 300 families are w'],
    ]);
  });
});

describe('a press conference: named journalists ask, the official answers', () => {
  const transcript =
    'News conference following the talks\n\n' +
    'Arkady Volkov: Good afternoon. We have had three hours of talks. The sides agreed to resume work on ' +
    'the border commission in the spring.\n\n' +
    'Question from Irina Sokolova, Vesti Daily: The Foreign Ministry said on Monday that the talks were ' +
    'stalled. What has changed since then?\n\n' +
    'Volkov: A great deal has changed. The parties now accept the same map.\n\n' +
    'I would add that the observers will stay where they are.\n\n' +
    'Pierre Lamarche, Le Quotidien: Will the mission be extended?\n\n' +
    'Volkov: That is for the parties to decide.\n\n' +
    'Volkov: Thank you, colleagues.\n';

  it('a later short label is the full name written before; answers run on; courtesy says nothing', () => {
    expect(said(transcript)).toEqual([
      ['text:arkady-volkov', 'Good afternoon. We have had '],
      ['text:foreign-ministry', 'the talks were stalled'],
      ['text:arkady-volkov', 'A great deal has changed. Th'],
      ['text:arkady-volkov', 'I would add that the observe'],
      ['text:arkady-volkov', 'That is for the parties to d'],
    ]);
  });
});

describe('a press conference’s introduction', () => {
  it('"answering questions from the media" reports no words', () => {
    const text =
      'Minister Karen Abovyan held a press conference today, answering questions from representatives of ' +
      'the media. Later, responding to questions from reporters, the spokesman said the talks would resume.\n';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['the talks would resume']);
  });
});

describe('a broadcast transcript: labels on their own line, anchor and correspondent relay others', () => {
  const transcript =
    'Evening News\n\n' +
    'Our correspondent Sam Ortega reports from the border.\n\n' +
    'Dana Kim:\n' +
    'The government says 40,000 people have crossed since Sunday.\n\n' +
    'Sam Ortega:\n' +
    'Officials here say the camps are full. Many came on foot.\n\n' +
    'Ani Sargsyan, Nurse (through interpreter):\n' +
    'We have no beds left. My colleague told me she has not slept in two days.\n\n' +
    'Dana Kim:\n' +
    'Sam, what happens next?\n\n' +
    'Sam Ortega:\n' +
    'Dana, the aid groups tell me more tents arrive tomorrow.\n\n' +
    'Dana Kim:\n' +
    'Sam Ortega at the border, thank you.\n';

  it('the guest’s turn is hers; the anchor’s and the correspondent’s narration is no one’s', () => {
    const found = said(transcript);
    expect(found).toContainEqual(['text:ani-sargsyan', 'We have no beds left. My col']);
    const speakers = found.map(([s]) => s);
    expect(speakers).not.toContain('text:dana-kim');
    expect(speakers).not.toContain('text:sam-ortega');
    // "My colleague told me": the guest's own people, told of in passing.
    expect(speakers).not.toContain('text:my-colleague');
  });

  it('what the anchor and the correspondent relay stays the source’s', () => {
    const quotes = statementsOf(transcript).map((s) => s.quote);
    expect(quotes).toContain('40,000 people have crossed since Sunday');
    expect(quotes).toContain('the camps are full');
  });
});

describe('what a correspondent relays keeps its whole content', () => {
  it('"say at least 170 people died, and that …" starts at the count, not at the second "that"', () => {
    const text =
      'Correspondent Sam Ortega reports from the city.\n\n' +
      'Dana Kim:\nWhat is the toll?\n\n' +
      'Sam Ortega:\nThe health ministry says at least 170 people died there, and that dozens are still missing.\n\n' +
      'Dana Kim:\nSam, thank you.\n\n' +
      'Sam Ortega:\nThank you, Dana.\n';
    expect(statementsOf(text).map((s) => s.quote)).toEqual([
      'at least 170 people died there, and that dozens are still missing',
    ]);
  });
});

describe('a guest’s turn relays a body', () => {
  it('the body’s saying inside the turn is the body’s, beside the turn', () => {
    const text =
      'Dana Kim:\nWhat is the toll?\n\n' +
      'Lusine Avetisyan, Doctor:\nThe health ministry says at least 170 people died. We treated forty of the injured.\n\n' +
      'Dana Kim:\nDoctor, thank you.\n';
    expect(said(text, 40)).toEqual([
      ['text:lusine-avetisyan', 'The health ministry says at least 170 pe'],
      ['text:health-ministry', 'at least 170 people died'],
    ]);
  });
});

describe('a podcast: the host opens and asks, the guest answers', () => {
  const episode =
    'Episode 41: The road out\n\n' +
    'Mia Lund: Welcome back. Today I am talking to Daniel Okafor, who spent a month at the border. ' +
    'Daniel, what did you see?\n\n' +
    'Daniel Okafor: Mostly queues. Thousands of cars waiting in the heat.\n\n' +
    'Mia Lund: And the aid groups, were they there?\n\n' +
    'Daniel Okafor: Only the Red Cross, at first. The others came a week later.\n\n' +
    'Mia Lund: That was the week the road reopened. Daniel Okafor, thank you.\n';

  it('only the guest’s turns are statements', () => {
    expect(said(episode)).toEqual([
      ['text:daniel-okafor', 'Mostly queues. Thousands of '],
      ['text:daniel-okafor', 'Only the Red Cross, at first'],
    ]);
  });
});

describe('more label shapes', () => {
  it('a recorded conversation with time codes and mixed-case names', () => {
    const text =
      '[00:00:05] Moderator: Welcome. Our guest is the mayor of Goris.\n\n' +
      '[00:00:12] Arsen Melikyan: Thank you. We have registered twelve thousand people this week.\n\n' +
      '[00:01:40] Moderator: Where do they sleep?\n\n' +
      '[00:01:44] Arsen Melikyan: In schools and in the gym. The hotels are full.\n';
    expect(said(text)).toEqual([
      ['text:arsen-melikyan', 'Thank you. We have registere'],
      ['text:arsen-melikyan', 'In schools and in the gym. T'],
    ]);
  });

  it('a record’s "Name (Group) – …" with no stop before the dash', () => {
    const text =
      'Sitting of Thursday\n\n' +
      'Ilse Brandt (Greens/EFA) – Madam President, the corridor must reopen.\n\n' +
      'Jonas Varga (ECR) – Madam President, the sanctions have not worked.\n\n' +
      'Ilse Brandt (Greens/EFA) – They have not been tried.\n';
    expect(said(text).map(([speaker]) => speaker)).toEqual([
      'text:ilse-brandt',
      'text:jonas-varga',
      'text:ilse-brandt',
    ]);
  });
});

describe('a label that names no one the reader can tell', () => {
  it('is no one’s turn, and never the last speaker going on', () => {
    const text =
      'Sitting of Thursday\n\n' +
      'Ilse Brandt, on behalf of the Verts/ALE Group. – Madam President, the corridor must reopen.\n\n' +
      'Jonas Varga, on behalf of the ECR Group. – Madam President, the sanctions have not worked.\n\n' +
      'President Metsola. – The debate is closed. The vote will take place tomorrow.\n\n' +
      'Ilse Brandt (Verts/ALE), in writing. – The corridor is a test of our credibility.\n';
    expect(said(text)).toEqual([
      ['text:ilse-brandt', 'Madam President, the corrido'],
      ['text:jonas-varga', 'Madam President, the sanctio'],
      ['text:ilse-brandt', 'The corridor is a test of ou'],
    ]);
  });
});

describe('a briefing with bold labels and Q:/A:', () => {
  it('"**Name:**" is read through its bold marks', () => {
    const text =
      'Daily briefing\n\n' +
      '**Lara Menon:** The convoy reached the city this morning.\n\n' +
      '**Q:** Is the road still open?\n\n' +
      '**Lara Menon:** It is open in daylight only.\n\n' +
      '**Q:** Thank you.\n';
    expect(said(text)).toEqual([
      ['text:lara-menon', 'The convoy reached the city '],
      ['text:lara-menon', 'It is open in daylight only.'],
    ]);
  });
});

describe('label-like lines in ordinary news are never speakers', () => {
  const article =
    'WASHINGTON — The State Department said on Tuesday that it was sending an envoy to the region.\n\n' +
    'Editor’s note: This story has been updated.\n\n' +
    'Photo: Refugees at the border crossing.\n\n' +
    'Related: Thousands flee as the offensive ends\n\n' +
    'READ MORE: What the ceasefire says\n\n' +
    'YEREVAN, Sept. 26 — Armenian officials said more than 28,000 people had arrived.\n\n' +
    'Source: Reuters\n';

  it('the furniture makes no transcript and no speaker', () => {
    const paragraphs = splitParagraphs(article);
    expect(transcriptOf(article, paragraphs)).toBeNull();
    const speakers = speakersShown(article);
    expect(speakers).toEqual(['us-state-department', 'gov-armenia']);
  });

  it('section heads in capitals, each once, are a digest, not a transcript', () => {
    const digest =
      'Morning Digest\n\n' +
      'DRIVING THE DAY: The talks resume in Geneva on Monday.\n\n' +
      'BORDER WATCH: Shelling was reported near two villages overnight.\n\n' +
      'MONEY MATTERS: The bank raised its rate again.\n\n' +
      'NUMBERS GAME: Ten thousand people crossed on Friday.\n';
    expect(transcriptOf(digest, splitParagraphs(digest))).toBeNull();
  });

  it('one stray label is not a transcript', () => {
    const text =
      'Note: figures are provisional.\n\n' +
      'Karen Daly, a nurse at the hospital, said the wards were full.\n\n' +
      'Ruben Arakelyan: the shelling went on all night.\n';
    expect(transcriptOf(text, splitParagraphs(text))).toBeNull();
  });

  it('a tally by name ("Name: 1,204.") and headlines after a name are no turns', () => {
    const tally =
      'Delegate count\n\n' +
      'Maria Lopez: 1,204.\n\n' +
      'Daniel Burke: 1,150.\n\n' +
      'Lopez: 310.\n\n' +
      'Burke: 44.\n\n' +
      'Related coverage\n\n' +
      'Maria Lopez: The Long Road From Ohio To The Convention Floor\n\n' +
      'Daniel Burke: Why The Small States Still Matter\n';
    expect(transcriptOf(tally, splitParagraphs(tally))).toBeNull();
    expect(statementsOf(tally)).toEqual([]);
  });
});

describe('a transcript excerpt inside an article', () => {
  const article =
    'Panel dismisses the plan\n\n' +
    'A panel of reporters argued on Saturday that the plan would not raise the money it promises.\n\n' +
    'Kate Rowe: The numbers do not add up. Nobody trades that much.\n\n' +
    'Omar Haddad: I think that is too simple.\n\n' +
    'Rowe: Well, it is simple arithmetic.\n\n' +
    'Haddad: Arithmetic is never the whole story.\n\n' +
    'The panel is right about one thing: the tax would raise less than its sponsors claim.\n\n' +
    'Economists at two universities have put the figure at half the official estimate.\n';

  it('the labelled turns are the speakers’; the article’s own text after the last label is no one’s turn', () => {
    expect(said(article)).toEqual([
      ['text:panel', 'the plan would not raise the'],
      ['text:kate-rowe', 'The numbers do not add up. N'],
      ['text:omar-haddad', 'I think that is too simple.'],
      ['text:kate-rowe', 'Well, it is simple arithmeti'],
      ['text:omar-haddad', 'Arithmetic is never the whol'],
    ]);
  });
});
