package io.segbot.platform.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to the HTTP endpoint the way Slack does: signed, form-encoded or JSON. */
final class SlackRequests {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final SlackSigner signer;

    SlackRequests(int port, String secret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH);
        this.signer = new SlackSigner(secret);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String command(String text, String user, String channel, String triggerId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy");
        fields.put("team_id", FakeSlackApi.TEAM);
        fields.put("channel_id", channel);
        fields.put("user_id", user);
        fields.put("user_name", "maria");
        fields.put("command", "/segbot");
        fields.put("text", text);
        fields.put("response_url", "http://127.0.0.1:9/unused");
        fields.put("trigger_id", triggerId);
        return form(fields);
    }

    static String mention(String eventId, String user, String channel, String ts, String text) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"api_app_id\":\"A0APP\","
                + "\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\""
                + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    static String directMessage(String eventId, String user, String channel, String ts, String text) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"api_app_id\":\"A0APP\","
                + "\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"" + user + "\",\"text\":\""
                + text + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    HttpResponse<String> send(String body, boolean json, Map<String, String> headers, long timestamp) throws Exception {
        String stamp = Long.toString(timestamp);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", stamp)
                .header("X-Slack-Signature", signer.sign(stamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader); // replaces, so a test can forge the signature
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String body, boolean json) throws Exception {
        return send(body, json, Map.of(), Instant.now().getEpochSecond());
    }
}
