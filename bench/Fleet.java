import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provisions a benchmark fleet on a running local system: lockers L-(first)… as Keycloak clients locker-&lt;id&gt; (role
 * locker, a random secret each, written where the simulator reads it: $LOCKERNET_HOME/secrets/clients) and as Core lockers (PUT
 * /core/api/operator/lockers/{id}), odd ones on shepherd-1 and even ones on shepherd-2 as the simulator's
 * {@code --lockers} expects, usable by one retailer. Signs in as Keycloak's admin and the demo operator with the
 * passwords the launcher generated in $LOCKERNET_HOME/secrets.
 *
 * <pre>java bench/Fleet.java [--first 7] [--last 10000] [--retailer acme]</pre>
 */
public class Fleet {

    static final String KEYCLOAK = "https://localhost:8180";
    static final String CORE = "https://localhost:8443/core/api";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int BATCH = 250;
    static final Path SECRETS = Path.of(System.getenv().getOrDefault("LOCKERNET_HOME", ".lockernet"), "secrets");
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        int first = 7;
        int last = 10000;
        String retailer = "acme";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--first" -> first = Integer.parseInt(args[i + 1]);
                case "--last" -> last = Integer.parseInt(args[i + 1]);
                case "--retailer" -> retailer = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        for (int from = first; from <= last; from += BATCH) {
            importClients(from, Math.min(last, from + BATCH - 1));
            System.out.printf("keycloak clients up to L-%04d%n", Math.min(last, from + BATCH - 1));
        }
        long clients = System.nanoTime();
        registerLockers(first, last, retailer);
        long done = System.nanoTime();
        System.out.printf("fleet L-%04d…L-%04d: Keycloak clients in %.0f s, Core lockers in %.0f s%n", first, last,
                (clients - started) / 1e9, (done - clients) / 1e9);
    }

    static String id(int number) {
        return String.format("L-%04d", number);
    }

    static void importClients(int from, int to) throws Exception {
        StringBuilder clients = new StringBuilder();
        StringBuilder users = new StringBuilder();
        for (int n = from; n <= to; n++) {
            String id = id(n);
            if (n > from) {
                clients.append(',');
                users.append(',');
            }
            clients.append("""
                    {"clientId":"locker-%1$s","name":"Bench locker %1$s","enabled":true,"protocol":"openid-connect",
                     "publicClient":false,"clientAuthenticatorType":"client-secret","secret":"%2$s",
                     "standardFlowEnabled":false,"directAccessGrantsEnabled":false,"serviceAccountsEnabled":true,
                     "attributes":{"access.token.lifespan":"300"},
                     "protocolMappers":[
                      {"name":"audience-lockernet-shepherd","protocol":"openid-connect",
                       "protocolMapper":"oidc-audience-mapper","config":{"included.custom.audience":"lockernet-shepherd",
                       "id.token.claim":"false","access.token.claim":"true","introspection.token.claim":"true"}},
                      {"name":"locker-id","protocol":"openid-connect","protocolMapper":"oidc-hardcoded-claim-mapper",
                       "config":{"claim.name":"locker_id","claim.value":"%1$s","jsonType.label":"String",
                       "id.token.claim":"false","access.token.claim":"true","userinfo.token.claim":"false",
                       "introspection.token.claim":"true"}}]}""".formatted(id, newSecret("locker-" + id)));
            users.append("""
                    {"username":"service-account-locker-%1$s","enabled":true,"serviceAccountClientId":"locker-%1$s",
                     "realmRoles":["locker"]}""".formatted(id));
        }
        String body = "{\"ifResourceExists\":\"SKIP\",\"clients\":[" + clients + "],\"users\":[" + users + "]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/admin/realms/lockernet/partialImport"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("partialImport answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void registerLockers(int first, int last, String retailer) throws Exception {
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        String token = operatorToken();
        long tokenAt = System.nanoTime();
        for (int n = first; n <= last; n++) {
            if (System.nanoTime() - tokenAt > Duration.ofMinutes(2).toNanos()) {
                token = operatorToken();
                tokenAt = System.nanoTime();
            }
            String id = id(n);
            int primary = (n - 1) % 2 + 1;
            String body = """
                    {"name":"Bench locker %s","store":"bench-%03d","shepherd":"shepherd-%d","fallback":"shepherd-%d",
                     "retailers":["%s"]}""".formatted(id, n / 10 % 1000, primary, 3 - primary, retailer);
            inFlight.acquire();
            all.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(CORE + "/operator/lockers/" + id))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> inFlight.release())
                    .thenAccept(response -> {
                        if (response.statusCode() != 200 && response.statusCode() != 201) {
                            throw new IllegalStateException(id + ": " + response.statusCode() + " " + response.body());
                        }
                    }));
            if (n % 1000 == 0) {
                System.out.printf("core lockers up to %s%n", id);
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    static String adminToken() throws Exception {
        return token(KEYCLOAK + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(secret("keycloak-admin-password"), StandardCharsets.UTF_8));
    }

    static String operatorToken() throws Exception {
        return token(KEYCLOAK + "/realms/lockernet/protocol/openid-connect/token",
                "grant_type=password&client_id=lockernet-admin-panel&client_secret="
                        + URLEncoder.encode(secret("clients/lockernet-admin-panel"), StandardCharsets.UTF_8)
                        + "&username=operator&password="
                        + URLEncoder.encode(secret("demo-password"), StandardCharsets.UTF_8));
    }

    /** A secret the launcher generated for the system under benchmark. */
    static String secret(String name) throws Exception {
        return Files.readString(SECRETS.resolve(name)).strip();
    }

    /** A new random secret for a bench client, kept (owner only) where the simulator reads it. */
    static String newSecret(String clientId) throws Exception {
        Path file = SECRETS.resolve("clients").resolve(clientId);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return secret("clients/" + clientId);
    }

    static String token(String url, String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }
}
