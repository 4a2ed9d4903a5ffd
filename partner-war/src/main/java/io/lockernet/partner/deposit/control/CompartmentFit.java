package io.lockernet.partner.deposit.control;

import com.github.skjolber.packing.api.Box;
import com.github.skjolber.packing.api.Container;
import com.github.skjolber.packing.api.ContainerItem;
import com.github.skjolber.packing.api.DefaultStack;
import com.github.skjolber.packing.api.PackagerResult;
import com.github.skjolber.packing.api.StackableItem;
import com.github.skjolber.packing.packer.plain.PlainPackager;
import io.lockernet.partner.order.entity.Packing;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Chooses the compartment for a parcel: the smallest free one its items can be packed into, by 3D packing of the
 * items as they are (sizes, packaging, weight; the skjolber 3d-bin-container-packing library does the packing). The
 * locker the employee stands at comes first; only when nothing there fits is another locker of the same store
 * proposed. A parcel for a customer who asked for a low compartment (wheelchair users) goes only into low ones;
 * other parcels take a low one only when no other of the same size is free.
 */
public final class CompartmentFit {

    /** The most a compartment is trusted to carry, whatever its size: 30 kg. */
    public static final int MAX_LOAD_GRAMS = 30_000;

    /** A free compartment somewhere in the store, with its inner size in millimetres. */
    public record Candidate(String locker, String compartment, String size, int widthMm, int heightMm, int depthMm,
                            boolean lowHeight) {

        long volume() {
            return (long) widthMm * heightMm * depthMm;
        }
    }

    public record Proposal(

            @Schema(example = "L-0001") String locker,

            @Schema(example = "A2") String compartment,

            @Schema(example = "S") String size,

            @Schema(example = "false") boolean otherLocker) {
    }

    private CompartmentFit() {
    }

    /**
     * The compartment proposed for the parcel at {@code locker} (null: at any locker of the store), from the free
     * candidates of the store; empty when none fits (too big, too heavy, or every fitting compartment is taken).
     */
    public static Optional<Proposal> propose(Packing packing, String locker, List<Candidate> free, boolean lowHeight) {
        if (packing.items().isEmpty() || packing.weightGrams() > MAX_LOAD_GRAMS) {
            return Optional.empty();
        }
        return free.stream()
                .filter(c -> !lowHeight || c.lowHeight())
                .sorted(Comparator.comparing((Candidate c) -> !c.locker().equals(locker))
                        .thenComparingLong(Candidate::volume)
                        // of equal ones, a low compartment is kept for those who need it
                        .thenComparing((Candidate c) -> !lowHeight && c.lowHeight())
                        .thenComparing(Candidate::compartment))
                .filter(c -> fits(packing, c))
                .findFirst()
                .map(c -> new Proposal(c.locker(), c.compartment(), c.size(),
                        locker != null && !c.locker().equals(locker)));
    }

    /** Whether the items can be packed into the compartment together (and, upright ones, standing up). */
    public static boolean fits(Packing packing, Candidate compartment) {
        // the library's axes: x = width, y = depth, z = height (up)
        Container container = Container.newBuilder().withDescription(compartment.compartment())
                .withSize(compartment.widthMm(), compartment.depthMm(), compartment.heightMm())
                .withEmptyWeight(0).withMaxLoadWeight(MAX_LOAD_GRAMS).withStack(new DefaultStack()).build();
        List<StackableItem> items = packing.items().stream().map(CompartmentFit::stackable).toList();
        PackagerResult result = PlainPackager.newBuilder().build().newResultBuilder()
                .withContainers(ContainerItem.newListBuilder().withContainer(container).build())
                .withStackables(items).withMaxContainerCount(1).build();
        return result.isSuccess() && result.size() == 1;
    }

    private static StackableItem stackable(Packing.Item item) {
        int pad = 2 * item.packaging().paddingMm();
        Box.Builder box = Box.newBuilder().withDescription(item.sku())
                .withSize(item.lengthMm() + pad, item.widthMm() + pad, item.heightMm() + pad)
                .withWeight(item.weightGrams());
        return new StackableItem((item.packaging().anySideDown() ? box.withRotate3D() : box.withRotate2D()).build(),
                item.quantity());
    }
}
