package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Customers' personal data lies in the Partner DB only sealed under the retailer's key (kept outside the database):
 * whoever copies the database file, or reads the tables, learns no name, address or phone, while staff and the privacy
 * officer see them as entered. The key is rotated by {@code ./lockernet rotate-key} while the staff app keeps serving.
 */
@OnEveryDatabase
class PersonalDataAtRestIT {

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final String ADMIN = Demo.APP + "/partner-admin-acme/api/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("lockernet.it.db"));
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    record Customer(String reference, String name, String email, String phone) {
        static Customer numbered(String run, int n) {
            return new Customer("PD-" + run + "-" + n, "Ada Byron-" + run + "-" + n,
                    "ada." + run + "." + n + "@example.org", "+41 79 555 " + run.substring(0, 4) + " " + n);
        }
    }

    @Test
    void aCustomersNameAddressAndPhoneAreNowhereInTheRawPartnerDatabase() throws Exception {
        String employee = Http.userToken("partner-acme", "acme-employee");
        product(employee);
        Customer ada = Customer.numbered(run, 0);
        order(employee, ada);

        JsonObject customer = Http.get(ACME + "orders/" + ada.reference(), employee).json().getJsonObject("customer");
        assertEquals(ada.name(), customer.getString("name"), "staff see the customer as entered");
        assertEquals(ada.email(), customer.getString("email"));
        assertEquals(ada.phone(), customer.getString("phone"));
        String privacy = Http.userToken("partner-admin-acme", "acme-privacy");
        Http.Reply found = Http.get(ADMIN + "orders?email=" + URLEncoder.encode(ada.email(), StandardCharsets.UTF_8),
                privacy);
        assertEquals(200, found.status(), found.body());

        if (POSTGRES) {
            try (Connection db = partnerDb("acme");
                 PreparedStatement select = db.prepareStatement("select c.name, c.email, c.phone, c.email_hash "
                         + "from customer c join customer_order o on o.customer_id = c.id where o.reference = ?")) {
                select.setString(1, ada.reference());
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "the order's customer is in the table");
                    for (int column = 1; column <= 3; column++) {
                        String raw = row.getString(column);
                        assertTrue(raw.startsWith("pd1."), "sealed: " + raw);
                        assertFalse(raw.contains("Ada") || raw.contains("ada.") || raw.contains("555"), raw);
                    }
                    assertTrue(row.getString(4).matches("[0-9]+\\.[0-9a-f]{64}"),
                            "a keyed hash, with its key's version: " + row.getString(4));
                }
            }
            assertEquals(0, count("select count(*) from privacy_access where request like ?", "%" + run + "%"),
                    "the privacy officer's query, which held the address, is sealed too");
        } else {
            Path file = Path.of(System.getProperty("lockernet.it.home"), "data", "partner-acme.mv.db");
            Await.until("the order written to " + file, WAIT, () -> Optional.of(read(file))
                    .filter(bytes -> bytes.contains(ada.reference())));
            String bytes = read(file);
            for (String personal : List.of(ada.name(), ada.email(), ada.phone(), "ada." + run)) {
                assertFalse(bytes.contains(personal), "'" + personal + "' is in the database file in clear");
            }
        }
    }

    @Test
    void thePrivacyOfficerFindsACustomerByEmailAddressAndATechnicianMayNotAsk() {
        String employee = Http.userToken("partner-acme", "acme-employee");
        product(employee);
        Customer grace = Customer.numbered(run, 1);
        order(employee, grace);
        order(employee, Customer.numbered(run, 2));

        String privacy = Http.userToken("partner-admin-acme", "acme-privacy");
        String asked = "  " + grace.email().toUpperCase() + " ";
        Http.Reply found = Http.get(ADMIN + "orders?email=" + URLEncoder.encode(asked, StandardCharsets.UTF_8), privacy);
        assertEquals(200, found.status(), found.body());
        var rows = found.structure().asJsonArray();
        assertEquals(1, rows.size(), "that customer's order only, whatever the case and spaces: " + rows);
        assertEquals(grace.reference(), rows.getJsonObject(0).getString("reference"));
        assertEquals(grace.name(), rows.getJsonObject(0).getString("customerName"), "in full for the privacy officer");
        assertTrue(Http.get(ADMIN + "privacy-log", privacy).body().contains(URLEncoder.encode(asked,
                StandardCharsets.UTF_8)), "the query is logged, and read back in clear");

        Http.Reply oversized = Http.get(ADMIN + "orders?email=" + "a".repeat(5_000) + "%40example.org", privacy);
        assertEquals(400, oversized.status(), oversized.body());
        assertTrue(oversized.contentType().startsWith("application/problem+json"), oversized.contentType());
        assertFalse(oversized.body().contains("Exception"), oversized.body());
        Http.Reply injected = Http.get(ADMIN + "orders?email=" + URLEncoder.encode("' or '1'='1", StandardCharsets.UTF_8),
                privacy);
        assertEquals("[]", injected.body().strip(), "an address is only ever hashed: nothing matches");

        String tech = Http.userToken("partner-admin-acme", "acme-tech");
        Http.Reply refused = Http.get(ADMIN + "orders?email=" + URLEncoder.encode(grace.email(),
                StandardCharsets.UTF_8), tech);
        assertEquals(403, refused.status(), "even an empty answer would tell a technician who is a customer");
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertFalse(refused.body().contains(grace.name()), refused.body());
    }

    @Test
    void rotatingTheKeyWhileStaffEnterOrdersReSealsEveryRowAndLosesNothing() throws Exception {
        String employee = Http.userToken("partner-acme", "acme-employee");
        product(employee);
        List<Customer> entered = new CopyOnWriteArrayList<>();
        for (int n = 0; n < 20; n++) {
            Customer before = Customer.numbered(run, 100 + n);
            order(employee, before);
            entered.add(before);
        }
        if (POSTGRES) {
            entered.add(writtenBeforeSealingBegan(Customer.numbered(run, 199)));
        }
        int versionBefore = health().getJsonObject("data").getInt("keyVersion");

        // staff entering an order twice a second and reading an earlier one 20 times a second: busy, within their rate
        // limit, and without leaving so many OPEN orders that other tests' lists (at most 500) lose theirs
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger(200);
        ScheduledExecutorService staff = Executors.newScheduledThreadPool(2);
        staff.scheduleAtFixedRate(() -> {
            Customer customer = Customer.numbered(run, next.getAndIncrement());
            Http.Reply created = Http.postJson(ACME + "orders", employee, body(customer));
            if (created.status() != 201) {
                failures.add("entering " + customer.reference() + ": " + created.status() + " " + created.body());
            } else {
                entered.add(customer);
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        AtomicInteger reads = new AtomicInteger();
        staff.scheduleAtFixedRate(() -> {
            Customer earlier = entered.get(reads.getAndIncrement() % entered.size());
            Http.Reply read = Http.get(ACME + "orders/" + earlier.reference(), employee);
            if (read.status() != 200 || !earlier.email().equals(read.json().getJsonObject("customer")
                    .getString("email"))) {
                failures.add("reading " + earlier.reference() + ": " + read.status() + " " + read.body());
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
        Launcher.Result rotation;
        try {
            rotation = Launcher.run(Duration.ofMinutes(5), "rotate-key", "acme");
        } finally {
            staff.shutdown();
            assertTrue(staff.awaitTermination(30, TimeUnit.SECONDS), "the staff's last request ended");
        }
        assertEquals(0, rotation.exitCode(), rotation.output());
        assertTrue(rotation.output().contains("version " + versionBefore + " -> " + (versionBefore + 1)),
                rotation.output());
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), "the staff app served throughout ("
                + failures.size() + " failed)");
        assertTrue(entered.size() > 20, "orders were entered while the key was rotated: " + entered.size());

        JsonObject data = health().getJsonObject("data");
        assertEquals(versionBefore + 1, data.getInt("keyVersion"), data.toString());
        assertEquals(0, data.getJsonNumber("rowsUnderOlderKeys").longValue(), data.toString());
        assertTrue(data.getJsonNumber("resealed").longValue() >= 20, "rows sealed before were re-sealed: " + data);
        for (Customer customer : entered) {
            JsonObject read = Await.until(customer.reference() + " read (within the staff's rate limit)", WAIT,
                    () -> Optional.of(Http.get(ACME + "orders/" + customer.reference(), employee))
                            .filter(r -> r.status() != 429)).json().getJsonObject("customer");
            assertTrue(read != null, customer.reference() + " has its customer");
            assertEquals(customer.name(), read.getString("name"));
            assertEquals(customer.phone(), read.getString("phone"));
        }
        String privacy = Http.userToken("partner-admin-acme", "acme-privacy");
        Customer first = entered.get(0);
        assertEquals(1, Http.get(ADMIN + "orders?email=" + URLEncoder.encode(first.email(), StandardCharsets.UTF_8),
                privacy).structure().asJsonArray().size(), "found by its address after its hash was made anew");
        if (POSTGRES) {
            assertEquals(0, count("select count(*) from customer where email not like ?",
                    "pd1." + (versionBefore + 1) + ".%"), "every customer row is under the new key");
        }
    }

    /**
     * A customer and order as a Partner DB of before sealing holds them once migration V8 has marked its clear values
     * ({@code pd0.}): in clear, without a lookup hash.
     */
    private Customer writtenBeforeSealingBegan(Customer customer) throws SQLException {
        try (Connection db = partnerDb("acme");
             PreparedStatement insert = db.prepareStatement("insert into customer (name, email, phone) values (?, ?, ?)",
                     new String[] {"id"})) {
            insert.setString(1, "pd0." + customer.name());
            insert.setString(2, "pd0." + customer.email());
            insert.setString(3, "pd0." + customer.phone());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys();
                 PreparedStatement order = db.prepareStatement("insert into customer_order (reference, customer_id, "
                         + "store, state, created_at) values (?, ?, 'acme-springfield', 'OPEN', current_timestamp)")) {
                key.next();
                order.setString(1, customer.reference());
                order.setLong(2, key.getLong(1));
                order.executeUpdate();
            }
        }
        return customer;
    }

    private static JsonObject health() {
        return Http.get(Demo.MANAGEMENT + "/health/ready", null).json().getJsonArray("checks").stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("name").equals("personal-data-acme"))
                .findFirst().orElseThrow(() -> new AssertionError("no readiness check personal-data-acme"));
    }

    private void product(String token) {
        Http.Reply reply = Http.putJson(ACME + "products/BOOK-" + run, token, Json.createObjectBuilder()
                .add("name", "a book").add("lengthMm", 200).add("widthMm", 150).add("heightMm", 40)
                .add("weightGrams", 600).add("packaging", "BOX").build());
        assertTrue(reply.status() == 201 || reply.status() == 200, reply.body());
    }

    private void order(String token, Customer customer) {
        Http.Reply reply = Http.postJson(ACME + "orders", token, body(customer));
        assertEquals(201, reply.status(), reply.body());
    }

    private JsonObject body(Customer customer) {
        return Json.createObjectBuilder().add("reference", customer.reference()).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", customer.name()).add("email", customer.email())
                        .add("phone", customer.phone()))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "BOOK-" + run)
                        .add("quantity", 1)))
                .build();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = partnerDb("acme"); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The retailer's Partner DB as the launcher made it for the tests (LOCKERNET_DB_PREFIX lockernet_it). */
    private static Connection partnerDb(String retailer) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/lockernet_it_partner_" + retailer,
                System.getProperty("lockernet.it.pg-user", "postgres"),
                System.getProperty("lockernet.it.pg-password", "postgres"));
    }
}
