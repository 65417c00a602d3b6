/** Text users could type to break formatting, ping everyone, or overflow a message. */
export const HOSTILE_INPUTS: Record<string, string> = {
  everyone: '@everyone look at this',
  here: '@here',
  userMention: '<@123456789012345678> and <@!123456789012345678>',
  roleMention: '<@&123456789012345678>',
  channelMention: '<#123456789012345678>',
  backticks: '```js\nalert(1)\n``` and `inline`',
  spoiler: '||spoiler|| **bold** __under__ ~~strike~~',
  longText: 'x'.repeat(6000),
  emoji: '🇦🇲🇦🇿 👍🏽 <:custom:123456789012345678> 👨‍👩‍👧',
  rtl: 'مرحبا ‏שלום‎ \u202Eevil\u202C',
  zalgo: 'Z̷̡̛a̶̢͝l̸̨̛g̵̡̛o̷̢͝',
  nul: 'a\u0000b\u0007c',
  markdownLink: '[click](https://example.com) https://discord.gg/invite',
};
