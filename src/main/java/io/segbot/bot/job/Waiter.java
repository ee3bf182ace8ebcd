package io.segbot.bot.job;

import io.segbot.bot.Address;
import io.segbot.bot.Requester;

/** Someone else who asked for the same dataset while a job ran: they get its result too. */
public record Waiter(Requester requester, Address replyTo) {}
