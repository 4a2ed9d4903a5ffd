package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What every page and answer carries, whoever serves it: no MIME sniffing, never framed (the emergency-open page
 * included), no referrer to other sites. And an API client without a token is told 401, not sent to a login page.
 * (Session cookies after a real login: {@link SessionCookiesBrowserIT}.)
 */
class WebHygieneIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/partner-acme/", "/partner-acme/lockers.xhtml", "/partner-admin-acme/", "/admin/",
            "/courier/", "/core/api/partner/lockers", "/partner-acme/api/lockers", "/openapi", "/shepherd-1/lockers"})
    void everyAnswerForbidsFramingAndSniffing(String path) {
        HttpHeaders headers = head(path);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        for (String directive : new String[] {"frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"}) {
            assertTrue(policy.contains(directive), path + " lacks " + directive + ": " + policy);
        }
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
    }

    /**
     * Scripts only from the server itself, none inline, wherever the pages are not a console's (staff app, Partner Admin,
     * Admin Panel)
     * (whose pages carry a nonce policy of their own: {@link #theStaffAppsPagesRunOnlyScriptsCarryingTheirNonce}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/core/api/partner/lockers", "/openapi"})
    void everyOtherApplicationRunsScriptsFromItselfOnly(String path) {
        String policy = head(path).firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), path + ": " + policy);
    }

    /**
     * The consoles' pages (the staff app, Partner Admin, the Admin Panel) run only the scripts they brought: a Content-Security-Policy with a nonce new for every
     * page, carried by each of the page's script elements; an injected script without it does not run (the browser
     * tests fail on any script a page itself had refused: {@link Browser#close()}).
     */
    @ParameterizedTest
    @CsvSource({"partner-acme, partner-acme, acme-employee, orders.xhtml",
            "partner-admin-acme, partner-admin-acme, acme-tech, callbacks.xhtml",
            "admin, lockernet-admin-panel, operator, alarms.xhtml"})
    void theStaffAppsPagesRunOnlyScriptsCarryingTheirNonce(String app, String client, String user, String pagePath) {
        String employee = Http.userToken(client, user);
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page;
            try {
                page = CLIENT.send(HttpRequest.newBuilder(URI.create(Demo.APP + "/" + app + "/" + pagePath))
                        .header("Accept", "text/html").header("Authorization", "Bearer " + employee).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertEquals(200, page.statusCode(), page.body());
            String scripts = page.headers().allValues("Content-Security-Policy").stream()
                    .filter(policy -> policy.contains("script-src")).findFirst().orElse("");
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                    .matcher(scripts);
            assertTrue(nonce.find(), "a script policy with a nonce: " + page.headers().allValues(
                    "Content-Security-Policy"));
            nonces.add(nonce.group(1));
            java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(page.body());
            int count = 0;
            while (tags.find()) {
                count++;
                assertTrue(tags.group().contains("nonce=\"" + nonce.group(1) + "\""), "every script of the page carries "
                        + "the page's nonce: " + tags.group());
            }
            assertTrue(count > 0, "the page has scripts of its own");
        }
        assertEquals(2, nonces.size(), "a new nonce for every page");
    }

    /**
     * The OpenAPI document is public: any origin may read it, but never with credentials (a wildcard origin with
     * {@code Allow-Credentials: true} is a pair CORS forbids; WildFly's endpoint sends it, our filter takes it away).
     */
    @Test
    void theOpenApiDocumentMayBeReadFromAnyOriginButNeverWithCredentials() {
        HttpHeaders headers = send(HttpRequest.newBuilder(URI.create(Demo.APP + "/openapi"))
                .header("Origin", "https://elsewhere.example").GET().build());
        assertEquals("*", headers.firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("", headers.firstValue("Access-Control-Allow-Credentials").orElse(""));
        HttpHeaders preflight = send(HttpRequest.newBuilder(URI.create(Demo.APP + "/openapi"))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals("", preflight.firstValue("Access-Control-Allow-Credentials").orElse(""));
    }

    /**
     * A browser sent to sign in carries a fresh {@code state} (bound to it by a cookie) and a {@code nonce} (which the
     * ID token must carry back): a code or an ID token from another sign-in is refused.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/partner-acme/", "/partner-admin-acme/", "/admin/", "/courier/"})
    void aSignInIsBoundToTheBrowserThatStartedIt(String app) {
        // as a browser asks (an API client without a token is answered 401 instead)
        HttpRequest page = HttpRequest.newBuilder(URI.create(Demo.APP + app)).header("Accept", "text/html").GET().build();
        String first = send(page).firstValue("Location").orElse("");
        String second = send(page).firstValue("Location").orElse("");
        assertTrue(first.startsWith(Demo.REALM + "/protocol/openid-connect/auth?"), first);
        for (String parameter : new String[] {"state", "nonce"}) {
            String value = parameter(first, parameter);
            assertTrue(value.length() >= 16, parameter + " in " + first);
            assertTrue(!value.equals(parameter(second, parameter)), parameter + " is fresh for every sign-in");
        }
    }

    private static String parameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    @Test
    void partnerAdminAnswersAnApiClientWithoutATokenWith401() {
        Http.Reply reply = Http.get(Demo.APP + "/partner-admin-acme/api/orders", null);
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static HttpHeaders head(String path) {
        return send(HttpRequest.newBuilder(URI.create(Demo.APP + path)).GET().build());
    }

    private static HttpHeaders send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
