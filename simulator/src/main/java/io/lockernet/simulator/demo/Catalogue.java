package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What the demo retailers sell: a DIY store's range and a supermarket's, with the outer size, weight and packaging the
 * best-fit proposal packs by. Every item fits the demo lockers' compartments (the largest inner side is 600 mm), and
 * the packagings are mixed so that proposals differ: a bottle stands, eggs get padding, gloves come in a bag.
 */
final class Catalogue {

    /** ACME DIY's range in the demo data (the first demo retailer). */
    static final List<Product> DIY = List.of(
            new Product("DIY-DRILL-18V", "Cordless drill 18 V with two batteries", 350, 250, 110, 2600, "BOX"),
            new Product("DIY-JIGSAW-650", "Jigsaw 650 W in a case", 380, 300, 100, 3100, "BOX"),
            new Product("DIY-SCREWS-500", "Wood screws 4 x 40 mm, box of 500", 150, 100, 60, 1100, "BOX"),
            new Product("DIY-PAINT-2L5", "Interior wall paint, white, 2.5 l", 190, 190, 200, 3600, "UPRIGHT"),
            new Product("DIY-LED-E27-4", "LED bulbs E27 806 lm, pack of 4", 230, 120, 65, 260, "FRAGILE"),
            new Product("DIY-TAPE-5M", "Tape measure 5 m", 80, 80, 40, 220, "BOX"),
            new Product("DIY-GLOVES-L", "Work gloves, size L", 260, 140, 30, 120, "BAG"),
            new Product("DIY-SANDPAPER-20", "Sandpaper assortment, 20 sheets", 280, 230, 15, 300, "BOX"),
            new Product("DIY-SEALANT-300", "Silicone sealant, transparent, 300 ml", 240, 55, 55, 360, "BOX"),
            new Product("DIY-HOSE-25M", "Garden hose 25 m, 1/2 inch", 380, 380, 120, 2900, "BAG"),
            new Product("DIY-BASIL", "Basil in a 12 cm pot", 150, 150, 220, 800, "UPRIGHT"));

    /** Bravo Market's range in the demo data (the second demo retailer). */
    static final List<Product> MARKET = List.of(
            new Product("MKT-COFFEE-1KG", "Coffee beans, 1 kg", 250, 130, 80, 1050, "BAG"),
            new Product("MKT-OLIVE-OIL-750", "Extra virgin olive oil, 750 ml", 70, 70, 300, 1300, "UPRIGHT"),
            new Product("MKT-EGGS-10", "Free-range eggs, box of 10", 250, 110, 70, 650, "FRAGILE"),
            new Product("MKT-SPAGHETTI-500", "Spaghetti, 500 g", 270, 75, 30, 520, "BOX"),
            new Product("MKT-RICE-1KG", "Basmati rice, 1 kg", 200, 130, 60, 1020, "BAG"),
            new Product("MKT-TEA-40", "Green tea, 40 bags", 130, 75, 65, 90, "BOX"),
            new Product("MKT-WINE-RED", "Red wine, 750 ml", 80, 80, 310, 1350, "FRAGILE"),
            new Product("MKT-CHOCOLATE-70", "Dark chocolate 70 %, 100 g", 160, 80, 10, 105, "BOX"),
            new Product("MKT-DETERGENT-1L5", "Laundry detergent, 1.5 l", 200, 100, 260, 1650, "UPRIGHT"),
            new Product("MKT-MUESLI-750", "Muesli, 750 g", 290, 200, 70, 800, "BOX"),
            new Product("MKT-TOMATOES-400", "Chopped tomatoes, tin of 400 g", 75, 75, 110, 450, "BOX"));

    private Catalogue() {
    }

    /**
     * The range of the retailer at {@code position} in {@code --demo-retailers}: the DIY range for the first (acme),
     * the supermarket's for the second (bravo), and so on in turn for retailers added later.
     */
    static List<Product> forRetailerAt(int position) {
        return position % 2 == 0 ? DIY : MARKET;
    }

    /** One product as {@code PUT /products/{sku}} takes it (the sku is in the path, not the body). */
    record Product(String sku, String name, int lengthMm, int widthMm, int heightMm, int weightGrams,
                   String packaging) {

        JsonObject toJson() {
            return Json.createObjectBuilder().add("name", name).add("lengthMm", lengthMm).add("widthMm", widthMm)
                    .add("heightMm", heightMm).add("weightGrams", weightGrams).add("packaging", packaging).build();
        }
    }
}
