package io.lockernet.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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
            .because("boundary, control, entity: the lower layers never import the one above (STYLE.md)")
            .allowEmptyShould(true); // a module without layers (api, the simulator) has nothing to check

    /** The longest a source file may be; one that grows past it holds two things that want names of their own. */
    public static final int MOST_LINES = 300;

    /**
     * No class reaches past line {@value #MOST_LINES} of its source file (measured at the last line with code that
     * the compiler recorded, so a file's closing braces and a trailing comment do not count).
     */
    @ArchTest
    public static final ArchRule NO_CLASS_OVER_300_LINES = classes()
            .should(new ArchCondition<JavaClass>("end by line " + MOST_LINES + " of its source file") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    int last = lastLine(type);
                    if (last > MOST_LINES) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " has code on line " + last
                                + " of " + type.getSource().map(Object::toString).orElse("its source")));
                    }
                }
            })
            .because("a class over " + MOST_LINES + " lines does more than one thing (STYLE.md: read in one sitting)");

    static int lastLine(JavaClass type) {
        int last = type.getSourceCodeLocation().getLineNumber();
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            last = Math.max(last, unit.getSourceCodeLocation().getLineNumber());
            for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                last = Math.max(last, access.getLineNumber());
            }
        }
        return last;
    }

    /**
     * The business areas under {@code root} ({@code io.lockernet.shepherd.link}, {@code …shepherd.command}, …) import
     * each other one way only: where a lower area has news for an upper one, it fires an event the upper one observes.
     */
    public static ArchRule areasImportEachOtherOneWayOnly(String root) {
        return slices().matching(root + ".(*)..").namingSlices("area $1").should().beFreeOfCycles()
                .because("an area that imports an area that imports it back is one area in two halves (STYLE.md)");
    }
}
