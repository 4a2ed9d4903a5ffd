package io.lockernet.core.callback.control;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.stream.Collectors;

/**
 * Sends one attempt: a POST of the payload (or what the endpoint's {@link CallbackAdapter} makes of it), signed as a Standard Webhook ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}: HMAC-SHA256 with each valid secret, so that during a rotation either verifies). Redirects
 * are not followed (a 3xx is no acknowledgement), and only the start of an answer is kept. https endpoints are trusted
 * by the public authorities as well as the server's own ({@link CallbackTrust}).
 */
@ApplicationScoped
public class CallbackSender {

    /** The answer to one attempt: a status (null when none came), how long it took, and in a few words what happened. */
    public record Outcome(Integer status, int latencyMs, String summary) {

        public boolean acknowledged() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    CallbackSettings settings;

    @Inject
    CallbackAdapters adapters;

    private HttpClient http;

    @PostConstruct
    void client() {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(CallbackTrust.context()).build();
    }

    public Outcome send(Deliveries.Attempt attempt) {
        long started = System.nanoTime();
        String refused = EndpointAddresses.refusal(attempt.url(), settings.allowPrivate());
        if (refused != null) {
            return new Outcome(null, 0, "not sent: " + refused);
        }
        CallbackAdapter.Request shaped;
        try {
            shaped = adapters.request(attempt);
        } catch (RuntimeException e) {
            return new Outcome(null, 0, "not sent: the endpoint's adapter cannot shape it: " + e.getMessage());
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(settings.timeout())
                    .header("Content-Type", shaped.contentType()).header("User-Agent", "Lockernet-Callbacks/1")
                    .header("webhook-id", attempt.webhookId())
                    .header("webhook-timestamp", String.valueOf(attempt.timestamp().getEpochSecond()))
                    .header("webhook-signature", signature(attempt, shaped.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(shaped.body()));
            shaped.headers().forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body() == null ? "" : response.body().strip();
            return new Outcome(response.statusCode(), millisSince(started), "HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(body.length(), 200))));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, millisSince(started), "no answer within " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return new Outcome(null, millisSince(started), "cannot reach the endpoint: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, millisSince(started), "interrupted");
        }
    }

    /** The signatures of the body sent (the Standard Webhooks JSON, or what the endpoint's adapter made of it). */
    static String signature(Deliveries.Attempt attempt, String body) {
        return attempt.secrets().stream().map(secret -> {
            try {
                return new Webhook(secret).sign(attempt.webhookId(), attempt.timestamp().getEpochSecond(), body);
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("cannot sign callback " + attempt.webhookId(), e);
            }
        }).collect(Collectors.joining(" "));
    }

    private static int millisSince(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }
}
