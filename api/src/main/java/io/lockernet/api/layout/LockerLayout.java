package io.lockernet.api.layout;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A locker as an operator lays it out: its modules from left to right. The Core numbers its versions and names the
 * version the locker reports ({@code configVersion}) once it has applied it.
 */
@Schema(description = "A locker's modules from left to right, each with its compartments from top to bottom.")
public record LockerLayout(List<Module> modules) {

    /** A column of the locker: its kind from the catalogue and its compartments from top to bottom. */
    public record Module(
            @Schema(example = "control", enumeration = {"control", "narrow", "wide"}) String kind,
            List<Compartment> compartments) {
    }

    /** A compartment: the name printed on its door and its type from the catalogue. */
    public record Compartment(
            @Schema(example = "A1") String name,
            @Schema(example = "s", enumeration = {"xs", "s", "m", "l", "xl", "low", "roller-shutter"}) String type) {
    }
}
