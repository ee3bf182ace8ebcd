package io.segbot.bot.job;

import io.segbot.bot.Address;
import io.segbot.bot.Requester;
import java.util.Objects;

/**
 * Long work someone asked for.
 *
 * @param kind run, mece, name or report
 * @param parameters the request's values as one line for status and the log ("dataset=sample k=auto")
 * @param datasetKey the dataset the job works on (one job per dataset at a time), or null
 * @param replyTo where progress and the result go
 */
public record JobRequest(String kind, String parameters, String datasetKey, Requester requester, Address replyTo) {
    public JobRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(replyTo, "replyTo");
    }
}
