/**
 * {@code bench slack} and {@code bench discord}: the real Slack and Discord adapters driven through
 * their loopback fakes into the real core, to time the transport.
 *
 * <p>The one package outside {@code app} that imports {@code platform.*}: what it measures is the
 * adapters themselves, so it cannot reach them through a port. Nothing imports this package except
 * {@code app}, which registers its commands; the rest of {@code bench} stays free of platform code.
 */
package io.segbot.bench.transport;
