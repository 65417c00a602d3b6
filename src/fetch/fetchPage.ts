import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { type AddressPolicy, publicAddressesOnly } from './addressPolicy.ts';

/**
 * Fetches one document over HTTP(S) within limits: at most `maxRedirects` redirects, a time limit
 * for the whole exchange, a size limit, and only the content types asked for. Every connection,
 * the first and each after a redirect, goes through a DNS lookup that refuses addresses the
 * policy refuses, so a public name that resolves to 127.0.0.1 (or a redirect to one) is refused
 * before a byte is sent; the address actually connected to is checked again on the socket.
 */

export type FetchFailureKind =
  | 'bad-address'
  | 'address-refused'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'wrong-type'
  | 'http-error'
  | 'no-answer';

export class FetchFailure extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export interface FetchLimits {
  maxRedirects: number;
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxRedirects: 5, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;

export interface FetchOptions {
  policy?: AddressPolicy;
  limits?: Partial<FetchLimits>;
  /** Content types accepted (without parameters). */
  accept?: readonly string[];
  /** Request headers to send (If-None-Match, If-Modified-Since for feeds). */
  headers?: Record<string, string>;
  /** Name resolution; tests resolve made-up names to loopback through it. */
  resolve?: LookupFunction;
  userAgent?: string;
}

export interface Fetched {
  /** The address asked for, and the one the document finally came from. */
  requested: string;
  url: string;
  status: number;
  contentType: string;
  bytes: Buffer;
  headers: IncomingMessage['headers'];
  redirects: number;
}

const USER_AGENT = 'karabakh-bot (+corpus fetcher; one request per added page)';

function parseAddress(address: string): URL {
  if (!URL.canParse(address))
    throw new FetchFailure(
      'bad-address',
      `"${address}" is not a web address; give one such as https://example.org/article`,
    );
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailure(
      'bad-address',
      `only http and https addresses can be fetched, not ${url.protocol.replace(':', '')}`,
    );
  }
  if (url.username || url.password)
    throw new FetchFailure('bad-address', 'addresses with a user name or password are not fetched');
  return url;
}

/** A lookup that resolves every address of the name and refuses the name if any of them is refused. */
function guardedLookup(policy: AddressPolicy, resolve: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = (
        Array.isArray(addresses) ? addresses : [{ address: addresses as unknown as string, family: 4 }]
      ) as LookupAddress[];
      for (const { address } of list) {
        const refused = policy(address);
        if (refused) {
          return callback(
            new FetchFailure(
              'address-refused',
              `${hostname} resolves to ${refused}; the bot does not fetch from there`,
            ),
            '',
            0,
          );
        }
      }
      if (list.length === 0)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function describeNetworkError(error: NodeJS.ErrnoException, host: string): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchFailure) return cause;
  const code = error.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new FetchFailure('no-answer', `${host} could not be found (${code})`);
  if (code === 'ECONNREFUSED') return new FetchFailure('no-answer', `${host} refused the connection`);
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new FetchFailure('no-answer', `${host} closed the connection before the page was complete`);
  return new FetchFailure('no-answer', `${host} did not answer (${code || error.message})`);
}

const UNPACK: Record<string, (() => Transform) | undefined> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

interface Hop {
  status: number;
  headers: IncomingMessage['headers'];
  location?: string;
  bytes?: Buffer;
}

type HopSettings = Required<Pick<FetchOptions, 'policy' | 'accept' | 'resolve' | 'userAgent'>> & {
  headers: Record<string, string>;
  maxBytes: number;
  signal: AbortSignal;
};

