/**
 * Docker does not run here, so the Dockerfile is checked as text against the tree: what its
 * stages copy exists and is not ignored, the build stage's scripts exist, the runtime stage runs
 * the compiled entry the build makes, as a user that is not root, with the corpus and cache as volumes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages and their instructions (continuation lines joined, comments dropped). */
function stages(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const out: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM')
      out.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1] ?? String(out.length), instructions: [] });
    out.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return out;
}

const words = (args: string) => args.split(/\s+/).filter((w) => !w.startsWith('--'));
const jsonOrWords = (args: string): string[] =>
  args.startsWith('[') ? (JSON.parse(args) as string[]) : words(args);
const ignored = readFileSync('.dockerignore', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
const all = stages(readFileSync('Dockerfile', 'utf8'));
const stage = (name: string) => all.find((s) => s.name === name)!;
const of = (s: Stage, keyword: string) => s.instructions.filter((i) => i.keyword === keyword);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('the Dockerfile', () => {
  it('has a build stage and a runtime stage', () => {
    expect(all.map((s) => s.name)).toEqual(['build', 'runtime']);
  });

  it.each(['build', 'runtime'])(
    'every file the %s stage copies from the tree exists and is not in .dockerignore',
    (name) => {
      const copies = of(stage(name), 'COPY').filter((c) => !c.args.includes('--from='));
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) {
        for (const source of words(copy.args).slice(0, -1)) {
          expect(existsSync(source), `COPY ${source}`).toBe(true);
          expect(ignored, `COPY ${source} is excluded by .dockerignore`).not.toContain(source);
        }
      }
    },
  );

  it('the build stage installs with npm ci and runs only scripts package.json has', () => {
    const runs = of(stage('build'), 'RUN').map((r) => r.args);
    expect(runs).toContain('npm ci --no-audit --no-fund');
    const named = runs.flatMap((r) => [...r.matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    expect(named).toContain('build');
    for (const script of named) expect(Object.keys(scripts)).toContain(script);
  });

  it('the runtime stage copies the build output and runs the compiled entry of a source file, without a TypeScript loader', () => {
    const outDir = (
      JSON.parse(readFileSync('tsconfig.build.json', 'utf8')) as { compilerOptions: { outDir: string } }
    ).compilerOptions.outDir;
    expect(scripts.build).toContain('tsconfig.build.json');
    expect(of(stage('runtime'), 'COPY').map((c) => c.args)).toContain(
      `--from=build /app/${outDir} ./${outDir}`,
    );
    expect(
      of(stage('runtime'), 'RUN')
        .map((r) => r.args)
        .join(' '),
    ).toContain('npm ci --omit=dev');
    const command = [
      ...jsonOrWords(of(stage('runtime'), 'ENTRYPOINT')[0]!.args),
      ...jsonOrWords(of(stage('runtime'), 'CMD')[0]!.args),
    ];
    expect(command[0]).toBe('node');
    const entry = command.find((w) => w.endsWith('.js'))!;
    expect(entry.startsWith(`${outDir}/`)).toBe(true);
    expect(
      existsSync(entry.replace(`${outDir}/`, '').replace(/\.js$/, '.ts')),
      `${entry} is built from a source file`,
    ).toBe(true);
    expect(command.join(' ')).not.toContain('tsx');
    expect(scripts.start, 'npm start runs what the image runs').toBe(command.join(' '));
  });

  it('runs as a user that is not root, with the corpus and the cache as volumes and a HEALTHCHECK on /healthz', () => {
    const runtime = stage('runtime');
    expect(of(runtime, 'USER').map((u) => u.args)).toEqual(['node']);
    const env = of(runtime, 'ENV')
      .map((e) => e.args)
      .join(' ');
    const volumes = JSON.parse(of(runtime, 'VOLUME')[0]!.args) as string[];
    expect(volumes).toContain(/CORPUS_DIR=(\S+)/.exec(env)?.[1]);
    expect(volumes).toContain(/CACHE_DIR=(\S+)/.exec(env)?.[1]);
    expect(of(runtime, 'HEALTHCHECK')[0]?.args).toContain('/healthz');
    expect(env).toMatch(/HEALTH_PORT=\d+/);
  });

  it('.dockerignore keeps secrets and local state out of the build context', () => {
    for (const path of ['.env', 'node_modules', '.cache', 'dist', '.git']) expect(ignored).toContain(path);
  });
});
