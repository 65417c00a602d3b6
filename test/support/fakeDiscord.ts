/**
 * A small Discord on 127.0.0.1 for end-to-end tests and demos: the HTTP API routes discord.js
 * uses (gateway info, command registration, interaction callbacks, webhook edits and follow-ups)
 * and a JSON gateway (hello, identify → ready, heartbeats, resume, dispatches). Everything is
 * recorded for assertions, and faults can be injected: 429s, 500s, 10062 Unknown interaction,
 * resumable closes and invalid sessions. Several shards may connect at once, each on its own
 * gateway session, and interactions go to the shard Discord would route them to. No real
 * network is touched.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';

interface AllowedMentionsBody {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

interface ButtonBody {
  type: number;
  style?: number;
  label?: string;
  custom_id?: string;
  disabled?: boolean;
}

interface EmbedBody {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}

/** A message as the bot sends it (snake_case, as on the wire). */
export interface MessageBody {
  content?: string;
  embeds?: EmbedBody[];
  components?: { type: number; components: ButtonBody[] }[];
  allowed_mentions?: AllowedMentionsBody;
  flags?: number;
  choices?: { name: string; value: string }[];
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. `/interactions/1/abc/callback`. */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body: unknown;
  status: number;
  at: number;
}

export interface CallbackRecord {
  interactionId: string;
  type: number;
  data?: MessageBody;
  at: number;
}

export interface WebhookRecord {
  method: 'PATCH' | 'POST' | 'DELETE';
  token: string;
  /** `@original`, or a follow-up message id. */
  messageId: string;
  body?: MessageBody;
  at: number;
}

export interface CommandDeployment {
  /** `global`, or the guild id. */
  scope: string;
  body: unknown;
}

export interface GatewayRecord {
  kind: 'connect' | 'identify' | 'resume' | 'heartbeat' | 'close';
  code?: number;
  token?: string;
  intents?: number;
  /** What an IDENTIFY asked for: [shard id, shard count]. */
  shard?: [number, number];
  at: number;
}

export interface SentInteraction {
  id: string;
  token: string;
}

export interface Fault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const faults = {
  rateLimited: (retryAfterSeconds: number): Fault => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
  }),
  serverError: (): Fault => ({
    status: 500,
    body: { message: '500: Internal Server Error', code: RESTJSONErrorCodes.GeneralError },
  }),
  unknownInteraction: (): Fault => ({
    status: 404,
    body: { message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction },
  }),
};

interface PendingFault {
  method?: string;
  path: RegExp;
  fault: Fault;
  remaining: number;
}

interface InteractionState {
  id: string;
  token: string;
  acknowledged: boolean;
  /** INTERACTION_CREATE type (2 command, 3 component, 4 autocomplete) and who sent it. */
  type: number;
  userId: string;
  /** The id of the message this interaction's answer is (set by a type 4 or 5 callback). */
  originalMessageId?: string;
  /** For button presses: the message the button was on. */
  sourceMessageId?: string;
}

interface StoredMessage {
  id: string;
  body: MessageBody;
  /** The interaction whose answer this message is (Discord's `interaction_metadata`). */
  madeBy?: { id: string; type: number; userId: string };
}

interface Session {
  id: string;
  /** [shard id, shard count], as identified. */
  shard: [number, number];
  seq: number;
  socket?: WebSocket;
  alive: boolean;
}

interface InteractionOptions {
  userId?: string;
  guildId?: string;
  /** The shard whose connection carries it; by default the one Discord routes the guild to. */
  shard?: number;
  /** The member's permission bits in the guild (a decimal string), as Discord computes them. */
  permissions?: string;
}

export interface FakeDiscordOptions {
  /** The token the fake accepts (a well-shaped fake is made when absent). */
  token?: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Shards recommended by GET /gateway/bot (default 1). */
  shards?: number;
  /** session_start_limit.max_concurrency of GET /gateway/bot (default 1). */
  maxConcurrency?: number;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
const JSON_HEADERS = { 'content-type': 'application/json' };

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly defaultUserId = '300000000000000001';
  readonly defaultGuildId = '400000000000000001';
  readonly channelId = '500000000000000001';