function requestOnce(url: URL, options: HopSettings): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    // A literal address is connected to without a lookup: judge it here.
    const refused = options.policy(host);
    if (refused)
      return Promise.reject(
        new FetchFailure('address-refused', `${refused}; the bot does not fetch from there`),
      );
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup: guardedLookup(options.policy, options.resolve),
        headers: {
          'user-agent': options.userAgent,
          accept: `${options.accept.join(', ')};q=1, */*;q=0.1`,
          'accept-encoding': 'identity',
          ...options.headers,
        },
        signal: options.signal,
        agent: false,
      },
      (response) => {
        const remote = response.socket.remoteAddress;
        const refused = remote ? options.policy(remote) : 'the connection has no remote address';
        if (refused) {
          reject(
            new FetchFailure('address-refused', `connected to ${refused}; the bot does not fetch from there`),
          );
          response.destroy();
          return;
        }
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304) {
          response.resume();
          resolve({ status, headers: response.headers, location: response.headers.location });
          return;
        }
        if (status === 304) {
          response.resume();
          resolve({ status, headers: response.headers, bytes: Buffer.alloc(0) });
          return;
        }
        if (status < 200 || status >= 300) {
          response.resume();
          const said = `${url.host} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
          reject(new FetchFailure(status === 404 || status === 410 ? 'http-error' : 'no-answer', said));
          return;
        }
        const type = mediaType(response.headers['content-type']);
        if (!options.accept.includes(type)) {
          reject(
            new FetchFailure(
              'wrong-type',
              `${url.host} sent ${type || 'no content type'}, not ${options.accept.join(' or ')}`,
            ),
          );
          response.destroy();
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          reject(
            new FetchFailure(
              'too-large',
              `the page is ${declared} bytes; at most ${options.maxBytes} are fetched`,
            ),
          );
          response.destroy();
          return;
        }
        // Asked for identity, some servers compress anyway: the page's bytes are what it decompresses to,
        // and the size limit counts those (a small compressed answer may unpack to gigabytes).
        const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
        const unpack = UNPACK[encoding];
        if (encoding !== 'identity' && !unpack) {
          reject(
            new FetchFailure(
              'wrong-type',
              `${url.host} sent the page encoded as ${encoding}, which is not read`,
            ),
          );
          response.destroy();
          return;
        }
        const body: Readable = unpack ? response.pipe(unpack()) : response;
        const cut = () =>
          reject(
            new FetchFailure('no-answer', `${url.host} closed the connection before the page was complete`),
          );
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            reject(
              new FetchFailure(
                'too-large',
                `the page is over ${options.maxBytes} bytes; at most that many are fetched`,
              ),
            );
            response.destroy();
            body.destroy();
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => {
          if (!response.complete) cut();
          else resolve({ status, headers: response.headers, bytes: Buffer.concat(chunks) });
        });
        body.on('error', (error: NodeJS.ErrnoException) => {
          const damaged = unpack && !response.destroyed;
          reject(
            damaged
              ? new FetchFailure('no-answer', `${url.host} sent a damaged ${encoding} page`)
              : describeNetworkError(error, url.host),
          );
        });
        response.on('error', (error) => reject(describeNetworkError(error, url.host)));
        response.on('aborted', cut);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      reject(options.signal.aborted ? timeoutFailure(options.signal) : describeNetworkError(error, url.host));
    });
  });
}

function timeoutFailure(signal: AbortSignal): FetchFailure {
  const reason = signal.reason as unknown;
  return reason instanceof FetchFailure
    ? reason
    : new FetchFailure('timeout', 'the site did not answer in time');
}

/** Fetches `address`, following redirects, within the limits; throws FetchFailure saying why not. */
export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const first = parseAddress(address);
  const controller = new AbortController();
  const late = () =>
    controller.abort(
      new FetchFailure('timeout', `the site did not answer within ${limits.timeoutMs / 1000} s`),
    );
  const timer = setTimeout(late, limits.timeoutMs);
  const settings = {
    policy: options.policy ?? publicAddressesOnly,
    accept: options.accept ?? HTML_TYPES,
    resolve: options.resolve ?? (dnsLookup as LookupFunction),
    userAgent: options.userAgent ?? USER_AGENT,
    headers: options.headers ?? {},
    maxBytes: limits.maxBytes,
    signal: controller.signal,
  };
  try {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      const hop = await requestOnce(url, settings).catch((error: unknown) => {
        throw controller.signal.aborted ? timeoutFailure(controller.signal) : error;
      });
      if (hop.bytes) {
        const contentType = mediaType(hop.headers['content-type']);
        return {
          requested: first.href,
          url: url.href,
          status: hop.status,
          contentType,
          bytes: hop.bytes,
          headers: hop.headers,
          redirects,
        };
      }
      if (!hop.location)
        throw new FetchFailure('no-answer', `${url.host} answered ${hop.status} without saying where to`);
      if (redirects >= limits.maxRedirects)
        throw new FetchFailure('too-many-redirects', `more than ${limits.maxRedirects} redirects`);
      if (!URL.canParse(hop.location, url))
        throw new FetchFailure('no-answer', `${url.host} redirected to an address that is not one`);
      url = parseAddress(new URL(hop.location, url).href);
    }
  } finally {
    clearTimeout(timer);
  }
}
