import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

const OFFICES = ['armenian-government-press-service', 'azerbaijani-presidential-administration'];

/** Session 49 (census of fresh-72): pointers after a text several put out, counted leaders, owned posts. */
describe('a pointer right after a text several speakers put out is all of them (CONVENTIONS 13, row AH)', () => {
  const joint =
    'The Office of the Prime Minister of Armenia and the Administration of the President of Azerbaijan said in a joint statement on Thursday that the two countries would free prisoners of war.';

  it('given "“…,” the statement said" after it, the quote is both offices\'', () => {
    const text = [
      joint,
      '"There is a historic chance to achieve peace in the region," the statement said.',
    ].join('\n\n');
    const quoted = statementsOf(text).filter((s) => s.quote.startsWith('There is a historic'));
    expect(quoted.map((s) => s.speaker).sort()).toEqual(OFFICES);
  });

  it('given "They added that …" after "The two sides said", the clause is both offices\'', () => {
    const text = [
      joint,
      'The two sides said Azerbaijan would release 32 servicemen. They added that Armenia would withdraw its candidacy to host the conference.',
    ].join('\n\n');
    const added = statementsOf(text).filter((s) => s.quote.startsWith('Armenia would withdraw'));
    expect(added.map((s) => s.speaker).sort()).toEqual(OFFICES);
  });

  it('given "According to the statement, …" after four leaders said in a statement, it is the four', () => {
    const text = [
      'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met French President Emmanuel Macron and European Council President Charles Michel in Prague.',
      'In a statement issued after the meeting, the four leaders said that both sides confirmed their commitment to the UN Charter.',
      'According to the statement, the EU mission will start in October for two months.',
    ].join('\n\n');
    const cited = statementsOf(text).filter((s) => s.quote.startsWith('the EU mission'));
    expect(cited.map((s) => s.speaker).sort()).toEqual(['aliyev', 'macron', 'michel', 'pashinyan']);
  });

  it('given another speaker in between, "It said" is no longer the pair', () => {
    const text = [
      joint,
      'Hikmet Hajiyev, an aide to Aliyev, told reporters that the deal had been negotiated without intermediaries.',
      'The Azerbaijani Foreign Ministry welcomed the step. It said the release would take place within days.',
    ].join('\n\n');
    const later = statementsOf(text).filter((s) => s.quote.startsWith('the release would'));
    expect(later.map((s) => s.speaker)).not.toContain('armenian-government-press-service');
  });
});

describe('"the four leaders" after an adjunct opening their paragraph', () => {
  it('given "In a joint statement, the four leaders said" after the paragraph naming them, each of the four said it', () => {
    const text = [
      'Pashinyan went ahead with a meeting with European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz.',
      'In a joint statement, the four leaders said that refugees who had fled Karabakh must be allowed to return.',
    ].join('\n\n');
    expect(speakersShown(text).sort()).toEqual(['macron', 'michel', 'pashinyan', 'scholz']);
  });
});

describe('"Its director" after a state\'s agency that the text abbreviates', () => {
  const text =
    'Azerbaijan\'s National Agency for Mine Action (ANAMA) said at least 24 people had been killed by mines. Its director told reporters in Baku that clearing the districts could take "ten to thirteen years".';

  it("is the agency's director: neither the agency itself nor the state's", () => {
    const director = statementsOf(text).find((s) => s.quote.startsWith('clearing the districts'));
    // The agency has a gazetteer id since session 52 (`anama`): the director is still its post, not it.
    expect(director?.speaker).toBe('text:anama-director');
  });
});

describe("a relative's words in a later sentence of the speaker's quote (CONVENTIONS 14, row S)", () => {
  it('given "“We left the keys. My husband said someone should …,” she said", the husband said the clause', () => {
    const text =
      'Hasmik Arakelyan, 64, arrived from Stepanakert on Tuesday. "We left the keys in the door. My husband said someone should at least be able to get in," she said.';
    const husband = statementsOf(text).find((s) => s.speaker === 'text:husband');
    expect(husband?.quote).toMatch(/^someone should at least/);
  });

  it('given "My nephew is up there. He called at midnight and said …", the nephew said the clause', () => {
    const text =
      '"We heard the explosions all afternoon," said Vazgen Petrosyan, who runs a guesthouse. "My nephew is up there. He called at midnight and said two men from his unit had been killed."';
    const nephew = statementsOf(text).find((s) => s.speaker === 'text:nephew');
    expect(nephew?.quote).toMatch(/^two men from his unit/);
  });

  it('given "My brother phoned from the hospital and said …", the brother said the clause', () => {
    const text =
      '"I was counting the money in the till," said Leyla Mammadova, a shopkeeper. "My brother phoned from the hospital and said they have no more beds."';
    const brother = statementsOf(text).find((s) => s.speaker === 'text:brother');
    expect(brother?.quote).toMatch(/^they have no more beds/);
  });

  it('given "He called at midnight" with no relative named before it, no one hands words on', () => {
    const text =
      '"We heard the explosions all afternoon," said Vazgen Petrosyan. "The road is closed. He called at midnight and said two men had been killed."';
    expect(new Set(statementsOf(text).map((s) => s.speaker))).toEqual(new Set(['text:vazgen-petrosyan']));
  });
});

describe('a relayed clause after "that day"', () => {
  it('given "Pashinyan, she said, had told his cabinet earlier that day that “…”", his words start after the second "that"', () => {
    const text =
      'Nazeli Baghdasaryan, spokeswoman for Prime Minister Nikol Pashinyan, spoke in Yerevan on Thursday. Pashinyan, she said, had told his cabinet earlier that day that "there will be no Armenians left in Nagorno-Karabakh".';
    const his = statementsOf(text).find((s) => s.speaker === 'pashinyan');
    expect(his?.quote).toMatch(/^"?there will be no Armenians/);
  });
});

describe('a Spanish-language wire dateline closing its credit with a stop', () => {
  it('given "STEPANAKERT, Nagorno-Karabakh (apro/AFP).- The only road …, according to the region\'s authorities", the words start after the dateline', () => {
    const text =
      "STEPANAKERT, Nagorno-Karabakh (apro/AFP).- The only road linking Nagorno-Karabakh to Armenia remained blocked on Tuesday, according to the region's authorities.";
    const said = statementsOf(text).find((s) => s.speaker === 'karabakh-authorities');
    expect(said?.quote).toMatch(/^The only road linking/);
  });
});

describe('a name given after the saying, joined by ", and" (CONVENTIONS 10, row AA)', () => {
  it('given "said the deal returned four villages, and called it a “historic event”", the quote is a statement of its own', () => {
    const text =
      'The Azerbaijani government said the deal returned four villages, and called it a "historic event" for both countries.';
    const quotes = statementsOf(text).map((s) => [s.speaker, s.quote]);
    expect(quotes).toEqual([
      ['gov-azerbaijan', 'the deal returned four villages'],
      ['gov-azerbaijan', 'historic event'],
    ]);
  });

  it('given "described it as “…”", the quote is a statement; "described it “…”" without "as" is none', () => {
    const as =
      'Pashinyan said he had signed the agreement, and described it as "a decision I take on myself".';
    expect(statementsOf(as).map((s) => s.quote)).toContain('a decision I take on myself');
    const bare = 'Pashinyan said he had signed the agreement, and described it "in detail".';
    expect(statementsOf(bare).map((s) => s.quote)).not.toContain('in detail');
  });
});
