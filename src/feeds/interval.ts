/** FEEDS_INTERVAL: "30m", "2h", "900s" or seconds; at least a minute. */
export function parseInterval(value: string | undefined): number | null {
  if (!value?.trim()) return null;
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(value.trim());
  if (!m) throw new Error(`FEEDS_INTERVAL must be a duration such as 30m, 2h or 900s, not "${value}"`);
  const ms =
    Number(m[1]) * { s: 1000, m: 60_000, h: 3600_000 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h'];
  if (ms < 60_000) throw new Error(`FEEDS_INTERVAL must be at least a minute (60s), not "${value}"`);
  return ms;
}
