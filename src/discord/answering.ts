/**
 * What the command and page-button handlers share: the registry, the current knowledge base, the
 * turns answers wait for, the deferral when an answer is late, and the page buttons of a reply.
 */
import type { Interaction } from 'discord.js';
import type { CommandArgs, CommandContext } from '../command.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { withPager } from '../render/pager.ts';
import type { MessagePayload, Reply } from '../render/payload.ts';
import { type BotCommand, startCommand } from './invoke.ts';
import { corpusVersion, PageButtons } from './pageButtons.ts';
import { NO_ANSWER } from './respond.ts';
import { Turns } from './turns.ts';

/**
 * Where answers get their knowledge base: a fixed one, a holder whose `current()` a reload swaps
 * (LiveKnowledgeBase), or a getter. It is read once per interaction, so an answer in flight keeps
 * the knowledge base it started with.
 */
export type KnowledgeSource = KnowledgeBase | { current(): KnowledgeBase } | (() => KnowledgeBase);

/** What a page button asks again: the command and its options, of this knowledge base. */
interface Question {
  command: string;
  args: CommandArgs;
  kb: KnowledgeBase;
}

interface AnsweringOptions {
  registry: readonly BotCommand[];
  kb: KnowledgeSource;
  /** Past this, an answer is deferred and edited in later. */
  deferAfterMs: number;
  /** An answer not ready this long after Discord made the interaction is deferred (see Turns). */
  ackBudgetMs: number;
  maxLongQuestions?: number;
  /** Signs page buttons' ids (the bot's token). */
  signingKey: string;
}

export interface Answering {
  findCommand(name: string): BotCommand | undefined;
  currentKb(): KnowledgeBase;
  readonly pageButtons: PageButtons;
  /**
   * Runs the command in its turn; if the reply is not ready in time, `defer`s (through here, so
   * later answers wait while deferrals are on their way) and waits for it.
   */
  ask(
    interaction: Interaction,
    command: BotCommand,
    args: CommandArgs,
    ctx: CommandContext,
    defer: () => Promise<unknown>,
  ): Promise<Reply>;
  /** The reply's pages, with buttons whose custom_id asks the question again (nothing is kept here). */
  paged(reply: Reply, question: Question | undefined): readonly MessagePayload[];
}

export function createAnswering(options: AnsweringOptions): Answering {
  const { registry, deferAfterMs, ackBudgetMs } = options;
  const currentKb = knowledgeGetter(options.kb);
  let deferralsOnTheWay = 0;
  const turns = new Turns(() => deferralsOnTheWay > 0);
  /** A deferral: answers wait while any is on its way, so late interactions are acknowledged first. */
  const deferring = async <T>(request: Promise<T>): Promise<T> => {
    deferralsOnTheWay++;
    try {
      return await request;
    } finally {
      deferralsOnTheWay--;
    }
  };
  // Commands that fetch or change things (runAsync) are never re-run by a page button.
  const pageButtons = new PageButtons(
    registry.filter((c) => !c.runAsync),
    { maxLongQuestions: options.maxLongQuestions, signingKey: options.signingKey },
  );

  /**
   * Waits for the answer; if it is not ready in time, defers (publicly for a command) so Discord
   * keeps the interaction open. In time: `deferAfterMs` from now, and at most `ackBudgetMs` after
   * Discord made the interaction (a clock running ahead of Discord's only defers early).
   */
  async function answerInTime(
    interaction: Interaction,
    answer: Promise<Reply>,
    defer: () => Promise<unknown>,
  ): Promise<Reply> {
    const waited = Math.max(0, Date.now() - interaction.createdTimestamp);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, Math.min(deferAfterMs, ackBudgetMs - waited)));
    });
    try {
      const first = await Promise.race([answer, late]);
      if (first !== 'late') return first;
    } finally {
      clearTimeout(timer);
    }
    await deferring(defer());
    return answer;
  }

  return {
    findCommand: (name) => registry.find((c) => c.name === name),
    currentKb,
    pageButtons,
    ask(interaction, command, args, ctx, defer) {
      const answer = turns.run(() => startCommand(command, args, ctx));
      return answerInTime(interaction, answer, defer);
    },
    paged(reply, question) {
      if (reply.pages.length === 0) return NO_ANSWER.pages;
      if (reply.pages.length === 1 || !question || !pageButtons.pageable(question.command))
        return reply.pages;
      const version = corpusVersion(question.kb);
      return withPager(reply.pages, (page) =>
        pageButtons.encode(version, page, question.command, question.args),
      );
    },
  };
}

function knowledgeGetter(source: KnowledgeSource): () => KnowledgeBase {
  if (typeof source === 'function') return source;
  if ('current' in source && typeof source.current === 'function') return () => source.current();
  return () => source as KnowledgeBase;
}
