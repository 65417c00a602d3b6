import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  name: string;
  /** pino level (the config's LOG_LEVEL); `info` by default. */
  level?: string;
  /**
   * Where JSON lines go; defaults to stderr (fd 2) so stdout stays clean for the console's answers,
   * made readable by pino-pretty with `pretty` (the config's choice, see prettyWanted).
   */
  destination?: { write(line: string): unknown };
  pretty?: boolean;
  /** Exact strings (such as the bot token) scrubbed from every line, wherever they appear. */
  secrets?: readonly string[];
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Structured fields that hold credentials, whatever their value looks like. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'config.token',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'authorization',
  'password',
];

/**
 * Values that look like credentials even when they arrive inside a message or a stack trace:
 * Discord bot tokens (three base64url parts), `Bot …` authorization headers, and the
 * interaction/webhook tokens that discord.js puts in request URLs of its errors.
 */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g, '[Redacted]'],
  [/\b(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g, '$1 [Redacted]'],
  [/(\/(?:interactions|webhooks)\/\d{1,20}\/)[A-Za-z0-9._-]{20,}/g, '$1[Redacted]'],
];

export function scrubSecrets(line: string, secrets: readonly string[] = []): string {
  let clean = line;
  for (const secret of secrets) {
    if (secret.length >= 8) clean = clean.split(secret).join('[Redacted]');
  }
  for (const [shape, replacement] of SECRET_SHAPES) clean = clean.replace(shape, replacement);
  return clean;
}

export function createLogger(options: LoggerOptions): Logger {
  const requested = (options.level ?? 'info').trim().toLowerCase();
  const level = LEVELS.has(requested) ? requested : 'info';
  const target =
    options.destination ??
    (options.pretty ? prettyStderr() : undefined) ??
    pino.destination({ fd: 2, sync: true });
  const secrets = options.secrets ?? [];
  const scrubbing: DestinationStream = {
    write: (line: string) => void target.write(scrubSecrets(line, secrets)),
  };
  return pino(
    {
      name: options.name,
      level,
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    scrubbing,
  );
}

/**
 * Readable lines for a person at a terminal; JSON lines for everything else (a log collector, a
 * pipe, the tests, CI). LOG_FORMAT=json or pretty overrides the guess.
 */
export function prettyWanted(
  env: Readonly<Record<string, string | undefined>>,
  isTerminal = process.stderr.isTTY === true,
): boolean {
  const format = env.LOG_FORMAT?.trim().toLowerCase();
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return isTerminal && !env.CI && !env.VITEST && env.NODE_ENV !== 'production';
}

/** pino-pretty writing to stderr when installed (a dev dependency: production logs JSON). */
function prettyStderr(): { write(line: string): unknown } | undefined {
  try {
    const pretty = createRequire(import.meta.url)('pino-pretty') as (options: object) => {
      write(line: string): unknown;
    };
    return pretty({
      destination: 2,
      sync: true,
      colorize: process.stderr.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
    });
  } catch {
    return undefined;
  }
}
