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
    expect(director?.speaker).toMatch(/national-agency-for-mine-action-director$/);
  });
});
