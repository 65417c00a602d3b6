import { describe, expect, it } from 'vitest';
import { identifySpeakers } from '../../src/extract/entities/identity.ts';
import { extractFrom, statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a given name set off after a description is who spoke', () => {
  it('"a resident of Goris, Anush, told": the place after the noun does not hide the name', () => {
    const said = who(
      '"The school has no heating and the children sleep in coats," a resident of Goris, Anush, told the paper. ' +
        'She said her son had left for Yerevan.',
    );
    expect(said).toContainEqual(['text:anush', 'The school has no heatin']);
    expect(said).toContainEqual(['text:anush', 'her son had left for Yer']);
    expect(said.some(([speaker]) => speaker === 'text:resident')).toBe(false);
  });

  it('"Back at the shelter, Aram\'s mother-in-law, Siranush, says": an in-law is kin, "Back at" a setting', () => {
    const said = who(
      "Back at the shelter, Aram's mother-in-law, Siranush, says she misses the orchard most. " +
        '"Nobody will water the apricots now," she says.',
    );
    expect(said).toContainEqual(['text:siranush', 'she misses the orchard m']);
    expect(said).toContainEqual(['text:siranush', 'Nobody will water the ap']);
  });
});

describe('a place set off after a town before the subject', () => {
  it('"In Fresno, California, home to …, Vahe Sarkisian, 52, said": the man spoke, not the state', () => {
    const said = who(
      'In Fresno, California, home to a large Armenian community, Vahe Sarkisian, 52, said he had not slept since the news.',
    );
    expect(said).toContainEqual(['text:vahe-sarkisian', 'he had not slept since t']);
    expect(said.some(([speaker]) => speaker === 'text:california')).toBe(false);
  });
});

describe('a state in apposition to the post it holds', () => {
  it('"The council\'s rotating president, the United States, said": the state, no president', () => {
    const said = who(
      "No resolution was put to a vote. The council's rotating president, the United States, said talks would go on.",
    );
    expect(said).toContainEqual(['gov-us', 'talks would go on']);
    expect(said).toHaveLength(1);
  });
});

describe('"its" before a statement points back as "it" would', () => {
  it('"The ministry rejected the charge. Its statement said …": the ministry the sentence before opened with', () => {
    const said = who(
      'The Armenian Foreign Ministry said the strike was a war crime. ' +
        'The Azerbaijani Defence Ministry rejected the charge. Its statement said the army hits only military targets.',
    );
    expect(said).toContainEqual(['mfa-armenia', 'the strike was a war cri']);
    expect(said).toContainEqual(['mod-azerbaijan', 'the army hits only milit']);
  });
});

describe('a second that-clause under a relayer', () => {
  it('"Peskov said Putin had been briefed and that Moscow hoped …": Putin is not relayed as hoping', () => {
    const said = statementsOf(
      'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed and that Moscow hoped the truce would hold "for good".',
    );
    expect(said.some((s) => s.speaker === 'putin')).toBe(false);
    expect(said.some((s) => s.speaker === 'peskov')).toBe(true);
  });
});

describe("post-modifiers are no part of an unnamed speaker's name (CONVENTIONS 5)", () => {
  it('"Western diplomats present at the meeting said" → western-diplomats', () => {
    const said = who('Western diplomats present at the meeting said the draft had been withdrawn.');
    expect(said).toContainEqual(['text:western-diplomats', 'the draft had been withd']);
  });

  it('"The OSCE mission that toured the villages said" → the mission, without its relative clause', () => {
    const said = who('The OSCE mission that toured the villages on Monday said most houses were empty.');
    expect(said).toContainEqual(['text:osce-mission', 'most houses were empty']);
  });
});

describe('a second that-clause about the one named first', () => {
  it('"… Aliyev had approved the text and that the president believed “…”": Aliyev is relayed', () => {
    const said = statementsOf(
      'Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, told reporters that the deal was final. ' +
        'He said Aliyev had signed off on the wording and that the president believed "the page can be turned".',
    );
    expect(said.some((s) => s.speaker === 'aliyev' && s.quote.startsWith('the page can be turned'))).toBe(
      true,
    );
  });
});

/** Each statement's canonical speaker id and quote opening, through the document pass that applies abbreviations. */
const named = (text: string): [string, string][] =>
  identifySpeakers(text, extractFrom(text)).statements.map((s) => [
    s.speaker.id,
    text.slice(s.quote.start, s.quote.end).slice(0, 24),
  ]);

describe('abbreviations defined in parentheses name the body (CONVENTIONS 7)', () => {
  it('a short form with its branch: "the Armenian Youth League of Canada (AYL Canada)"', () => {
    const said = named('The Armenian Youth League of Canada (AYL Canada) said the march would go ahead.');
    expect(said).toContainEqual(['text:ayl-canada', 'the march would go ahead']);
  });

  it('a short form that leaves out an opening adjective: "the Swiss Federal Office for Migration (FOM)"', () => {
    const said = named(
      'The Swiss Federal Office for Migration (FOM) said the applications were being reviewed.',
    );
    expect(said).toContainEqual(['text:fom', 'the applications were be']);
  });
});
