import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

/**
 * CONVENTIONS 10: no reported content, no statement. A verb of saying that takes a person and a
 * charge, a person and a deed asked of them, a deed promised or a thing reacted to tells what
 * someone did, not what they said; a that-clause, a quote set off by a colon, or the speaker's own
 * words in quotation marks still report words.
 */
describe('a charge: accused / blamed someone of or for something', () => {
  it('gives no statement; the words it quotes are the speaker’s own', () => {
    expect(
      speakersAndQuotes('The opposition bloc accused the cabinet of "gambling with the border villages".'),
    ).toEqual([['text:opposition-bloc', 'gambling with the border villages']]);
    expect(
      speakersAndQuotes('Ms Harutyunyan blamed the regional governor for the delays at the crossing.'),
    ).toEqual([]);
    expect(
      speakersAndQuotes('Baku, in turn, accuses the monitors of turning a blind eye to arms deliveries.'),
    ).toEqual([]);
  });

  it('its quoted words start the statement, past the one charged and the deed (CONVENTIONS 16)', () => {
    expect(
      speakersAndQuotes('The mayor accused the militia of waging "a war on bakeries," a charge it denies.'),
    ).toEqual([['text:mayor', 'a war on bakeries,']]);
    expect(speakersAndQuotes('Baku accuses Yerevan of "sabotaging the talks".')).toEqual([
      ['gov-azerbaijan', 'sabotaging the talks'],
    ]);
  });

  it('a saying joined after the charge still speaks', () => {
    expect(
      speakersAndQuotes(
        'The envoy accused Tbilisi of stalling and said the next round "will not wait for anyone."',
      ),
    ).toEqual([['text:envoy', 'the next round "will not wait for anyone."']]);
  });
});

describe('a request or a call: urged / called on / asked someone to, called for, demanded', () => {
  it('gives no statement, unless it quotes the speaker’s words', () => {
    expect(
      speakersAndQuotes('The Council of Europe has called for an "independent and swift" inquiry.'),
    ).toEqual([['text:council-of-europe', 'independent and swift']]);
    expect(
      speakersAndQuotes('The Swiss foreign ministry urged both sides to return to the negotiating table.'),
    ).toEqual([]);
    expect(speakersAndQuotes('On Friday, Canada called on Baku to let the convoy through.')).toEqual([]);
    expect(
      speakersAndQuotes('Lawmakers asked the agency to publish its figures by the end of the week.'),
    ).toEqual([]);
    expect(speakersAndQuotes('Protesters demanded an apology from the mayor of Gyumri.')).toEqual([]);
  });

  it('a question asked is no claim', () => {
    expect(
      speakersAndQuotes('A councillor asked whether the school could take in another forty pupils.'),
    ).toEqual([]);
  });

  it('a that-clause, or a quote after a colon, is what was said', () => {
    expect(
      speakersAndQuotes('The mayor of Goris urged that the shelters stay open through the winter.'),
    ).toEqual([['text:mayor', 'the shelters stay open through the winter']]);
    expect(speakersAndQuotes('The bishop urged his congregation: "Do not leave your homes."')).toEqual([
      ['text:bishop', 'Do not leave your homes.'],
    ]);
  });
});

describe('a deed promised: pledged / vowed / promised to do something', () => {
  it('gives no statement', () => {
    expect(
      speakersAndQuotes('The Japanese government pledged to send another $2 million in emergency aid.'),
    ).toEqual([]);
    expect(
      speakersAndQuotes('The new governor has vowed to reopen the Kornidzor road within a month.'),
    ).toEqual([]);
    expect(speakersAndQuotes('The ministry promised housing allowances for every displaced family.')).toEqual(
      [],
    );
  });

  it('a promise with a that-clause is a statement', () => {
    expect(
      speakersAndQuotes('The ministry promised that every displaced family would receive an allowance.'),
    ).toEqual([['text:ministry', 'every displaced family would receive an allowance']]);
  });
});

