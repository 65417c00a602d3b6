/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and prints where the time went, so speed sessions
 * compare the same figures: the top functions by self time, or by total time (self and callees),
 * or how one function's total splits among the functions it calls. Percentages are of all samples.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --no-regexp-tier-up --import tsx <script>
 *   tsx scripts/cpuProfile.ts /tmp/prof/CPU.….cpuprofile [--top 15] [--total] [--under readUnit]
 *
 * A process writes one profile per thread (the tsx loader's threads too): pass the largest.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName({ functionName, url }: CallFrame): string {
  const file = url.replace(/^.*\/(?=(?:src|scripts|node_modules)\/)/, '').replace(/^node_modules\//, '');
  return file ? `${functionName || '(anonymous)'} ${file}` : functionName || '(anonymous)';
}

/** Each sampled node's stack, outermost first, and the time its samples stand for (µs). */
function stacks(profile: CpuProfile): { stack: string[]; us: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const out: { stack: string[]; us: number }[] = [];
  for (const [id, us] of time) {
    const stack: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      stack.push(frameName(byId.get(n)!.callFrame));
    out.push({ stack: stack.reverse(), us });
  }
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '15' },
      total: { type: 'boolean', default: false },
      under: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: cpuProfile.ts FILE.cpuprofile [--top N] [--total] [--under NAME]');
  const sampled = stacks(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const all = sampled.reduce((sum, s) => sum + s.us, 0);
  const sums = new Map<string, number>();
  const add = (key: string, us: number) => sums.set(key, (sums.get(key) ?? 0) + us);
  for (const { stack, us } of sampled) {
    if (values.under) {
      // The outermost call of the function: a recursive call's time is counted once.
      const at = stack.findIndex((f) => f.split(' ')[0] === values.under);
      if (at >= 0) add(stack[at + 1] ?? '(self)', us);
    } else if (values.total) {
      for (const f of new Set(stack)) add(f, us);
    } else add(stack.at(-1)!, us);
  }
  const within = values.under ? [...sums.values()].reduce((a, b) => a + b, 0) : all;
  const heading = values.under ? `${values.under}: ${Math.round(within / 1000)} ms` : 'all samples';
  console.log(`${heading} of ${Math.round(all / 1000)} ms sampled`);
  const rows = [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  for (const [name, us] of rows)
    console.log(
      `${String(Math.round(us / 1000)).padStart(8)} ms ${((100 * us) / all).toFixed(2).padStart(6)}%  ${name}`,
    );
}

main();
