/**
 * How casualty figures are shaped, beyond category and number: whether a change ("rose by more
 * than 15,000") or a rate ("800 … every hour") is labelled as such rather than shown as a total,
 * and whether a part ("including 14 civilians") is nested in the right total. Scored on the figures
 * that were found (category and number match); gold may carry `kind` (absent = total) and `partOf`
 * (the number text of the enclosing total).
 */
import { readFileSync } from 'node:fs';
import type { DocumentExtraction, Figure } from '../../src/extract/types.ts';

interface ShapeGold {
  figures: { category: string; number: string; kind?: string; partOf?: string }[];
}
export interface ShapeTally {
  found: number;
  kindRight: number;
  nestRight: number;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function kindOf(f: Figure): string {
  return (f as Figure & { kind?: string }).kind ?? 'total';
}

export async function scoreFigureShape(
  files: { txt: string; gold: string }[],
  extract: (file: string) => Promise<{ extraction: DocumentExtraction }>,
): Promise<ShapeTally> {
  const tally: ShapeTally = { found: 0, kindRight: 0, nestRight: 0 };
  for (const f of files) {
    const gold = JSON.parse(readFileSync(f.gold, 'utf8')) as ShapeGold;
    const figures = (await extract(f.txt)).extraction.figures;
    const byId = new Map(figures.map((x) => [x.id, x]));
    const used = new Set<Figure>();
    for (const g of gold.figures) {
      // one-to-one, as the figures score matches, so a number listed twice is not credited twice
      const p = figures.find(
        (x) => !used.has(x) && x.category === g.category && fold(x.number.text) === fold(g.number),
      );
      if (!p) continue;
      used.add(p);
      tally.found++;
      if (kindOf(p) === (g.kind ?? 'total')) tally.kindRight++;
      const parent = p.partOf ? byId.get(p.partOf) : undefined;
      const parentText = parent ? fold(parent.number.text) : undefined;
      if (parentText === (g.partOf === undefined ? undefined : fold(g.partOf))) tally.nestRight++;
    }
  }
  return tally;
}
