package io.lockernet.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of STYLE.md as ArchUnit rules, shared by every module through this module's test jar: each module's
 * {@code ArchitectureTest} applies them to its own classes, so that a slip fails the build instead of waiting for a
 * review.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A boundary is what the outside calls; the controls and entities below it serve it and never call up. */
    @ArchTest
    public static final ArchRule CONTROLS_AND_ENTITIES_NEVER_IMPORT_BOUNDARIES = noClasses()
            .that().resideInAnyPackage("..control..", "..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("boundary, control, entity: the lower layers never import the one above (STYLE.md)");

    /**
     * The business areas under {@code root} ({@code io.lockernet.shepherd.link}, {@code …shepherd.command}, …) import
     * each other one way only: where a lower area has news for an upper one, it fires an event the upper one observes.
     */
    public static ArchRule areasImportEachOtherOneWayOnly(String root) {
        return slices().matching(root + ".(*)..").namingSlices("area $1").should().beFreeOfCycles()
                .because("an area that imports an area that imports it back is one area in two halves (STYLE.md)");
    }
}
