package io.segbot.bench;

import io.segbot.bot.BotCore;
import io.segbot.bot.BotSettings;
import io.segbot.bot.Permissions;
import io.segbot.bot.RateLimits;
import io.segbot.llm.LanguageModel;
import io.segbot.store.Database;
import java.nio.file.Path;

/**
 * What the benchmarks that run the whole bot need from the application: the store the global
 * {@code --db} option names, and the bot's core wired as {@code serve} wires it. The application
 * implements it and hands it to these commands, so that {@code bench} never imports {@code app}.
 *
 * <p>Called from the command's own thread; methods that open a store block while they do; none
 * returns null.
 */
public interface BenchHost {
    /** The store {@code --db} names, opened once; the application closes it. */
    Database database();

    /** Where that store is, as a message names it. */
    String databaseName();

    /** Whether {@code --db} names a PostgreSQL server rather than an H2 file. */
    boolean databaseIsServer();

    /** A new store on the {@code --db} server (login from the environment); the caller closes it. */
    Database openServer();

    /**
     * The bot's core over {@code database}, with the conversation settings of a benchmark and its
     * exports under {@code exports}; the caller closes it.
     */
    BotCore core(
            Database database,
            LanguageModel model,
            Path exports,
            Permissions permissions,
            RateLimits limits,
            BotSettings settings);
}