describe('a thing reacted to or made known: denied / condemned / announced something', () => {
  it('gives no statement', () => {
    expect(speakersAndQuotes("Azerbaijan's Defence Ministry denied firing on civilian vehicles.")).toEqual(
      [],
    );
    expect(
      speakersAndQuotes('The Armenian Foreign Ministry condemned the shelling of the cathedral.'),
    ).toEqual([]);
    expect(
      speakersAndQuotes('On 26 September, the Foreign Office announced £3 million of funding for the ICRC.'),
    ).toEqual([]);
  });

  it('a clause denied is the claim rejected, no statement (CONVENTIONS 10)', () => {
    expect(
      speakersAndQuotes("Azerbaijan's Defence Ministry denied that its troops had fired on civilians."),
    ).toEqual([]);
    expect(speakersAndQuotes('Yerevan denies that its military is present in Karabakh.')).toEqual([]);
    expect(
      speakersAndQuotes('The ministry denied that its gunners had "ever aimed at homes" in the town.'),
    ).toEqual([]);
  });

  it('with a that-clause, or a clause of its own, another act is a statement', () => {
    expect(
      speakersAndQuotes('The Foreign Office announced that a field hospital would open in Goris.'),
    ).toEqual([['text:foreign-office', 'a field hospital would open in Goris']]);
  });

  it('a thing followed by a clause of time, or a compound noun after "a": no statement', () => {
    expect(
      speakersAndQuotes(
        'Uzbekistan announced its full backing for Tajikistan after fighting broke out on the border at dawn.',
      ),
    ).toEqual([]);
    expect(speakersAndQuotes('Prime Minister Anna Berg announced the truce in a radio address.')).toEqual([]);
  });

  it('announced with a clause of its own, a clause of time inside it, still reports the clause', () => {
    expect(speakersAndQuotes('Kazakhstan announced it would send aid after the earthquake hit.')).toEqual([
      ['text:kazakhstan', 'it would send aid after the earthquake hit'],
    ]);
  });
});

describe('a topic commented on', () => {
  it('"commented on the resolution" says nothing; "commented that …" does', () => {
    expect(
      speakersAndQuotes('Spokesman Kerim Aliyev commented on the resolution adopted by the assembly.'),
    ).toEqual([]);
    expect(
      speakersAndQuotes('Spokesman Kerim Aliyev commented that the resolution changed nothing.'),
    ).toEqual([['text:kerim-aliyev', 'the resolution changed nothing']]);
  });

  it('an announced sum named with an organisation is still a thing announced', () => {
    expect(
      speakersAndQuotes(
        'The Minister for Development announced £2 million of funding to the Norwegian Refugee Council.',
      ),
    ).toEqual([]);
  });
});

describe('a thing reacted to, then what it was called', () => {
  it('"condemned X, calling it “…”" and "denied X, saying …" report words (CONVENTIONS 9)', () => {
    expect(
      speakersAndQuotes(
        'The Foreign Ministry condemned the strike on the hospital, calling it "a war crime in plain sight".',
      ).map(([speaker]) => speaker),
    ).toEqual(['text:foreign-ministry']);
    expect(
      speakersAndQuotes(
        'The Defence Ministry denied the report, saying its units had not moved since Monday.',
      ),
    ).toEqual([['text:defense-ministry', 'its units had not moved since Monday']]);
  });
});

describe('an indirect question: asked someone what, whether, how …', () => {
  it('is the asker’s question, no claim, however the one asked is named', () => {
    expect(
      speakersAndQuotes(
        'Radio Lori asked Dr Anna Melikyan, a historian at the Yerevan State University, what the closure means.',
      ),
    ).toEqual([]);
    expect(
      speakersAndQuotes('The newspaper asked the deputy mayor how long the shelters would stay open.'),
    ).toEqual([]);
  });

  it('a saying after the question still speaks', () => {
    expect(
      speakersAndQuotes('Asked what would follow, the deputy mayor said the shelters would stay open.'),
    ).toEqual([['text:deputy-mayor', 'the shelters would stay open']]);
  });
});

describe('a topic, not a proposition: insists on, warned against, declared, recalled a thing', () => {
  it('gives no statement when the words reported are a phrase with no clause', () => {
    expect(speakersAndQuotes('Yerevan insists on the reopening of the old railway through Meghri.')).toEqual(
      [],
    );
    expect(
      speakersAndQuotes('Moscow has repeatedly warned against changes to the agreed line of contact.'),
    ).toEqual([]);
    expect(
      speakersAndQuotes(
        'Baku insists on the opening of a road to Nakhchivan, while Yerevan offers a plan under which it would keep the roads.',
      ),
    ).toEqual([]);
    expect(speakersAndQuotes('Georgia has recalled its ambassador to Minsk for consultations.')).toEqual([]);
  });

  it('a clause after a fronted phrase is what was said', () => {
    expect(
      speakersAndQuotes(
        'On Sunday, a drone shot down a supply helicopter near Goris, the border service said.',
      ).map(([, quote]) => quote),
    ).toEqual(['On Sunday, a drone shot down a supply helicopter near Goris']);
    expect(
      speakersAndQuotes('The ministry said that for the first time since May, the road was open to trucks.'),
    ).toEqual([['text:ministry', 'for the first time since May, the road was open to trucks']]);
  });
});

