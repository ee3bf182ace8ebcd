/**
 * The platform-neutral bot runtime: the {@link io.segbot.bot.BotPort} every adapter calls, the
 * {@link io.segbot.bot.Outbox} every adapter implements, and the one outgoing message model
 * ({@link io.segbot.bot.message.OutgoingMessage}). Adapters under {@code io.segbot.platform.*} are
 * transport only: receive, ack, render, deliver. At start each adapter registers its outbox with the
 * core, which picks the outbox by {@link io.segbot.bot.Address#platform()}.
 */
package io.segbot.bot;
