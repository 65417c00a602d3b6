/** What the ShardingManager tells its shard processes over IPC, besides discord.js's own messages. */
export const RELOAD_KNOWLEDGE = { type: 'karabakh-bot/reload-knowledge' } as const;

export function isReloadKnowledge(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === RELOAD_KNOWLEDGE.type
  );
}
