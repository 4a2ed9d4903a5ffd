package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A caller that hammers an API is slowed with 429 and Retry-After, then cut off for a while, and the operators are
 * told once; everybody else is served throughout. The hammering caller is a member of acme's staff made for this test
 * alone, so that its cut-off touches no other test; the staff API allows each user bursts of 200 and 100 a second.
 */
class RateLimitIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String USER = "hammer-" + Long.toString(System.nanoTime(), 36);
    private static final String PRODUCTS = Demo.APP + "/partner-acme/api/products";
    private static String userId;

    @BeforeAll
    static void aCallerOfItsOwn() {
        userId = KeycloakAdmin.createUser(USER, "store-employee", "/retailers/acme");
    }

    @AfterAll
    static void goneAgain() {
        KeycloakAdmin.deleteUser(userId);
        OperatorAlarms.resolve(subject(), "RateLimitIT's own caller, deleted");
    }

    @Test
    void aCallerThatKeepsGoingIsSlowedThenCutOffAndTheOperatorsAreToldOnce() {
        String hammer = Http.userToken("partner-acme", USER);

        HttpResponse<String> first429 = hammerUntil("a 429", hammer, r -> r.statusCode() == 429);
        assertTrue(first429.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Long.parseLong(first429.headers().firstValue("Retry-After").orElseThrow()) >= 1);

        HttpResponse<String> cutOff = hammerUntil("the cut-off", hammer,
                r -> Long.parseLong(r.headers().firstValue("Retry-After").orElse("0")) > 10);
        assertEquals(429, cutOff.statusCode());

        assertEquals(200, get(Http.userToken("partner-acme", "acme-employee")).statusCode(),
                "another member of staff is served meanwhile");
        OperatorAlarms.awaitTimes(subject(), 1);
        for (int i = 0; i < 50; i++) {
            assertEquals(429, get(hammer).statusCode(), "still cut off");
        }
        assertEquals(1, OperatorAlarms.count(subject()), "one alarm");
        assertEquals(1, OperatorAlarms.times(subject()), "counted once: the cut-off, not every refused request");
    }

    private static String subject() {
        return "partner-acme.war: rate limited from " + USER + " ";
    }

    /** Requests as fast as one client can, until an answer is the one wanted; fails after a minute. */
    private static HttpResponse<String> hammerUntil(String what, String token, Predicate<HttpResponse<String>> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(token);
            if (wanted.test(response)) {
                return response;
            }
        }
        throw new AssertionError("no " + what + " within a minute of hammering");
    }

    private static HttpResponse<String> get(String token) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(PRODUCTS))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
