import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/until.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The boundary's line for one interaction, once it is written. */
async function answeredLine(id: string): Promise<Record<string, unknown>> {
  let line: Record<string, unknown> | undefined;
  await until(() => {
    line = h.logEntries().find((e) => e.msg === 'answered' && e.interactionId === id);
    return line !== undefined;
  });
  return line!;
}

describe('the error boundary: one structured line per interaction', () => {
  it('a command → id, kind, command, outcome and latency', async () => {
    const sent = h.fake.sendCommand('echo', { text: 'hello' });
    await h.fake.waitForCallback(sent);
    expect(await answeredLine(sent.id)).toMatchObject({
      kind: 'command',
      command: 'echo',
      outcome: 'ok',
      ms: expect.any(Number),
      pages: 1,
    });
  });

  it('a handler that throws → outcome failed, after the error line with the stack', async () => {
    const sent = h.fake.sendCommand('boom');
    await h.fake.waitForCallback(sent);
    const line = await answeredLine(sent.id);
    expect(line).toMatchObject({ kind: 'command', command: 'boom', outcome: 'failed' });
    const at = (msg: string) => h.logEntries().findIndex((e) => e.msg === msg && e.interactionId === sent.id);
    expect(at('interaction failed')).toBeGreaterThanOrEqual(0);
    expect(at('interaction failed')).toBeLessThan(at('answered'));
  });

  it('a command the registry does not have → counted as unknown, answered as bad input', async () => {
    const sent = h.fake.sendCommand('no-such-command');
    await h.fake.waitForCallback(sent);
    expect(await answeredLine(sent.id)).toMatchObject({ command: 'unknown', outcome: 'bad-input' });
  });

  it('autocomplete and a forged button pass through it too, each under its kind', async () => {
    const typed = h.fake.sendAutocomplete('place', { name: 'Ste' }, 'name');
    await h.fake.waitForCallback(typed);
    expect(await answeredLine(typed.id)).toMatchObject({
      kind: 'autocomplete',
      command: 'place',
      outcome: 'ok',
    });
    const pressed = h.fake.pressButton('pg|AAAA|1|pages|0x');
    await h.fake.waitForCallback(pressed);
    expect(await answeredLine(pressed.id)).toMatchObject({
      kind: 'button',
      command: 'pages',
      outcome: 'bad-input',
    });
  });
});