describe('thanks: thanked someone for something', () => {
  it('gives no statement; the words it quotes are the speaker’s own, from inside the marks', () => {
    expect(
      speakersAndQuotes('Ararat Mirzoyan thanked Paris for its "steady support" during the talks.'),
    ).toEqual([['mirzoyan', 'steady support']]);
    expect(speakersAndQuotes('Ararat Mirzoyan thanked the hosts for the invitation.')).toEqual([]);
  });

  it('a second verb after the thanks keeps its own statement', () => {
    const said = speakersAndQuotes(
      'Ararat Mirzoyan thanked Paris for its "steady support" and said that Armenia feared for its borders.',
    );
    expect(said).toContainEqual(['mirzoyan', 'steady support']);
    expect(said).toContainEqual(['mirzoyan', 'Armenia feared for its borders']);
  });

  it('relayed: "the ministry said X had thanked Y for “…”" gives the ministry’s and X’s (CONVENTIONS 14)', () => {
    const said = speakersAndQuotes(
      'The Armenian Foreign Ministry said Mirzoyan had thanked Tehran for its "principled position" on the border.',
    );
    expect(said).toContainEqual([
      'mfa-armenia',
      'Mirzoyan had thanked Tehran for its "principled position" on the border',
    ]);
    expect(
      said.some(([speaker, quote]) => speaker === 'mirzoyan' && quote!.startsWith('principled position')),
    ).toBe(true);
  });
});

describe('a thing written, posted or cited: wrote a letter, posted a video, citing a report', () => {
  it('gives no statement when a noun phrase is all that follows the verb', () => {
    expect(speakersAndQuotes('The minister wrote a letter to the UN secretary general on Tuesday.')).toEqual(
      [],
    );
    expect(speakersAndQuotes('The mayor tweeted a photo of the damaged school.')).toEqual([]);
  });

  it('gives no statement for a participle with only a thing after it', () => {
    expect(
      speakersAndQuotes('The senator attacked the deal on Monday, writing a scathing op-ed in the Post.'),
    ).toEqual([]);
  });

  it.each([
    'The mayor wrote a letter to the minister asking him to reopen the road.',
    'The firm wrote a long, two-page letter to the council, calling the report unfair.',
    'The donor wrote a $20,000 check to a committee backing the governor.',
  ])('given "%s", a piece written with what it asked or backed is no statement', (text) => {
    expect(speakersAndQuotes(text)).toEqual([]);
  });

  it('still reads a clause after the same verbs', () => {
    expect(speakersAndQuotes('Pashinyan wrote the talks had failed.')).toEqual([
      ['pashinyan', 'the talks had failed'],
    ]);
    expect(speakersAndQuotes('The envoy criticised Baku, writing that the talks had failed.')).toEqual([
      ['text:envoy', 'the talks had failed'],
    ]);
    expect(speakersAndQuotes('The envoy criticised Baku, adding the talks would resume next week.')).toEqual([
      ['text:envoy', 'the talks would resume next week'],
    ]);
  });
});

describe('a thing taken: a verb of saying whose object has no verb of its own', () => {
  it('gives no statement when the object is a plain noun phrase, with no quote or colon', () => {
    expect(speakersAndQuotes('The regional economy added some 4,000 jobs in the spring.')).toEqual([]);
    expect(
      speakersAndQuotes('A former mayor of Goris, Mr Vardanyan declared himself a candidate in 2019.'),
    ).toEqual([]);
    expect(speakersAndQuotes('The opposition conceded the runoff in the northern districts.')).toEqual([]);
  });

  it('a participle that takes a thing ends the first saying and says nothing of its own', () => {
    expect(
      speakersAndQuotes(
        'The governor told the radio that he would not contest the count, conceding the seat to his rival.',
      ),
    ).toEqual([['text:governor', 'he would not contest the count']]);
  });

  it('a clause, a quote or a colon after the same verbs is still what was said', () => {
    expect(speakersAndQuotes('The ministry added the bridge would reopen on Monday.')).toEqual([
      ['text:ministry', 'the bridge would reopen on Monday'],
    ]);
    expect(speakersAndQuotes('The ombudsman conceded that the shelters were full.')).toEqual([
      ['text:ombudsman', 'the shelters were full'],
    ]);
    expect(speakersAndQuotes('The governor added: "the road stays open."')).toEqual([
      ['text:governor', 'the road stays open.'],
    ]);
    expect(speakersAndQuotes('The contractor admitted skipping two of the safety checks.')).toEqual([
      ['text:contractor', 'skipping two of the safety checks'],
    ]);
  });
});
