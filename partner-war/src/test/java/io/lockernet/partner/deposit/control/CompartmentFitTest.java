package io.lockernet.partner.deposit.control;

import io.lockernet.partner.order.entity.Packing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.partner.deposit.control.CompartmentFit.Candidate;
import io.lockernet.partner.deposit.control.CompartmentFit.Proposal;
import io.lockernet.partner.order.entity.Packing.Item;
import io.lockernet.partner.order.entity.Packing.Packaging;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Best fit with the real packing library, on the demo lockers' compartment sizes (width x height x depth, mm). */
class CompartmentFitTest {

    private static final List<Candidate> L1 = List.of(
            new Candidate("L-0001", "A1", "XS", 400, 80, 600, false),
            new Candidate("L-0001", "A2", "S", 400, 190, 600, false),
            new Candidate("L-0001", "A4", "M", 400, 290, 600, true),
            new Candidate("L-0001", "B1", "M", 400, 290, 600, false),
            new Candidate("L-0001", "B2", "L", 400, 410, 600, false),
            new Candidate("L-0001", "B4", "XL", 600, 600, 600, true));

    private static Packing parcel(Item... items) {
        return new Packing(List.of(items));
    }

    private static Item box(int l, int w, int h, int quantity) {
        return new Item("sku", l, w, h, 500, quantity, Packaging.BOX);
    }

    @Test
    void aFlatParcelGoesIntoTheSmallestCompartment() {
        assertEquals(Optional.of(new Proposal("L-0001", "A1", "XS", false)),
                CompartmentFit.propose(parcel(box(300, 200, 50, 1)), "L-0001", L1, false));
    }

    @Test
    void aBoxThatLiesDownInASmallerCompartmentIsTurned() {
        // 150 mm high as given, but a rigid box may lie on its side: 500 x 150 x 60 fits the 80 mm high XS
        assertEquals("A1", CompartmentFit.propose(parcel(box(500, 60, 150, 1)), "L-0001", L1, false)
                .orElseThrow().compartment());
    }

    @Test
    void uprightItemsStandUpAndNeedAHigherCompartment() {
        Item plant = new Item("plant", 200, 200, 350, 3_000, 1, Packaging.UPRIGHT);
        assertEquals("B2", CompartmentFit.propose(parcel(plant), "L-0001", L1, false).orElseThrow().compartment(),
                "350 mm standing needs the 410 mm high L; lying it in an S would spill it");
    }

    @Test
    void packagingPaddingCounts() {
        Item vase = new Item("vase", 300, 300, 170, 1_000, 1, Packaging.FRAGILE);
        // 170 + 2 x 20 padding = 210 mm: too high for the 190 mm S, fits the 290 mm M
        assertEquals("B1", CompartmentFit.propose(parcel(vase), "L-0001", L1, false).orElseThrow().compartment());
    }

    @Test
    void severalItemsArePackedTogether() {
        // 390 x 290 x 90 boxes: a 400 x 600 floor takes two per layer; four make two layers, 180 mm: the S (190 mm)
        assertEquals("A2", CompartmentFit.propose(parcel(box(390, 290, 90, 4)), "L-0001", L1, false).orElseThrow()
                .compartment());
        assertEquals("B1", CompartmentFit.propose(parcel(box(390, 290, 90, 6)), "L-0001", L1, false).orElseThrow()
                .compartment(), "six need three layers: 270 mm, the M");
    }

    @Test
    void aLowCompartmentOnRequest() {
        assertEquals("A4", CompartmentFit.propose(parcel(box(300, 200, 50, 1)), "L-0001", L1, true).orElseThrow()
                .compartment(), "the smallest low one, though an XS would fit");
    }

    @Test
    void whenNothingFitsHereAnotherLockerOfTheStore() {
        List<Candidate> store = List.of(
                new Candidate("L-0001", "A1", "XS", 400, 80, 600, false),
                new Candidate("L-0002", "B4", "XL", 600, 600, 600, false),
                new Candidate("L-0002", "B2", "L", 400, 410, 600, false));
        assertEquals(Optional.of(new Proposal("L-0002", "B2", "L", true)),
                CompartmentFit.propose(parcel(box(350, 350, 350, 1)), "L-0001", store, false));
    }

    @Test
    void tooBigOrTooHeavyFitsNowhere() {
        assertFalse(CompartmentFit.propose(parcel(box(700, 100, 100, 1)), "L-0001", L1, false).isPresent(),
                "700 mm does not fit 600 mm in any direction");
        Item sand = new Item("sand", 300, 200, 100, 25_000, 2, Packaging.BAG);
        assertFalse(CompartmentFit.propose(parcel(sand), "L-0001", L1, false).isPresent(), "50 kg is too heavy");
        assertTrue(CompartmentFit.fits(parcel(box(590, 590, 590, 1)), L1.get(5)));
    }
}
