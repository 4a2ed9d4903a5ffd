package io.lockernet.partner.order.entity;

import java.util.List;

/** What goes into one compartment: the items of an order, each as it is packed. */
public record Packing(List<Item> items) {

    /** How an item may be turned when packed, and how much room its packaging takes around it. */
    public enum Packaging {
        /** A rigid box: any side down. */
        BOX(0, true),
        /** This side up (liquids, plants): turned only about the vertical axis. */
        UPRIGHT(0, false),
        /** Fragile: this side up, with 20 mm of padding on every side. */
        FRAGILE(20, false),
        /** A soft bag: any side down, 10 mm of slack on every side. */
        BAG(10, true);

        private final int paddingMm;
        private final boolean anySideDown;

        Packaging(int paddingMm, boolean anySideDown) {
            this.paddingMm = paddingMm;
            this.anySideDown = anySideDown;
        }

        public int paddingMm() {
            return paddingMm;
        }

        public boolean anySideDown() {
            return anySideDown;
        }
    }

    /** One kind of item: outer size in millimetres (height is "up" for upright packaging), weight, how many. */
    public record Item(String sku, int lengthMm, int widthMm, int heightMm, int weightGrams, int quantity,
                       Packaging packaging) {

        public Item {
            if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0 || weightGrams < 0 || quantity <= 0) {
                throw new IllegalArgumentException("item " + sku + ": sizes and quantity must be positive, weight not "
                        + "negative");
            }
            if (packaging == null) {
                packaging = Packaging.BOX;
            }
        }
    }

    public long weightGrams() {
        return items.stream().mapToLong(i -> (long) i.weightGrams() * i.quantity()).sum();
    }
}
