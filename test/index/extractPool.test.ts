import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import {
  buildTimelines,
  extractDocument,
  planTimelines,
  segmentAndScan,
  segmentDocument,
} from '../../src/extract/index.ts';
import {
  chunkSize,
  type ExtractJob,
  extractAll,
  extractionThreads,
  openPool,
} from '../../src/index/extractPool.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

async function seedJobs(): Promise<ExtractJob[]> {
  const corpus = await loadCorpus(join(import.meta.dirname, '..', '..', 'corpus'));
  const segmented = new Map(corpus.documents.map((d) => [d.id, segmentDocument(d)]));
  const timelines = buildTimelines(
    [...corpus.documents],
    new Map([...segmented].map(([id, s]) => [id, s.sentences])),
    NOW,
  );
  return corpus.documents.map((doc) => ({
    doc,
    segmented: segmented.get(doc.id)!,
    timeline: timelines.get(doc.id)!,
  }));
}

const here = (job: ExtractJob) => {
  const x = extractDocument(job.doc, job.segmented, job.timeline);
  return { statements: x.statements, events: x.events, figures: x.figures };
};

describe('extraction across threads', () => {
  it('gives every document the same items, in order, whichever thread read it', async () => {
    const jobs = await seedJobs();
    expect(jobs.length).toBeGreaterThan(2);
    const alone = await extractAll(jobs, 1, here);
    const shared = await extractAll(jobs, 3, here);
    expect(shared).toEqual(alone);
  }, 60_000);

  it('hands out one document at a time among three threads, in order', async () => {
    const jobs = await seedJobs();
    expect(await extractAll(jobs, 3, here, 1)).toEqual(jobs.map(here));
  }, 60_000);

  it('tells each chunk once its results are all in, whichever thread read it', async () => {
    const jobs = await seedJobs();
    const told: number[] = [];
    const pool = openPool(3);
    try {
      const read = await pool.extractAll(jobs, 3, here, {
        chunk: 1,
        done: (from, results) => {
          results.forEach((items, k) => {
            expect(items).toEqual(here(jobs[from + k]!));
            told.push(from + k);
          });
        },
      });
      expect(read).toEqual(jobs.map(here));
      expect(told.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    } finally {
      pool.close();
    }
  }, 60_000);

  it('reads here what no worker can take: nothing is lost', async () => {
    // A function cannot cross to a worker thread, so every hand-over fails.
    const jobs = (await seedJobs()).map((job) => ({ ...job, doc: { ...job.doc, unsendable: () => 0 } }));
    expect(await extractAll(jobs, 2, here, 1)).toEqual(jobs.map(here));
  }, 60_000);

  it('finishes each chunk just before it is read: timelines resolved only then give the same items', async () => {
    const corpus = await loadCorpus(join(import.meta.dirname, '..', '..', 'corpus'));
    const segmented = new Map(corpus.documents.map((d) => [d.id, segmentDocument(d)]));
    const sentences = new Map([...segmented].map(([id, s]) => [id, s.sentences]));
    const plan = planTimelines([...corpus.documents], sentences, NOW);
    const pending = corpus.documents.map((doc) => ({
      doc,
      segmented: segmented.get(doc.id)!,
      timeline: null,
    }));
    const readied: number[] = [];
    const pool = openPool(3);
    try {
      const read = await pool.extractAll(pending as unknown as ExtractJob[], 3, here, {
        chunk: 1,
        ready: (from, to) => {
          for (let i = from; i < to; i++) {
            readied.push(i);
            (pending[i] as unknown as ExtractJob).timeline = plan.timelineOf(pending[i]!.doc.id)!;
          }
        },
      });
      expect(read).toEqual((await seedJobs()).map(here));
      expect(readied.sort((a, b) => a - b)).toEqual(pending.map((_, i) => i));
    } finally {
      pool.close();
    }
  }, 60_000);

  it('gives every document the same segments and timeline when they are read on other threads', async () => {
    const corpus = await loadCorpus(join(import.meta.dirname, '..', '..', 'corpus'));
    const segmentedAlone = new Map(corpus.documents.map((d) => [d.id, segmentDocument(d)]));
    const sentences = new Map([...segmentedAlone].map(([id, s]) => [id, s.sentences]));
    const alone = buildTimelines([...corpus.documents], sentences, NOW);
    // Every other document comes with segments kept from an earlier ingest; the rest are segmented there.
    const jobs = corpus.documents.map((doc, i) => ({
      doc,
      segmented: i % 2 === 0 ? segmentedAlone.get(doc.id)! : null,
    }));
    const pool = openPool(3);
    pool.warm();
    try {
      const read = await pool.scanAll(jobs, 3, (job) => segmentAndScan(job.doc, job.segmented), {
        chunk: 1,
      });
      read.forEach((r, i) => {
        expect(r.segmented).toEqual(i % 2 === 0 ? null : segmentedAlone.get(corpus.documents[i]!.id));
      });
      const shared = buildTimelines(
        [...corpus.documents],
        sentences,
        NOW,
        new Map(corpus.documents.map((d, i) => [d.id, read[i]!.scan])),
      );
      expect(shared).toEqual(alone);
      expect(JSON.stringify([...shared])).toBe(JSON.stringify([...alone]));
      // The same workers then read the items, as an ingest's second pass does.
      const items = corpus.documents.map((doc) => ({
        doc,
        segmented: segmentDocument(doc),
        timeline: shared.get(doc.id)!,
      }));
      expect(await pool.extractAll(items, 3, here, { chunk: 1 })).toEqual(items.map(here));
    } finally {
      pool.close();
    }
  }, 60_000);

  it('hands out whole chunks while many jobs remain, and smaller ones down to one near the end', () => {
    expect(chunkSize(10_000, 50, 2)).toBe(50);
    expect(chunkSize(200, 50, 2)).toBe(50);
    expect(chunkSize(100, 50, 2)).toBe(25);
    expect(chunkSize(7, 50, 2)).toBe(2);
    expect(chunkSize(1, 50, 2)).toBe(1);
    expect(chunkSize(3, 1, 3)).toBe(1);
  });

  it('reads a small corpus on this thread, and never more threads than cores or four', () => {
    expect(extractionThreads(5, 8)).toBe(1);
    expect(extractionThreads(399, 8)).toBe(1);
    expect(extractionThreads(1_000, 2)).toBe(2);
    expect(extractionThreads(10_000, 1)).toBe(1);
    expect(extractionThreads(10_000, 16)).toBe(4);
  });
});
