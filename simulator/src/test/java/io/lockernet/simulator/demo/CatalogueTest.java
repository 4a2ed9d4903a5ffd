package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.demo.Catalogue.Product;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo's products as the staff API takes them, and whether the demo lockers can hold them. */
class CatalogueTest {

    /** The largest compartment of the demo lockers (B4, XL), inner millimetres. */
    private static final int LARGEST_SIDE = 600;
    /** FRAGILE is packed with this much padding on every side (docs/integrator.md). */
    private static final int MOST_PADDING = 20;
    private static final Set<String> PACKAGINGS = Set.of("BOX", "UPRIGHT", "FRAGILE", "BAG");

    @Test
    void everyProductFitsTheLargestCompartmentWithItsPadding() {
        for (Product p : all()) {
            int largest = Math.max(p.lengthMm(), Math.max(p.widthMm(), p.heightMm()));
            assertTrue(largest + 2 * MOST_PADDING <= LARGEST_SIDE, p.toString());
            assertTrue(PACKAGINGS.contains(p.packaging()), p.toString());
            assertTrue(p.lengthMm() > 0 && p.widthMm() > 0 && p.heightMm() > 0 && p.weightGrams() > 0, p.toString());
        }
    }

    @Test
    void theDocumentHoldsOnlyWhatPutProductKnowsAndLeavesTheSkuToThePath() {
        Product drill = Catalogue.DIY.get(0);

        assertEquals(Set.of("name", "lengthMm", "widthMm", "heightMm", "weightGrams", "packaging"),
                drill.toJson().keySet());
        assertEquals(350, drill.toJson().getInt("lengthMm"));
    }

    @Test
    void skusAreUniqueAndShortEnough() {
        Set<String> skus = new HashSet<>();
        for (Product p : all()) {
            assertTrue(skus.add(p.sku()), "twice: " + p.sku());
            assertTrue(p.sku().length() <= 60 && p.sku().matches("[A-Z0-9-]+"), p.sku());
        }
    }

    @Test
    void theTwoDemoRetailersSellDifferentRanges() {
        assertEquals(Catalogue.DIY, Catalogue.forRetailerAt(0));
        assertEquals(Catalogue.MARKET, Catalogue.forRetailerAt(1));
        assertNotEquals(Catalogue.forRetailerAt(0), Catalogue.forRetailerAt(1));
    }

    private static List<Product> all() {
        return Stream.concat(Catalogue.DIY.stream(), Catalogue.MARKET.stream()).toList();
    }
}
