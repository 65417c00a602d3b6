/**
 * The operator's HTTP endpoint (HEALTH_PORT): `/healthz` says whether the bot is ready, with its
 * shards, documents and the index's age (200 when ready, 503 otherwise); `/metrics` serves the
 * Prometheus registry. Bound to loopback unless HEALTH_HOST says otherwise: it is for a probe or
 * a scraper beside the bot, not for the world.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../log.ts';

export interface HealthStatus {
  ready: boolean;
  /** Each gateway shard (or shard process) this process knows of, and whether it is ready. */
  shards: { id: number; ready: boolean; status?: string }[];
  /** Documents in the knowledge base (or the persisted index) last loaded; null before the first load. */
  documents: number | null;
  /** When that load finished, or null. */
  indexLoadedAt: Date | null;
}

export interface HealthServerOptions {
  port: number;
  host: string;
  registry: Registry;
  status: () => HealthStatus;
  logger: Logger;
}

export interface HealthServer {
  /** The port listened on (the one asked for, or the one given for port 0). */
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { registry, logger } = options;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const status = options.status();
      const body = {
        ready: status.ready,
        shards: status.shards,
        documents: status.documents,
        indexAgeSeconds: status.indexLoadedAt
          ? Math.round((Date.now() - status.indexLoadedAt.getTime()) / 1000)
          : null,
        indexLoadedAt: status.indexLoadedAt?.toISOString() ?? null,
      };
      res
        .writeHead(status.ready ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify(body));
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: unknown) => {
          logger.error({ err: error }, 'could not collect the metrics');
          res.writeHead(500).end();
        },
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Try /healthz or /metrics.\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ host: options.host, port }, 'health endpoint listening (/healthz, /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
