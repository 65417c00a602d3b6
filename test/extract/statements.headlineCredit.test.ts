import { describe, expect, it } from 'vitest';
import { headlineSaid } from './statements.helpers.ts';

const piece = (
  headline: string,
  body = 'The border road stayed closed on Monday. Officials met in the capital.',
) => `${headline}\n\nBy Staff Reporter\n\n${body}\n`;

describe('a headline credit before a colon or after a dash: people named by what they are', () => {
  it('"Bus drivers: we …" → the bus drivers, their kind kept', () => {
    expect(headlineSaid(piece('Bus drivers: we wait six hours at every crossing'))).toEqual([
      'text:bus-drivers',
      'Bus drivers',
      'we wait six hours at every crossing',
    ]);
  });

  it('a later sentence of the line: "…. Danish observers: …" → the Danish observers', () => {
    expect(
      headlineSaid(piece('Gunfire near the frontier. Danish observers: the calm will not last long')),
    ).toEqual(['text:danish-observers', 'Danish observers', 'the calm will not last long']);
  });

  it('"\\"…\\" - families of detained fishermen" → the families, the phrase after them left out', () => {
    expect(
      headlineSaid(piece('"Nobody has told us anything for a month" - families of detained fishermen')),
    ).toEqual(['text:families', 'families of detained fishermen', 'Nobody has told us anything for a month']);
  });

  it('"Many residents: …" → the residents: a quantifier says how many, not what kind', () => {
    expect(headlineSaid(piece('Many residents: we have had no water since Friday'))).toEqual([
      'text:residents',
      'Many residents',
      'we have had no water since Friday',
    ]);
  });

  it('a group noun alone is a rubric unless its people speak in their own person or in quotes', () => {
    expect(headlineSaid(piece('Refugees: the government opens two more shelters in the south'))).toBeNull();
    expect(headlineSaid(piece('Residents: we have had no water since Friday'))).toEqual([
      'text:residents',
      'Residents',
      'we have had no water since Friday',
    ]);
  });

  it('words that are no clause give nothing: "Observers: two monitors of the network"', () => {
    expect(headlineSaid(piece('Observers: two monitors of the network (names withheld)'))).toBeNull();
  });
});

describe('a headline credit that describes the person before the name', () => {
  it('"Aliyev\'s aide Hajiyev: …" → Hajiyev, as the body names him', () => {
    expect(
      headlineSaid(
        piece(
          "Aliyev's aide Hajiyev: the strike on the market was deliberate",
          'Hikmet Hajiyev told reporters on Tuesday that the town had been hit twice.',
        ),
      ),
    ).toEqual(['hajiyev', 'Hajiyev', 'the strike on the market was deliberate']);
  });

  it('"\'…,\' says rally organizer <Name>": a quote closed after its comma, the name after its description', () => {
    expect(
      headlineSaid(
        piece(
          "'We will stay until the road opens,' says rally organizer Ara Mkrtchyan",
          'About 200 people gathered outside city hall. "Nobody is leaving tonight," said Ara Mkrtchyan, who organised the rally.',
        ),
      ),
    ).toEqual(['text:ara-mkrtchyan', 'Ara Mkrtchyan', 'We will stay until the road opens,']);
  });

  it('a described name that is no person gives nothing: "Protests near the mayor Yerevan: …"', () => {
    expect(headlineSaid(piece("Armenia's envoy Yerevan: the talks will resume in spring"))).toBeNull();
  });
});

describe('"The Kremlin:" with its article names the Kremlin, as "Kremlin:" does', () => {
  it('over a body that writes "Kremlin spokesman …"', () => {
    expect(
      headlineSaid(
        piece(
          'Troops have left the region. The Kremlin: the mission is complete',
          'Kremlin spokesman Dmitry Peskov told journalists that the withdrawal had ended on schedule.',
        ),
      ),
    ).toEqual(['kremlin', 'The Kremlin', 'the mission is complete']);
  });
});
