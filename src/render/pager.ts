import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { ActionRow, MessagePayload } from './payload.ts';

/**
 * Adds Previous/Next buttons (and a page counter) to each page when there is more than one.
 * `buttonId(page)` is the custom_id of a button that shows `page`: the adapter decides what it
 * carries (the bot puts the whole question in it, so no page is kept in memory).
 */
export function withPager(pages: MessagePayload[], buttonId: (page: number) => string): MessagePayload[] {
  if (pages.length < 2) return pages;
  return pages.map((page, i) => ({ ...page, components: [pagerRow(buttonId, i, pages.length)] }));
}

function pagerRow(buttonId: (page: number) => string, index: number, count: number): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: '◀ Previous',
        custom_id: buttonId(Math.max(0, index - 1)),
        disabled: index === 0,
      },
      // Never pressable (disabled); its id only has to differ from its neighbours'.
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `${index + 1} / ${count}`,
        custom_id: `noop:${index}`,
        disabled: true,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Next ▶',
        custom_id: buttonId(Math.min(count - 1, index + 1)),
        disabled: index === count - 1,
      },
    ],
  };
}
