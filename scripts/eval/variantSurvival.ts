import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The tally both variant scripts keep: per transformation, how many variants were tried and how
 * many survived re-extraction; rows that did not survive go to $OUT for reading. ONLY=a,b limits
 * a run to those transformations.
 */
export function survivalTally(defaultOut: string) {
  const only = process.env.ONLY?.split(',');
  const tally = new Map<string, { n: number; ok: number }>();
  const lost: Record<string, string>[] = [];
  return {
    lost,
    wanted: (name: string) => !only || only.includes(name),
    count(name: string, ok: boolean) {
      const t = tally.get(name) ?? { n: 0, ok: 0 };
      t.n++;
      if (ok) t.ok++;
      tally.set(name, t);
    },
    print() {
      writeFileSync(process.env.OUT ?? join(tmpdir(), defaultOut), JSON.stringify(lost, null, 1));
      for (const [name, t] of [...tally].sort())
        console.log(
          name.padEnd(24),
          String(t.n).padStart(5),
          `${((100 * t.ok) / t.n).toFixed(1).padStart(6)}%`,
        );
    },
  };
}
