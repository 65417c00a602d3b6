import type { ActionRow, MessagePayload } from './payload.ts';

/** custom_id of a paging button: `page:<session key>:<page index>`. */
export function pageButtonId(key: string, page: number): string {
  return `page:${key}:${page}`;
}

export function parsePageButtonId(customId: string): { key: string; page: number } | null {
  const m = /^page:([A-Za-z0-9_-]{1,64}):(\d{1,4})$/.exec(customId);
  return m ? { key: m[1]!, page: Number(m[2]) } : null;
}

/** Adds Previous/Next buttons (and a page counter) to each page when there is more than one. */
export function withPager(pages: MessagePayload[], key: string): MessagePayload[] {
  if (pages.length < 2) return pages;
  return pages.map((page, i) => ({ ...page, components: [pagerRow(key, i, pages.length)] }));
}

function pagerRow(key: string, index: number, count: number): ActionRow {
  return {
    type: 1,
    components: [
      { type: 2, style: 2, label: '◀ Previous', custom_id: pageButtonId(key, Math.max(0, index - 1)), disabled: index === 0 },
      { type: 2, style: 2, label: `${index + 1} / ${count}`, custom_id: `noop:${key}:${index}`, disabled: true },
      { type: 2, style: 1, label: 'Next ▶', custom_id: pageButtonId(key, Math.min(count - 1, index + 1)), disabled: index === count - 1 },
    ],
  };
}
