import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('"it" is the body the clause or sentence before is about', () => {
  it('"Azerbaijan keeps its losses secret; it says …": the state before the semicolon, not the body that spoke last', () => {
    const said = who(
      'The Kremlin said on Monday that talks would resume soon.\n\n' +
        'Armenia has published the names of its dead. Azerbaijan keeps its military losses secret; it says 19 civilians have died in shelling.',
    );
    expect(said).toContainEqual(['gov-azerbaijan', '19 civilians have died i']);
    expect(said.some(([speaker, quote]) => speaker === 'kremlin' && quote.startsWith('19 civilians'))).toBe(
      false,
    );
  });

  it('"The Azerbaijani Defence Ministry reported … In a separate statement it said": that ministry, not the Armenian one', () => {
    const said = who(
      "Armenia's Defence Ministry said on Monday that three of its soldiers had been wounded.\n\n" +
        'The Azerbaijani Defence Ministry reported two servicemen killed. In a separate statement it said its units had repelled an attack near Lachin.',
    );
    expect(said).toContainEqual(['mod-azerbaijan', 'its units had repelled a']);
    expect(said.some(([speaker, quote]) => speaker === 'mod-armenia' && quote.startsWith('its units'))).toBe(
      false,
    );
  });

  it('"The International Committee of the Red Cross, the only …, has … It says": the whole name, past its apposition', () => {
    const said = who(
      'The International Committee of the Red Cross, the only agency allowed across, has delivered no flour for weeks. ' +
        'It says it has moved 200 patients to Yerevan.',
    );
    expect(said).toContainEqual(['icrc', 'it has moved 200 patient']);
  });

  it('"The UN children\'s agency UNICEF said …. It said": a name before a noun is no subject of a saying', () => {
    const said = who(
      "The UN children's agency UNICEF said it feared for the schools. It said 30,000 pupils had lost their classrooms.",
    );
    expect(said.some(([speaker, quote]) => speaker === 'un' && quote.startsWith('30,000'))).toBe(false);
  });

  it('"Senate chair Anna Holt was hurt, her office said. It said …": the office, never the chamber', () => {
    const said = who(
      'Senate chair Anna Holt was hurt in the crush, her office said. It said she was resting at home.',
    );
    expect(said.some(([speaker, quote]) => speaker === 'text:senate' && quote.startsWith('she was'))).toBe(
      false,
    );
  });
});
