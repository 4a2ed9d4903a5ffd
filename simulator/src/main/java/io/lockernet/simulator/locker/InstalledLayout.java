package io.lockernet.simulator.locker;

import io.lockernet.api.layout.CompartmentType;
import io.lockernet.api.layout.PlacedCompartment;
import io.lockernet.api.protocol.CompartmentInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compartments a simulated locker has now and the version of the configuration they came with, as its
 * {@code hello} reports them. Immutable: a {@code configure} replaces it as a whole, so a locker is never seen half
 * configured.
 *
 * @param rollerShutters the compartments whose door is a roller shutter (lowered by a {@code close} command)
 */
record InstalledLayout(String configVersion, List<CompartmentInfo> compartments, Set<String> rollerShutters) {

    InstalledLayout {
        compartments = List.copyOf(compartments);
        rollerShutters = Set.copyOf(rollerShutters);
    }

    /**
     * The compartments a locker is built with, all behind hinged doors, before any {@code configure}: a version of
     * its own that names no version of the Core's, so that the Core sends its layout after the first hello.
     */
    static InstalledLayout factory(List<CompartmentInfo> compartments) {
        return new InstalledLayout("layout-" + Integer.toHexString(compartments.hashCode()), compartments, Set.of());
    }

    /** What a {@code configure} of a layout that keeps the rules installs. */
    static InstalledLayout configured(String configVersion, List<PlacedCompartment> placed) {
        return new InstalledLayout(configVersion,
                placed.stream().map(p -> new CompartmentInfo(p.name(), p.sizeClass())).toList(),
                placed.stream().filter(p -> p.type().door() == CompartmentType.Door.ROLLER_SHUTTER)
                        .map(PlacedCompartment::name).collect(Collectors.toSet()));
    }

    boolean has(String compartment) {
        return compartments.stream().anyMatch(c -> c.name().equals(compartment));
    }

    boolean rollerShutter(String compartment) {
        return rollerShutters.contains(compartment);
    }

    List<String> names() {
        return compartments.stream().map(CompartmentInfo::name).toList();
    }
}