  readonly requests: RecordedRequest[] = [];
  readonly callbacks: CallbackRecord[] = [];
  readonly webhooks: WebhookRecord[] = [];
  readonly deployments: CommandDeployment[] = [];
  readonly gateway: GatewayRecord[] = [];

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly pendingFaults: PendingFault[] = [];
  private readonly heartbeatIntervalMs: number;
  private readonly recommendedShards: number;
  private readonly maxConcurrency: number;
  /** The latest session of each shard id. */
  private readonly sessions = new Map<number, Session>();
  /** The session identified last: what the single-shard helpers (close, invalidate) act on. */
  private session: Session | undefined;
  private counter = 0;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? '100000000000000001';
    this.botUserId = this.applicationId;
    this.token = options.token ?? fakeToken(this.botUserId);
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.recommendedShards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What discord.js takes as `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** A live gateway session that can receive dispatches (after READY or RESUMED). */
  get connected(): boolean {
    return this.connectedShards.length > 0;
  }

  /** Shard ids with a live session, ascending. */
  get connectedShards(): number[] {
    return [...this.sessions.values()]
      .filter(isLive)
      .map((s) => s.shard[0])
      .sort((a, b) => a - b);
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  // ── Faults ────────────────────────────────────────────────────────────────────────────────

  /** The next `times` requests matching `path` (after /api/v10) get `fault` instead of an answer. */
  failNext(path: RegExp, fault: Fault, times = 1, method?: string): void {
    this.pendingFaults.push({ path, fault, remaining: times, ...(method && { method }) });
  }

  /** Closes the gateway socket with a code the client may resume after (4000 Unknown error by default). */
  closeGateway(code: number = GatewayCloseCodes.UnknownError): void {
    this.session?.socket?.close(code, 'fake discord closed the connection');
  }

  /** Sends op 9 Invalid Session; not resumable unless told, so the client must identify again. */
  invalidateSession(resumable = false): void {
    const session = this.session;
    if (!session?.socket) return;
    if (!resumable) session.alive = false;
    session.socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: resumable }));
  }

  /** Later answers to this interaction get 404 Unknown interaction, as after Discord's 3 s / 15 min windows. */
  expireInteraction(id: string): void {
    this.interactions.delete(id);
  }

  // ── Interactions ──────────────────────────────────────────────────────────────────────────

  /** Dispatches a slash command (INTERACTION_CREATE type 2) with string options. */
  sendCommand(
    name: string,
    options: Record<string, string> = {},
    who: InteractionOptions = {},
  ): SentInteraction {
    const data = {
      id: this.snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type: ApplicationCommandOptionType.String,
        value,
      })),
    };
    return this.dispatchInteraction(InteractionType.ApplicationCommand, data, who);
  }

  /** Dispatches an autocomplete request (type 4) with `focused` the option being typed. */
  sendAutocomplete(
    name: string,
    options: Record<string, string>,
    focused: string,
    who: InteractionOptions = {},
  ): SentInteraction {
    const data = {
      id: this.snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type: ApplicationCommandOptionType.String,
        value,
        ...(optionName === focused && { focused: true }),
      })),
    };
    return this.dispatchInteraction(InteractionType.ApplicationCommandAutocomplete, data, who);
  }

  /** Presses a button (type 3) on the message that carries this custom_id, as Discord would. */
  pressButton(customId: string, who: InteractionOptions = {}): SentInteraction {
    // The newest message with that button the presser can see (an ephemeral one only its own user sees).
    const presser = who.userId ?? this.defaultUserId;
    const visible = (m: StoredMessage) =>
      !((m.body.flags ?? 0) & MessageFlags.Ephemeral) || m.madeBy?.userId === presser;
    const message = [...this.messages.values()]
      .reverse()
      .find(
        (m) =>
          visible(m) &&
          m.body.components?.some((row) => row.components.some((c) => c.custom_id === customId)),
      );
    const messageId = message?.id ?? this.snowflake();
    const data = { custom_id: customId, component_type: ComponentType.Button };
    return this.dispatchInteraction(
      InteractionType.MessageComponent,
      data,
      who,
      message ? this.storedMessageJSON(messageId) : this.messageJSON(messageId, { content: '' }),
      messageId,
    );
  }

  // ── Waiting ───────────────────────────────────────────────────────────────────────────────

  async waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        throw new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  callbacksFor(interactionId: string): CallbackRecord[] {
    return this.callbacks.filter((c) => c.interactionId === interactionId);
  }

  waitForCallback(interaction: SentInteraction, timeoutMs?: number): Promise<CallbackRecord> {
    return this.waitFor(
      () => this.callbacks.find((c) => c.interactionId === interaction.id),
      `a callback to interaction ${interaction.id}`,
      timeoutMs,
    );
  }

  /** The answer to an interaction: the reply (or a button's update) itself, or the edit that follows a deferral. */
  async answerOf(interaction: SentInteraction, timeoutMs = 10_000): Promise<MessageBody> {
    const callback = await this.waitForCallback(interaction, timeoutMs);
    if (
      callback.type === InteractionResponseType.ChannelMessageWithSource ||
      callback.type === InteractionResponseType.UpdateMessage
    )
      return callback.data!;
    const found = () => this.webhooks.find((w) => w.token === interaction.token && w.method !== 'DELETE');
    return (await this.waitFor(found, 'the deferred answer', timeoutMs)).body!;
  }

  waitForWebhook(
    interaction: SentInteraction,
    method: WebhookRecord['method'],
    timeoutMs?: number,
  ): Promise<WebhookRecord> {
    return this.waitFor(
      () => this.webhooks.find((w) => w.token === interaction.token && w.method === method),
      `a ${method} webhook for interaction ${interaction.id}`,
      timeoutMs,
    );
  }

  /** Every message body the bot sent in any way: callbacks, edits and follow-ups. */
  allMessageBodies(): MessageBody[] {
    return [
      // Types 4 and 7 carry messages; 5 (deferral) and 8 (autocomplete choices) do not.
      ...this.callbacks.flatMap((c) =>
        c.data &&
        (c.type === InteractionResponseType.ChannelMessageWithSource ||
          c.type === InteractionResponseType.UpdateMessage)
          ? [c.data]
          : [],
      ),
      ...this.webhooks.flatMap((w) => (w.body ? [w.body] : [])),
    ];
  }

  gatewayCount(kind: GatewayRecord['kind']): number {
    return this.gateway.filter((g) => g.kind === kind).length;
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── HTTP ──────────────────────────────────────────────────────────────────────────────────

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const body = await readBody(req);
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      ...(req.headers.authorization && { authorization: req.headers.authorization }),
      body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (json === undefined) {
        // An empty 204 must not claim to be JSON: undici would try to parse the empty body.
        res.writeHead(status, headers).end();
      } else {
        res.writeHead(status, { ...JSON_HEADERS, ...headers }).end(JSON.stringify(json));
      }
    };

    const fault = this.takeFault(method, path);
    if (fault) {
      answer(
        fault.status,
        fault.body ?? { message: 'fault', code: RESTJSONErrorCodes.GeneralError },
        fault.headers,
      );
      return;
    }
    const authenticatedRoute = !/^\/(interactions|webhooks)\//.test(path);
    if (authenticatedRoute && req.headers.authorization !== `Bot ${this.token}`) {
      answer(401, { message: '401: Unauthorized', code: RESTJSONErrorCodes.GeneralError });
      return;
    }
    this.route(method, path, url.searchParams, body, answer);
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    answer: (status: number, json?: unknown) => void,
  ): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      answer(200, {
        url: this.gatewayUrl,
        shards: this.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: this.maxConcurrency,
        },
      });
    } else if (method === 'GET' && path === '/users/@me') {
      answer(200, this.botUser());
    } else if (method === 'GET' && path === '/applications/@me') {
      answer(200, {
        id: this.applicationId,
        name: 'fake-bot',
        description: '',
        flags: 0,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: 'x',
      });
    } else if (method === 'PUT' && (m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(path))) {
      this.deployments.push({ scope: m[2] ?? 'global', body });
      const list = Array.isArray(body) ? body : [];
      answer(
        200,
        list.map((command: object) => ({
          ...command,
          id: this.snowflake(),
          application_id: m![1],
          version: this.snowflake(),
          default_member_permissions: null,
          ...command,
        })),
      );
    } else if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      this.onCallback(
        m[1]!,
        m[2]!,
        body as { type: number; data?: MessageBody },
        query.get('with_response') === 'true',
        answer,
      );
    } else if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      this.onWebhookMessage(method, m[2]!, m[3]!, body as MessageBody | undefined, answer);
    } else if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) {
      const token = m[2]!;
      if (!this.interactionByToken(token)) {
        answer(404, { message: 'Unknown Webhook', code: RESTJSONErrorCodes.UnknownWebhook });
        return;
      }
      const id = this.snowflake();
      const state = this.interactionByToken(token)!;
      this.messages.set(id, {
        id,
        body: body as MessageBody,
        madeBy: { id: state.id, type: state.type, userId: state.userId },
      });
      this.webhooks.push({ method: 'POST', token, messageId: id, body: body as MessageBody, at: Date.now() });
      answer(200, this.storedMessageJSON(id));
    } else {
      answer(404, { message: '404: Not Found', code: RESTJSONErrorCodes.GeneralError });
    }
  }

  private onCallback(
    id: string,
    token: string,
    body: { type: number; data?: MessageBody },
    withResponse: boolean,
    answer: (status: number, json?: unknown) => void,
  ): void {
    const state = this.interactions.get(id);
    if (!state || state.token !== token) {
      answer(404, { message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction });
      return;
    }
    if (state.acknowledged) {
      answer(400, {
        message: 'Interaction has already been acknowledged.',
        code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
      });
      return;
    }
    state.acknowledged = true;
    this.callbacks.push({
      interactionId: id,
      type: body.type,
      ...(body.data && { data: body.data }),
      at: Date.now(),
    });
    let messageId: string | undefined;
    if (
      body.type === InteractionResponseType.ChannelMessageWithSource ||
      body.type === InteractionResponseType.DeferredChannelMessageWithSource
    ) {
      messageId = this.snowflake();
      state.originalMessageId = messageId;
      const madeBy = { id, type: state.type, userId: state.userId };
      this.messages.set(messageId, {
        id: messageId,
        body:
          body.type === InteractionResponseType.ChannelMessageWithSource
            ? (body.data ?? {})
            : { content: '', flags: body.data?.flags ?? 0 },
        madeBy,
      });
    } else if (body.type === InteractionResponseType.UpdateMessage && state.sourceMessageId) {
      messageId = state.sourceMessageId;
      const previous = this.messages.get(messageId);
      this.messages.set(messageId, { ...previous, id: messageId, body: { ...previous?.body, ...body.data } });
    } else if (body.type === InteractionResponseType.DeferredMessageUpdate && state.sourceMessageId) {
      // A deferred update: later edits of @original edit the message the button was on.
      messageId = state.sourceMessageId;
      state.originalMessageId = messageId;
    }
    if (!withResponse) {
      answer(204);
      return;
    }
    answer(200, {
      interaction: {
        id,
        type: InteractionType.ApplicationCommand,
        activity_instance_id: null,
        response_message_id: messageId ?? null,
        response_message_loading: body.type === InteractionResponseType.DeferredChannelMessageWithSource,
        response_message_ephemeral: Boolean((body.data?.flags ?? 0) & MessageFlags.Ephemeral),
      },
      ...(messageId &&
        this.messages.has(messageId) && {
          resource: { type: body.type, message: this.storedMessageJSON(messageId) },
        }),
    });
  }

  private onWebhookMessage(
    method: string,
    token: string,
    messageId: string,
    body: MessageBody | undefined,
    answer: (status: number, json?: unknown) => void,
  ): void {
    const state = this.interactionByToken(token);
    if (!state?.acknowledged) {
      answer(404, { message: 'Unknown Webhook', code: RESTJSONErrorCodes.UnknownWebhook });
      return;
    }
    const id = messageId === '@original' ? state.originalMessageId : messageId;
    const stored = id ? this.messages.get(id) : undefined;
    if (!id || !stored) {
      answer(404, { message: 'Unknown Message', code: RESTJSONErrorCodes.UnknownMessage });
      return;
    }
    if (method === 'GET') {
      answer(200, this.storedMessageJSON(id));
      return;
    }
    if (method !== 'PATCH' && method !== 'DELETE') {
      answer(405, { message: '405: Method Not Allowed', code: RESTJSONErrorCodes.GeneralError });
      return;
    }
    this.webhooks.push({ method, token, messageId, ...(body && { body }), at: Date.now() });
    if (method === 'DELETE') {
      this.messages.delete(id);
      answer(204);
      return;
    }
    stored.body = { ...stored.body, ...body };
    answer(200, this.storedMessageJSON(id));
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const pending = this.pendingFaults.find(
      (f) => f.remaining > 0 && f.path.test(path) && (!f.method || f.method === method),
    );
    if (!pending) return undefined;
    pending.remaining -= 1;
    return pending.fault;
  }

  private interactionByToken(token: string): InteractionState | undefined {
    for (const state of this.interactions.values()) if (state.token === token) return state;
    return undefined;
  }

  // ── Gateway ───────────────────────────────────────────────────────────────────────────────

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    this.gateway.push({ kind: 'connect', at: Date.now() });
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      this.gateway.push({ kind: 'close', code, at: Date.now() });
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = undefined;
    });
    socket.on('message', (raw) => this.onGatewayMessage(socket, String(raw)));
    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } }),
    );
  }

  private onGatewayMessage(socket: WebSocket, raw: string): void {
    let payload: { op: number; d: unknown };
    try {
      payload = JSON.parse(raw);
    } catch {
      socket.close(GatewayCloseCodes.DecodeError, 'Decode error');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.gateway.push({ kind: 'heartbeat', at: Date.now() });
        socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
        break;
      case GatewayOpcodes.Identify: {
        const identify = payload.d as { token: string; intents: number; shard?: [number, number] };
        const shard = identify.shard ?? [0, 1];
        this.gateway.push({
          kind: 'identify',
          token: identify.token,
          intents: identify.intents,
          shard,
          at: Date.now(),
        });
        if (identify.token !== this.token) {
          socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
          return;
        }
        if (
          !Number.isInteger(shard[0]) ||
          !Number.isInteger(shard[1]) ||
          shard[0] < 0 ||
          shard[0] >= shard[1]
        ) {
          socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard');
          return;
        }
        this.session = { id: randomBytes(16).toString('hex'), shard, seq: 0, socket, alive: true };
        this.sessions.set(shard[0], this.session);
        this.send(this.session, 'READY', {
          v: 10,
          user: this.botUser(),
          guilds: [],
          session_id: this.session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          relationships: [],
          presences: [],
          user_settings: {},
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        break;
      }
      case GatewayOpcodes.Resume: {
        const resume = payload.d as { token: string; session_id: string; seq: number };
        this.gateway.push({ kind: 'resume', token: resume.token, at: Date.now() });
        const session = [...this.sessions.values()].find((s) => s.id === resume.session_id);
        if (!session?.alive || resume.token !== this.token) {
          socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
          return;
        }
        session.socket = socket;
        this.send(session, 'RESUMED', {});
        break;
      }
      default:
        break;
    }
  }

  private send(session: Session, event: string, data: unknown): void {
    session.seq += 1;
    session.socket?.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data }));
  }

  private dispatchInteraction(
    type: number,
    data: object,
    who: InteractionOptions,
    message?: object,
    sourceMessageId?: string,
  ): SentInteraction {
    const guildId = who.guildId ?? this.defaultGuildId;
    const session = this.sessionFor(guildId, who.shard);
    const id = this.snowflake();
    const token = `aW50ZXJhY3Rpb246${id}${randomBytes(24).toString('base64url')}`;
    const userId = who.userId ?? this.defaultUserId;
    this.interactions.set(id, {
      id,
      token,
      acknowledged: false,
      type,
      userId,
      ...(sourceMessageId && { sourceMessageId }),
    });
    const user = { id: userId, username: 'tester', global_name: 'Tester', discriminator: '0', avatar: null };
    this.send(session, 'INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: guildId,
      channel_id: this.channelId,
      channel: {
        id: this.channelId,
        type: ChannelType.GuildText,
        guild_id: guildId,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      },
      member: {
        user,
        roles: [],
        permissions: who.permissions ?? '2248473465835073',
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
      },
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guildId },
      context: 0,
      attachment_size_limit: 8_388_608,
      ...(message && { message }),
    });
    return { id, token };
  }

  /** The given shard's session, else Discord's routing: shard = (guild_id >> 22) % shard count. */
  private sessionFor(guildId: string, shardId: number | undefined): Session {
    const live = [...this.sessions.values()].filter(isLive);
    if (live.length === 0) throw new Error('fake discord: no gateway session to dispatch an interaction on');
    const target = shardId ?? Number((BigInt(guildId) >> 22n) % BigInt(live[0]!.shard[1]));
    const session = live.find((s) => s.shard[0] === target);
    if (!session)
      throw new Error(
        `fake discord: shard ${target} has no gateway session (connected: ${this.connectedShards.join(', ')})`,
      );
    return session;
  }

  // ── Shapes ────────────────────────────────────────────────────────────────────────────────

  private botUser() {
    return {
      id: this.botUserId,
      username: 'karabakh-bot',
      global_name: null,
      discriminator: '0000',
      avatar: null,
      bot: true,
      flags: 0,
      verified: true,
      mfa_enabled: false,
    };
  }

  /** A stored message as Discord shows it, with `interaction_metadata` when an interaction made it. */
  private storedMessageJSON(id: string) {
    const stored = this.messages.get(id)!;
    const made = stored.madeBy;
    const user = made && {
      id: made.userId,
      username: 'tester',
      global_name: 'Tester',
      discriminator: '0',
      avatar: null,
    };
    return {
      ...this.messageJSON(id, stored.body),
      ...(made && {
        interaction_metadata: {
          id: made.id,
          type: made.type,
          user,
          authorizing_integration_owners: { 0: this.defaultGuildId },
        },
      }),
    };
  }

  private messageJSON(id: string, body: MessageBody) {
    return {
      id,
      type: MessageType.Default,
      channel_id: this.channelId,
      application_id: this.applicationId,
      author: this.botUser(),
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      webhook_id: this.applicationId,
    };
  }

  private snowflake(): string {
    this.counter = (this.counter + 1) % 4096;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(this.counter));
  }
}

function isLive(session: Session): boolean {
  return session.alive && session.socket?.readyState === 1;
}

/** A token of the real shape (base64url user id . timestamp . hmac) that is obviously fake. */
export function fakeToken(userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.ZmFrZQ.${randomBytes(27).toString('base64url')}`;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // discord.js sends multipart only with files; the JSON part is all the bot's answers use.
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    return json ? JSON.parse(json[1]!) : text;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
