package io.lockernet.simulator.demo;

import io.lockernet.simulator.demo.Catalogue.Product;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The orders the demo enters, as {@code POST /orders} takes them: one to three items of the retailer's range, a
 * customer at the reserved domain {@code example.com} (now and then one who needs a low compartment), a reference that
 * starts with {@code DEMO-} and names the store. A seed order is the same document on every run, so that seeding again
 * meets 409 and changes nothing; a stream order is named for the second it was made in.
 */
final class DemoOrders {

    static final String PREFIX = "DEMO-";
    /** References are at most 60 characters; the store's part is cut to leave room for the rest. */
    private static final int STORE_PART = 38;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> CUSTOMERS = List.of("Marge Simpson", "Ned Flanders", "Edna Krabappel",
            "Apu Nahasapeemapetilon", "Lisa Simpson", "Moe Szyslak", "Selma Bouvier", "Waylon Smithers",
            "Luann Van Houten", "Seymour Skinner", "Helen Lovejoy", "Carl Carlson", "Agnes Skinner", "Otto Mann");
    /** One customer in this many needs a low compartment (a wheelchair user). */
    private static final int LOW_ONE_IN = 8;

    private final List<Product> catalogue;
    private final RandomGenerator random;

    DemoOrders(List<Product> catalogue, RandomGenerator random) {
        this.catalogue = List.copyOf(catalogue);
        this.random = random;
    }

    /** The seed's order {@code number} (from 1) of a store: the same on every run. */
    JsonObject seed(String store, int number) {
        return order(seedReference(store, number), store, new Random(31L * store.hashCode() + number));
    }

    /** A new order of the stream for a store, named for {@code now}. */
    JsonObject next(String store, Instant now) {
        return order(streamReference(store, now), store, random);
    }

    static String seedReference(String store, int number) {
        return PREFIX + storePart(store) + "-" + String.format(Locale.ROOT, "%03d", number);
    }

    static String streamReference(String store, Instant now) {
        return PREFIX + storePart(store) + "-" + SECOND.format(now);
    }

    private JsonObject order(String reference, String store, RandomGenerator choice) {
        String name = CUSTOMERS.get(choice.nextInt(CUSTOMERS.size()));
        JsonObject customer = Json.createObjectBuilder().add("name", name).add("email", email(name))
                .add("lowCompartment", choice.nextInt(LOW_ONE_IN) == 0).build();
        return Json.createObjectBuilder().add("reference", reference).add("store", store).add("customer", customer)
                .add("lines", lines(choice)).build();
    }

    /** One to three different products; small ones now and then twice. */
    private JsonArrayBuilder lines(RandomGenerator choice) {
        List<Product> shuffled = new ArrayList<>(catalogue);
        Collections.shuffle(shuffled, choice instanceof Random r ? r : new Random(choice.nextLong()));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        int count = 1 + choice.nextInt(3);
        for (Product product : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            int quantity = product.weightGrams() < 1_000 && choice.nextInt(3) == 0 ? 2 : 1;
            lines.add(Json.createObjectBuilder().add("sku", product.sku()).add("quantity", quantity));
        }
        return lines;
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com";
    }

    private static String storePart(String store) {
        String part = store.replaceAll("[^A-Za-z0-9._-]", "-");
        return part.length() > STORE_PART ? part.substring(0, STORE_PART) : part;
    }
}
