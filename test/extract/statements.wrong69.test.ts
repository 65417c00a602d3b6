import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 47 (wrong69): where a relative's words start inside a speaker's quote (CONVENTIONS row S). */
describe('a relayed telling with its setting before "that"', () => {
  it('"My uncle told me on the day we left that …": the uncle says what follows "that"', () => {
    const text =
      '"We took nothing with us," said Arpi Melkonyan, 44. "My uncle told me on the day we left that the guards had searched every car."';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.speaker === 'text:uncle')?.quote).toBe('the guards had searched every car.');
    expect(seen.some((s) => s.speaker === 'text:arpi-melkonyan')).toBe(true);
  });

  it('"wrote to me from <place> <time> that …": whom and where it was written are no words', () => {
    const text =
      '"My brother wrote to me from Kapan on Sunday that the hotels are full of families," said Vardan Petrosyan, a driver.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:brother')?.quote).toMatch(
      /^the hotels are full of families/,
    );
  });

  it('"She told me on Tuesday that …" after the speaker\'s own relative was named: the relative', () => {
    const text =
      'Gevorg Aslanyan calls his sister in Goris every day.\n\n"She told me on Tuesday that the school was closed," the 60-year-old said.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:sister')?.quote).toMatch(
      /^the school was closed/,
    );
  });

  it('a kin noun placed by "in <Place>" still opens a relayed telling', () => {
    const text =
      'Sona Karapetyan, a teacher, said the news was hard to follow. "My cousin in Stepanakert told me that the lights are out every night. Nobody sleeps," she said.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:cousin')?.quote).toBe(
      'the lights are out every night.',
    );
  });

  it('a setting that joins a second clause ("and that") is not skipped', () => {
    const text =
      '"My father told me on Monday the road was shut and that we should wait," said Hayk Avetisyan, a student.';
    const father = statementsOf(text).find((s) => s.speaker === 'text:father');
    expect(father?.quote.startsWith('and that')).not.toBe(true);
  });
});

describe('a country of two words owning a body (CONVENTIONS row R)', () => {
  it('"Saudi Arabia\'s foreign ministry" is filed under the adjective, as "Israel\'s" is', () => {
    const text =
      "Saudi Arabia's foreign ministry said in a statement that the kingdom was watching the fighting closely.";
    expect(statementsOf(text)[0]?.speaker).toBe('text:saudi-foreign-ministry');
  });
});

describe("a pronoun in the sentence's own relative clause points to the sentence's subject", () => {
  it('"On Monday, former chief prosecutor X released a report in which he wrote that …": X, not the last speaker', () => {
    const text =
      '"We have no fuel," said Haig Barsamian, a baker.\n\nOn Monday, former International Criminal Court chief prosecutor Daniel Moreau released a report in which he wrote that the siege was unlawful.';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.quote.startsWith('the siege'))?.speaker).toBe('text:daniel-moreau');
  });

  it('a name after a verb of the opening is no subject: "After meeting X, he said …" stays with the sentences before', () => {
    const text =
      '"We have no fuel," said Haig Barsamian, a baker.\n\nAfter speaking to the prosecutor Daniel Moreau, he said that the siege was unlawful.';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.quote.startsWith('the siege'))?.speaker).not.toBe('text:daniel-moreau');
  });
});

describe("an interview's turns labelled by initials", () => {
  const interview = [
    'We spoke to the historian Arman Sargsyan about the road.',
    'Interview by Paula Reyes',
    'PR: What did you see at the checkpoint?',
    'AS: Long lines of cars and no water. The guards let through one car an hour.',
    'PR: Will the road reopen?',
    'AS: Not this winter. Both governments have stopped talking about it.',
  ].join('\n\n');

  it('"AS: …" is the one person the page names with those initials', () => {
    const seen = statementsOf(interview);
    expect(seen.filter((s) => s.speaker === 'text:arman-sargsyan').map((s) => s.quote)).toEqual([
      expect.stringMatching(/^Long lines of cars/),
      expect.stringMatching(/^Not this winter/),
    ]);
  });

  it("the interviewer's questions, by her initials, are no statements", () => {
    expect(statementsOf(interview).some((s) => s.speaker === 'text:paula-reyes')).toBe(false);
  });

  it('initials two names share name no one', () => {
    const shared = interview.replace(
      'Interview by Paula Reyes',
      'Interview by Paula Reyes and Anna Simonyan',
    );
    expect(statementsOf(shared).some((s) => s.speaker === 'text:arman-sargsyan')).toBe(false);
  });
});

describe('a setting between the verb and ", adding that …"', () => {
  it('"“A,” X said when asked by journalists, adding that B “c”": B is a second saying of X', () => {
    const text =
      'The convoy left on Monday. "Yes, it is over," Kremlin spokesman Dmitry Peskov said when asked by journalists, adding that the decision had been taken "jointly" with Baku.';
    const seen = statementsOf(text).filter((s) => s.speaker === 'peskov');
    expect(seen.map((s) => s.quote)).toContainEqual(expect.stringMatching(/^the decision had been taken/));
  });
});

describe('"condemned" with a thing as its object (CONVENTIONS 10)', () => {
  it('"The Speaker condemned Azerbaijan\'s attack on Armenian territory." is no statement', () => {
    expect(statementsOf("The Speaker condemned Azerbaijan's attack on Armenian territory.")).toEqual([]);
  });

  it('"condemned the shelling" is none; a that-clause after it is content', () => {
    expect(statementsOf('The ministry condemned the shelling of the village.')).toEqual([]);
    expect(statementsOf('The ministry condemned that the village had been shelled again.').length).toBe(1);
  });
});
