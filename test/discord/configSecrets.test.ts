/** A configuration error names the variable and the shape it wants, never a value that could be a secret. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/discord/config.ts';
import { NODE_FLAGS } from '../../src/runtime.ts';
import { fakeToken } from '../support/fakeDiscord.ts';

const TOKEN = fakeToken('123456789012345678');
const APP = '123456789012345678';

function problem(env: Record<string, string | undefined>): string {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** No run of 6 or more of the value's characters appears in the message. */
function expectNothingOf(secret: string, message: string): void {
  for (let i = 0; i + 6 <= secret.length; i++) expect(message).not.toContain(secret.slice(i, i + 6));
}

describe('a secret in the wrong variable', () => {
  it('npm start with the bot token pasted into DISCORD_APPLICATION_ID: "looks like a bot token", none of its characters', () => {
    const other = fakeToken('876543210987654321');
    const result = spawnSync(process.execPath, [...NODE_FLAGS, '--import', 'tsx', 'src/discord/main.ts'], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: other },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_APPLICATION_ID is malformed: .*looks like a bot token/);
    expectNothingOf(other, result.stderr);
  });

  it.each(['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL', 'SHARDS'])(
    '%s holding the token: not echoed',
    (variable) => {
      const message = problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, [variable]: TOKEN });
      expect(message).toMatch(new RegExp(`^${variable} is malformed`));
      expect(message).toContain('looks like a bot token');
      expectNothingOf(TOKEN, message);
    },
  );

  it('a token with its "Bot " prefix, or quoted, is still recognised', () => {
    for (const value of [`Bot ${TOKEN}`, `"${TOKEN}"`]) {
      const message = problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: value });
      expect(message).toContain('looks like a bot token');
      expectNothingOf(TOKEN, message);
    }
  });

  it('another long random-looking value (a client secret, an API key) is not echoed either', () => {
    const secret = 'q8Xv2LmT9zR4kP7wN1bY6cH3jF5sD0aG';
    const message = problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: secret });
    expect(message).toContain('not shown');
    expectNothingOf(secret, message);
  });

  it('a URL with a password in it is shown without the password', () => {
    const message = problem({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: 'ftp://user:hunter2secret@example.org/api',
    });
    expect(message).not.toContain('hunter2secret');
  });

  it('an ordinary typo is still shown, so the operator can see it', () => {
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '12ab' })).toContain('"12ab"');
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, LOG_LEVEL: 'loud' })).toContain(
      '"loud"',
    );
  });
});

describe('corpus settings', () => {
  it('a malformed MAX_DOCUMENT_BYTES stops the start with one line naming it', () => {
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, MAX_DOCUMENT_BYTES: 'big' })).toMatch(
      /^MAX_DOCUMENT_BYTES is malformed: expected a size in bytes/,
    );
    expect(
      problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, MAX_DOCUMENT_BYTES: TOKEN }),
    ).not.toContain(TOKEN.slice(0, 8));
    expect(
      readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, MAX_DOCUMENT_BYTES: '8MB' }).corpusDir,
    ).toBe('corpus');
  });
});
