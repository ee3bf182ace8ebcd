package io.segbot.platform.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA takes its gateway URL from the session controller, not from {@code /gateway/bot}: this one
 * names the configured gateway (Discord's, or a stand-in on loopback).
 */
final class GatewaySessions extends ConcurrentSessionController {
    private final String gatewayUrl;

    GatewaySessions(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
