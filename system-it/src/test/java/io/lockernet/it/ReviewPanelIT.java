package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An operator resolves a manual-review item in the Admin Panel: the page lists what the reconciliation found, and
 * the form submits a resolution the way a browser would (session cookie and Faces view state).
 */
class ReviewPanelIT {

    private static final String PANEL = Demo.APP + "/admin/review.xhtml";
    private static final String OPERATOR_API = Demo.APP + "/core/api/operator";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("name=\"(review:items:\\d+:resolution)\"");

    private final HttpClient browser = HttpClient.newHttpClient();

    @Test
    void anOperatorResolvesAFindingInTheAdminPanel() throws Exception {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            locker.sense("A3", SensorEvent.Kind.OCCUPANCY, true);
            Instant[] nextAsk = {Instant.MIN};
            JsonObject item = Await.until("a review item for L-0001/A3", Duration.ofSeconds(60), () -> {
                if (Instant.now().isAfter(nextAsk[0])) {
                    Http.post(OPERATOR_API + "/reconciliations", operator); // the reading arrives asynchronously
                    nextAsk[0] = Instant.now().plusSeconds(3);
                }
                return openItem(operator, "L-0001/A3");
            });

            HttpResponse<String> page = browser.send(request(PANEL, operator).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
            String row = ROW.matcher(page.body()).results().map(m -> m.group(1))
                    .filter(r -> r.contains("L-0001/A3")).findFirst()
                    .orElseThrow(() -> new AssertionError("the finding is not listed: " + page.body()));
            Matcher input = INPUT.matcher(row);
            assertTrue(input.find(), row);
            String field = input.group(1);
            Matcher viewState = VIEW_STATE.matcher(page.body());
            assertTrue(viewState.find(), "no view state in the page");

            Map<String, String> form = new LinkedHashMap<>();
            form.put("review", "review");
            form.put(field, "sensor cleaned on site");
            form.put(field.replace(":resolution", ":resolve"), "Resolve");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            // what the page's own script adds to every form it sends (PrimeFaces' CSP mode checks it on a post)
            Matcher nonce = NONCE.matcher(page.body());
            assertTrue(nonce.find(), "no script nonce in the page");
            form.put("primefaces.nonce", nonce.group(1));
            HttpResponse<String> submitted = browser.send(request(PANEL, operator)
                    .header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, submitted.statusCode(), submitted.body());
            String answer = submitted.body().substring(Math.max(0, submitted.body().indexOf("<main>")));
            assertTrue(answer.contains("Item " + item.getJsonNumber("id") + " resolved."), answer);

            assertTrue(openItem(operator, "L-0001/A3").isEmpty(), "the item is no longer open");
            JsonObject resolved = Http.get(OPERATOR_API + "/review-items", operator).structure().asJsonArray()
                    .stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getJsonNumber("id").equals(item.getJsonNumber("id"))).findFirst().orElseThrow();
            assertEquals("sensor cleaned on site", resolved.getString("resolution"));
            locker.sense("A3", SensorEvent.Kind.OCCUPANCY, false);
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html");
    }

    private static Optional<JsonObject> openItem(String token, String subject) {
        return Http.get(OPERATOR_API + "/review-items?open=true", token).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> subject.equals(i.getString("subject", null)))
                .findFirst();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
