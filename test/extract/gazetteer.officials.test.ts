import { describe, expect, it } from 'vitest';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { extractFrom, speakersShown, timelineFor } from './statements.helpers.ts';

describe('officials of 2020–2024 in the gazetteer', () => {
  it("a role names whoever held it at the document's date", () => {
    expect(resolveEntityAt('the Armenian defence minister', { year: 2020, month: 10 })?.id).toBe('tonoyan');
    expect(resolveEntityAt('the Armenian defence minister', { year: 2023, month: 9 })?.id).toBe('papikyan');
    expect(resolveEntityAt('Armenian President', { year: 2021 })?.id).toBe('sarkissian');
    expect(resolveEntityAt('Armenian President', { year: 2023 })?.id).toBe('khachaturyan');
    expect(resolveEntityAt('Turkish foreign minister', { year: 2023, month: 9 })?.id).toBe('fidan');
  });

  it('spelling variants are one person', () => {
    for (const v of ['Armen Grigoryan', 'Armen Grigorian', 'Grigorian'])
      expect(resolveEntityAt(v)?.id).toBe('armen-grigoryan');
    for (const v of ['Mevlut Cavusoglu', 'Çavuşoğlu']) expect(resolveEntityAt(v)?.id).toBe('cavusoglu');
    expect(resolveEntityAt("Azerbaijan's Prosecutor General's Office")?.id).toBe(
      'prosecutor-general-azerbaijan',
    );
    expect(resolveEntityAt("Karabakh's separatist authorities")?.id).toBe('karabakh-authorities');
  });

  it('a namesake the text introduced keeps its own id', () => {
    const text =
      'Political analyst Tigran Grigoryan said that the talks would fail. Grigoryan added that both sides were tired.';
    expect(speakersShown(text)).toEqual(['text:tigran-grigoryan', 'text:tigran-grigoryan']);
  });
});

describe("Iran's leaders, whom stories on the southern border quote", () => {
  it("a role names whoever held it at the document's date", () => {
    expect(resolveEntityAt("Iran's foreign minister", { year: 2020, month: 10 })?.id).toBe('zarif');
    expect(resolveEntityAt("Iran's foreign minister", { year: 2023, month: 10 })?.id).toBe(
      'amir-abdollahian',
    );
    expect(resolveEntityAt('Iranian foreign minister', { year: 2024, month: 11 })?.id).toBe('araghchi');
    expect(resolveEntityAt('Iranian President', { year: 2022, month: 3 })?.id).toBe('raisi');
    expect(resolveEntityAt('Iranian President', { year: 2024, month: 10 })?.id).toBe('pezeshkian');
  });

  it('"the top Iranian diplomat" after a lead that gave only the role is the minister', () => {
    const text =
      "Iran's foreign minister said on Sunday that the border with Armenia must stay open. " +
      '"No corridor will cut this road," the top Iranian diplomat told reporters in Tehran.';
    expect(
      extractFrom(
        text,
        timelineFor(text, { year: 2023, month: 10, day: 1, precision: 'day', yearStatus: 'stated' }),
      ).map((s) => s.speaker.id),
    ).toEqual(['amir-abdollahian', 'amir-abdollahian']);
  });
});
