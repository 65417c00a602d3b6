import { LRUCache } from 'lru-cache';
import type { FetchOptions } from '../fetch/fetchPage.ts';
import type { Logger } from '../log.ts';
import { type AddOptions, type AddOutcome, addFromAddress } from './addPage.ts';

/**
 * /add-source's door to the corpus: checks who may add (Manage Server, in a server), how often
 * (per user and per server, in a sliding hour), then adds the page like `npm run add` with the
 * public-addresses-only policy. Every attempt, allowed or not, leaves one audit line: user id,
 * server id, address, outcome. The token never reaches this code.
 */

interface AddSourceRequest {
  url: string;
  userId: string;
  guildId: string | null;
  canManageGuild: boolean;
}

export type AddSourceResult =
  | AddOutcome
  | { outcome: 'forbidden'; address: string; why: string }
  | { outcome: 'limited'; address: string; why: string; retryAt: Date };

export interface SourceAdder {
  attempt(request: AddSourceRequest): Promise<AddSourceResult>;
}

export interface SourceAdderOptions {
  corpusDir: string;
  known: AddOptions['known'];
  logger: Logger;
  fetch?: FetchOptions;
  /** Attempts per user and per server in any hour (defaults 5 and 20). */
  perUserPerHour?: number;
  perGuildPerHour?: number;
  now?: () => Date;
}

const HOUR = 3600_000;

/** Users or servers counted at once, at most; one not seen for an hour is forgotten anyway. */
const MAX_COUNTED = 10_000;

/** Attempts in the last hour, per key; old ones fall off as they are looked at, a quiet key after an hour. */
class HourlyCounter {
  private readonly times = new LRUCache<string, number[]>({ max: MAX_COUNTED, ttl: HOUR });
  constructor(readonly limit: number) {}

  /** When the key may try again, or null when it may now. */
  blockedUntil(key: string, now: number): number | null {
    const recent = (this.times.get(key) ?? []).filter((t) => t > now - HOUR);
    if (recent.length)
      this.times.set(key, recent, { noUpdateTTL: true }); // forgotten an hour after the last attempt
    else this.times.delete(key);
    return recent.length >= this.limit ? recent[0]! + HOUR : null;
  }

  count(key: string, now: number): void {
    this.times.set(key, [...(this.times.get(key) ?? []), now]);
  }
}

export function createSourceAdder(options: SourceAdderOptions): SourceAdder {
  const clock = options.now ?? (() => new Date());
  const perUser = new HourlyCounter(options.perUserPerHour ?? 5);
  const perGuild = new HourlyCounter(options.perGuildPerHour ?? 20);
  const audit = (request: AddSourceRequest, result: AddSourceResult) => {
    options.logger.info(
      {
        audit: 'add-source',
        userId: request.userId,
        guildId: request.guildId,
        address: request.url.slice(0, 500),
        outcome: result.outcome,
        ...(result.outcome === 'refused' && { kind: result.kind, why: result.why }),
        ...((result.outcome === 'added' || result.outcome === 'duplicate') && { file: result.file }),
        ...((result.outcome === 'forbidden' || result.outcome === 'limited') && { why: result.why }),
      },
      'add-source attempt',
    );
    return result;
  };

  return {
    async attempt(request) {
      const address = request.url;
      if (!request.guildId)
        return audit(request, {
          outcome: 'forbidden',
          address,
          why: 'Sources can be added only in a server, by members who may manage it.',
        });
      if (!request.canManageGuild)
        return audit(request, {
          outcome: 'forbidden',
          address,
          why: 'Adding sources needs the Manage Server permission in this server.',
        });
      const now = clock().getTime();
      const userKey = `${request.guildId}:${request.userId}`;
      const blocked = perUser.blockedUntil(userKey, now) ?? perGuild.blockedUntil(request.guildId, now);
      if (blocked !== null) {
        const byUser = perUser.blockedUntil(userKey, now) !== null;
        const why = byUser
          ? `You have added ${perUser.limit} sources in the last hour, the most one member may.`
          : `This server has added ${perGuild.limit} sources in the last hour, the most one server may.`;
        return audit(request, { outcome: 'limited', address, why, retryAt: new Date(blocked) });
      }
      perUser.count(userKey, now);
      perGuild.count(request.guildId, now);
      const result = await addFromAddress(address, {
        corpusDir: options.corpusDir,
        known: options.known,
        addedBy: `/add-source by user ${request.userId} in server ${request.guildId}`,
        fetch: options.fetch,
        now: clock,
      });
      return audit(request, result);
    },
  };
}
