/** The metrics port (metrics.ts) in the Prometheus format, with prom-client, on a registry of its own. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BotMetrics } from './metrics.ts';

export interface PrometheusMetrics extends BotMetrics {
  readonly registry: Registry;
}

export function prometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const interactions = new Counter({
    name: 'karabakh_interactions_total',
    help: "Interactions answered, by kind, command and outcome (ok, or the answer's error kind)",
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'karabakh_interaction_duration_seconds',
    help: 'From receiving an interaction to its answer being delivered',
    labelNames: ['kind', 'command'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [registry],
  });
  const loads = new Counter({
    name: 'karabakh_knowledge_loads_total',
    help: 'Loads of the knowledge base (or refreshes of the persisted index), by cache outcome',
    labelNames: ['cache'] as const,
    registers: [registry],
  });
  const extracted = new Counter({
    name: 'karabakh_documents_extracted_total',
    help: 'Documents whose statements, events and figures were extracted afresh (not taken from the cache)',
    registers: [registry],
  });
  const segmented = new Counter({
    name: 'karabakh_documents_segmented_total',
    help: 'Documents split into paragraphs and sentences afresh',
    registers: [registry],
  });
  const documents = new Gauge({
    name: 'karabakh_documents',
    help: 'Documents in the knowledge base last loaded',
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'karabakh_reloads_total',
    help: 'Reloads after a corpus change, by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return {
    registry,
    interactionDone({ kind, command, outcome, seconds }) {
      interactions.inc({ kind, command, outcome });
      latency.observe({ kind, command }, seconds);
    },
    knowledgeLoaded(stats) {
      loads.inc({ cache: stats.cache });
      extracted.inc(stats.extracted);
      segmented.inc(stats.segmented);
      documents.set(stats.documents);
    },
    reloaded(outcome) {
      reloads.inc({ outcome });
    },
  };
}
