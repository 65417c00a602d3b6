/**
 * The registration JSON against Discord's own API description (../shared/discord-api-spec, when
 * present): every command and option of the real registry, and one option of each kind we can
 * define, is a valid ApplicationCommandCreateRequest. Skips when the description is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { defineCommand } from '../../src/command.ts';
import { commandsToDiscordJSON } from '../../src/discord/deploy.ts';

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

const specPath = ['../..', '../../..', '../../../..']
  .map((up) => join(import.meta.dirname, up, 'shared/discord-api-spec/openapi.json'))
  .find(existsSync);
const schemas: Record<string, Schema> = specPath
  ? (JSON.parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, Schema> } })
      .components.schemas
  : {};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The JSON Schema subset the spec uses for commands; returns where the value breaks it. */
function problems(value: unknown, schema: Schema, at: string): string[] {
  if (schema.$ref) return problems(value, schemas[schema.$ref.split('/').at(-1) ?? ''] ?? {}, at);
  const out: string[] = [];
  const type = typeOf(value);
  const allowed = schema.type === undefined ? undefined : [schema.type].flat();
  if (allowed && !allowed.includes(type) && !(type === 'integer' && allowed.includes('number')))
    return [`${at}: ${type}, not ${allowed.join('|')}`];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${String(value)} not in enum`);
  if ('const' in schema && schema.const !== value) out.push(`${at}: ${String(value)} is not ${schema.const}`);
  for (const part of schema.allOf ?? []) out.push(...problems(value, part, at));
  if (schema.oneOf && schema.oneOf.filter((s) => problems(value, s, at).length === 0).length !== 1)
    out.push(`${at}: matches not exactly one of ${schema.oneOf.length} schemas`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) out.push(`${at}: shorter than allowed`);
    if (schema.maxLength !== undefined && length > schema.maxLength) out.push(`${at}: longer than allowed`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${at}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${at}: too many items`);
    value.forEach((item, i) => {
      if (schema.items) out.push(...problems(item, schema.items, `${at}[${i}]`));
    });
  }
  if (type === 'object' && schema.properties) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) out.push(`${at}.${key}: missing`);
    for (const [key, field] of Object.entries(object)) {
      const property = schema.properties[key];
      out.push(...(property ? problems(field, property, `${at}.${key}`) : [`${at}.${key}: not in the spec`]));
    }
  }
  return out;
}

/**
 * Discord documents default_member_permissions as a string of permission bits (what discord.js
 * and discord-api-types send); the description types it as an integer. Checked as that integer.
 */
function asSpecTypes(command: ReturnType<typeof commandsToDiscordJSON>[number]): unknown {
  const { default_member_permissions: bits, ...rest } = command;
  return bits === undefined || bits === null ? rest : { ...rest, default_member_permissions: Number(bits) };
}

const everyKind = defineCommand({
  name: 'kinds',
  description: 'One option of each kind',
  options: [
    { type: 'string', name: 'words', description: 'Words', required: true, minLength: 2, maxLength: 200 },
    {
      type: 'string',
      name: 'side',
      description: 'A side',
      choices: [
        { name: 'Armenia', value: 'am' },
        { name: 'Azerbaijan', value: 'az' },
      ],
    },
    { type: 'string', name: 'speaker', description: 'A speaker', autocomplete: true },
    { type: 'integer', name: 'count', description: 'How many', minValue: 1, maxValue: 25 },
    { type: 'integer', name: 'year', description: 'A year', choices: [{ name: '2023', value: 2023 }] },
    { type: 'number', name: 'share', description: 'A share', minValue: 0, maxValue: 1 },
    { type: 'boolean', name: 'all', description: 'Everything' },
  ],
  examples: ['/kinds words:ceasefire'],
  defaultMemberPermissions: 'ManageGuild',
  run: () => ({ pages: [], ephemeral: false }),
});

describe.skipIf(!specPath)('registration JSON is what Discord’s API description accepts', () => {
  const request = schemas.ApplicationCommandCreateRequest ?? {};

  it('every command of the real registry', () => {
    for (const command of commandsToDiscordJSON(commands))
      expect(problems(asSpecTypes(command), request, command.name)).toEqual([]);
  });

  it('an option of every kind, with lengths, ranges, choices and autocomplete', () => {
    const json = commandsToDiscordJSON([everyKind])[0];
    if (!json) throw new Error('no JSON for the command');
    expect(json.options.map((o) => [o.name, o.type])).toEqual([
      ['words', 3],
      ['side', 3],
      ['speaker', 3],
      ['count', 4],
      ['year', 4],
      ['share', 10],
      ['all', 5],
    ]);
    expect(json.options[3]).toEqual({
      type: 4,
      name: 'count',
      description: 'How many',
      required: false,
      min_value: 1,
      max_value: 25,
    });
    expect(problems(asSpecTypes(json), request, 'kinds')).toEqual([]);
  });

  it('the check itself catches what Discord would refuse', () => {
    const [json] = commandsToDiscordJSON(commands);
    const broken = { ...json, options: [{ ...json?.options[0], type: 3, max_lenght: 5 }] };
    expect(problems(broken, request, 'x').join()).toMatch(
      /max_lenght: not in the spec|matches not exactly one/,
    );
  });
});
