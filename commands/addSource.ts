import { defineCommand } from '../src/command.ts';
import { renderAddSource } from '../src/render/addSource.ts';
import { code } from '../src/render/markdown.ts';
import { errorReply } from '../src/render/pages.ts';

/**
 * /add-source url: — members who may manage the server add a web page to the corpus. Registered
 * for Manage Server only; the bot checks the permission again when it runs (a server can change
 * who sees a command). The console has no such door: it has `npm run add`.
 */
export const addSourceCommand = defineCommand({
  name: 'add-source',
  description: 'Add a news article (a web page) to the corpus, for members who may manage the server',
  options: [
    {
      name: 'url',
      description: 'The article’s address, e.g. https://example.org/news/article',
      type: 'string',
      required: true,
      maxLength: 2000,
    },
  ],
  positional: 'url',
  defaultMemberPermissions: 'ManageGuild',
  examples: ['/add-source url:https://example.org/news/article'],
  run: () =>
    errorReply(
      'bad-input',
      `/add-source works in Discord. Here, add a page with ${code('npm run add -- <url>')}.`,
    ),
  runAsync: async (args, { addSource, invoker }) => {
    if (!addSource || !invoker)
      return errorReply(
        'bad-input',
        `This bot does not add sources. Whoever runs it can, with ${code('npm run add -- <url>')}.`,
      );
    const url = args.url.trim();
    const result = await addSource.attempt({
      url,
      userId: invoker.userId,
      guildId: invoker.guildId,
      canManageGuild: invoker.canManageGuild,
    });
    return renderAddSource(result);
  },
});
