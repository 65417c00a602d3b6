/**
 * Page buttons that need no memory: each button's custom_id carries the question (command and
 * options), the page it shows and a short version of the corpus it was answered from, so a press
 * is answered by asking the question again, after a restart, a reload or on another shard.
 *
 *   pg|<version>|<page>|<command>|<option index><value>|…     options inline (most questions)
 *   pg|<version>|<page>|<command>|#<hash>                     options too long for 100 characters
 *
 * Inline values escape only `%` and `|` (as %25 and %7C). When the options do not fit, the
 * button carries a hash of them and the options are kept in a bounded LRU (per question, not per
 * message); once a restart or the bound drops them, the press says plainly to ask again.
 * A custom_id comes back from the client and may be forged: decode() accepts only what encode()
 * makes, for a command and options the registry has; dispatch() then checks the values. With a
 * signing key (the bot's token: the same after a restart and on every shard), the first field
 * is `pg` and 6 characters of an HMAC of the rest, so only questions the bot answered come back
 * (a forged id cannot ask a cooled-down command around its cooldown).
 */
import { createHash, createHmac } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { CommandArgs, OptionDefinition } from '../command.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { MAX_PAGES } from '../render/pages.ts';

/** Discord's limit on a component's custom_id. */
export const CUSTOM_ID_MAX = 100;
const PREFIX = 'pg';
const VERSION_CHARS = 4;
const HASH_CHARS = 12;
const SIGNATURE_CHARS = 6;

export interface PagedCommand {
  name: string;
  options: readonly Pick<OptionDefinition, 'name'>[];
}

interface PageTarget {
  version: string;
  page: number;
  command: string;
  args: Record<string, string>;
}

export type Decoded =
  | { kind: 'ok'; target: PageTarget }
  /** A hashed question this process no longer holds (restart, or dropped by the bound). */
  | { kind: 'forgotten' }
  | { kind: 'invalid' };

export interface PageButtonsOptions {
  /** Long questions held for their hashed buttons (default 5,000). */
  maxLongQuestions?: number;
  /** Signs every id (see above); unsigned ids are then refused. */
  signingKey?: string;
}

export class PageButtons {
  private readonly commands: ReadonlyMap<string, PagedCommand>;
  private readonly long: LRUCache<string, { command: string; args: Record<string, string> }>;
  private readonly signingKey: string | undefined;

  constructor(commands: readonly PagedCommand[], options: PageButtonsOptions = {}) {
    this.commands = new Map(commands.map((c) => [c.name, c]));
    this.long = new LRUCache({ max: options.maxLongQuestions ?? 5_000 });
    this.signingKey = options.signingKey;
  }

  /** Whether a press may ask this command again (only commands given to the constructor). */
  pageable(command: string): boolean {
    return this.commands.has(command);
  }

  /** How many long questions are held (bounded by maxLongQuestions). */
  get heldQuestions(): number {
    return this.long.size;
  }

  /** The custom_id of a button showing `page` of the answer to `command` with `args`. */
  encode(version: string, page: number, command: string, args: CommandArgs): string {
    const definition = this.commands.get(command);
    if (!definition) throw new Error(`no pageable command /${command}`);
    const given: Record<string, string> = {};
    const parts: string[] = [];
    definition.options.forEach((option, i) => {
      const value = args[option.name];
      if (value === undefined) return;
      given[option.name] = value;
      parts.push(`${i.toString(36)}${escapeValue(value)}`);
    });
    const head = `${version}|${page}|${command}`;
    const inline = parts.length ? `${head}|${parts.join('|')}` : head;
    const prefix = this.prefixFor(inline);
    if (prefix.length + 1 + inline.length <= CUSTOM_ID_MAX) return `${prefix}|${inline}`;
    const options = inline.slice(head.length);
    const hash = createHash('sha256')
      .update(options)
      .update(`\0${command}`)
      .digest('base64url')
      .slice(0, HASH_CHARS);
    this.remember(hash, command, given);
    const hashed = `${head}|#${hash}`;
    return `${this.prefixFor(hashed)}|${hashed}`;
  }

  /** `pg`, and the signature of the rest of the id when there is a key. */
  private prefixFor(rest: string): string {
    if (this.signingKey === undefined) return PREFIX;
    return (
      PREFIX +
      createHmac('sha256', this.signingKey).update(rest).digest('base64url').slice(0, SIGNATURE_CHARS)
    );
  }

  decode(customId: string): Decoded {
    if (customId.length > CUSTOM_ID_MAX) return { kind: 'invalid' };
    const fields = customId.split('|');
    const [prefix, version, page, command, ...rest] = fields;
    if (prefix !== this.prefixFor(customId.slice((prefix ?? '').length + 1))) return { kind: 'invalid' };
    if (!version || !/^[A-Za-z0-9_-]{4}$/.test(version)) return { kind: 'invalid' };
    if (!page || !/^(0|[1-9]\d?)$/.test(page) || Number(page) >= MAX_PAGES || !command)
      return { kind: 'invalid' };
    const definition = this.commands.get(command);
    if (!definition) return { kind: 'invalid' };
    const base = { version, page: Number(page), command };
    if (rest.length === 1 && rest[0]!.startsWith('#')) {
      const hash = rest[0]!.slice(1);
      if (!/^[A-Za-z0-9_-]+$/.test(hash) || hash.length !== HASH_CHARS) return { kind: 'invalid' };
      const held = this.long.get(hash); // now the most recently used
      if (!held || held.command !== command) return { kind: 'forgotten' };
      return { kind: 'ok', target: { ...base, args: { ...held.args } } };
    }
    const args: Record<string, string> = {};
    let last = -1;
    for (const part of rest) {
      const index = part ? Number.parseInt(part[0]!, 36) : Number.NaN;
      const option = Number.isNaN(index) ? undefined : definition.options[index];
      // encode() writes options in definition order, each once.
      if (!option || index <= last) return { kind: 'invalid' };
      const value = unescapeValue(part.slice(1));
      if (value === null) return { kind: 'invalid' };
      args[option.name] = value;
      last = index;
    }
    return { kind: 'ok', target: { ...base, args } };
  }

  private remember(hash: string, command: string, args: Record<string, string>): void {
    this.long.set(hash, { command, args });
  }
}

function escapeValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/** The inverse of escapeValue, or null for anything escapeValue() would not have written. */
function unescapeValue(text: string): string | null {
  if (/%(?!25|7C)/.test(text)) return null;
  return text.replace(/%7C/g, '|').replace(/%25/g, '%');
}

const versions = new WeakMap<object, string>();

/**
 * A short version of the corpus a knowledge base holds: its documents' ids and content hashes,
 * in order (4 base64url characters, so a changed corpus is told apart but for 1 in 16 million).
 * Computed once per knowledge base.
 */
export function corpusVersion(kb: KnowledgeBase): string {
  const known = versions.get(kb);
  if (known) return known;
  const hash = createHash('sha256');
  const documents = (kb as Partial<KnowledgeBase>).documents;
  if (documents) for (const doc of documents.values()) hash.update(`${doc.id}\0${doc.sha256}\0`);
  const version = hash.digest('base64url').slice(0, VERSION_CHARS);
  versions.set(kb, version);
  return version;
}
