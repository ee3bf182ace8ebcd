package io.segbot.platform.discord;

import io.segbot.ShiftedClock;
import io.segbot.TestClock;
import io.segbot.bot.Ability;
import io.segbot.bot.BotCore;
import io.segbot.bot.BotFixture;
import io.segbot.bot.BotSettings;
import io.segbot.bot.DiscordSettings;
import io.segbot.bot.Grant;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.Secrets;
import io.segbot.bot.TokenBuckets;
import io.segbot.chat.Phraser;
import io.segbot.ingest.Importer;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.platform.discord.loopback.LoopbackDiscord;
import io.segbot.store.Database;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The whole Discord bot on loopback, once per test class: a seeded H2 store (dataset "shop", 400
 * customers analysed as run 1; cart abandoners "carts"), the real core without a model, the real
 * JDA connected to {@link LoopbackDiscord}. Maria may run, export and schedule, members of the
 * analyst role may run; everyone may ask.
 */
final class DiscordFixture implements AutoCloseable {
    static final String MARIA = "2100000000000000001";
    static final String GUEST = "2100000000000000002";
    static final Duration WAIT = Duration.ofSeconds(40);
    static final LocalDate CART_AS_OF = LocalDate.of(2025, 6, 30);

    final Database database;
    final BotCore core;
    final LoopbackDiscord discord;
    final DiscordAdapter adapter;
    final TestClock hookClock = new TestClock(Instant.now().toString());
    /** The core's clock: the system's, moved forward by hand so a schedule comes due without waiting. */
    final ShiftedClock coreClock = new ShiftedClock();

    final String status;

    DiscordFixture(Path dir) throws Exception {
        database = Database.inMemory("discord-" + UUID.randomUUID());
        seed(database, dir);
        discord = new LoopbackDiscord();
        PermissionPolicy policy = new PermissionPolicy(
                Map.of(
                        Ability.ASK, Grant.toEveryone(),
                        Ability.RUN, new Grant(false, Set.of(MARIA), Set.of(), Set.of(LoopbackDiscord.ANALYST_ROLE_ID)),
                        Ability.EXPORT, Grant.toUsers(MARIA),
                        Ability.SCHEDULE, Grant.toUsers(MARIA)),
                "bot-config/segbot.yaml");
        core = new BotCore(
                BotFixture.services(database, coreClock),
                BotFixture.engine(database, Phraser.NONE, dir),
                policy,
                new TokenBuckets(TokenBuckets.defaultLimits(), coreClock),
                BotSettings.defaults());
        adapter = new DiscordAdapter(
                new DiscordSettings(Optional.of(LoopbackDiscord.GUILD_ID), Optional.empty()),
                Secrets.fromEnvironment(Map.of(Secrets.DISCORD_TOKEN, "loopback-token")),
                Map.of("DISCORD_API_URL", discord.restUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl()),
                hookClock);
        core.register(adapter.outbox());
        core.start();
        status = adapter.start(core);
    }

    /** BotFixture's "shop" (run 1), and 3,000 cart abandoners as "carts". */
    private static void seed(Database database, Path dir) throws Exception {
        BotFixture.seed(database, dir);
        Path carts = dir.resolve("carts.csv");
        try (Writer writer = Files.newBufferedWriter(carts, StandardCharsets.UTF_8)) {
            CartCsv.write(CartAbandonerGenerator.generate(3_000, 42, CART_AS_OF, true), writer);
        }
        CartAbandonerImport.importFile(database, Importer.Request.of(carts), CART_AS_OF);
    }

    @Override
    public void close() {
        core.close(); // as serve does: jobs finish (delivering through Discord) before the adapter closes
        adapter.close();
        discord.close();
        database.close();
    }
}
