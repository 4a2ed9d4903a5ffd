package io.lockernet.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on this module's classes: {@link ArchitectureRules}, and the Core's areas import each
 * other one way only. Where a lower area must ask an upper one, it declares what it needs and the upper one provides
 * it (the impulse area's {@code CompartmentHolds}, implemented by the reservation area); an upper area that only
 * reacts to what a lower one saw observes its CDI event (the reservation area observes the device area's
 * {@code DoorClosed}).
 */
@AnalyzeClasses(packages = "io.lockernet.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule AREAS_ONE_WAY = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.core");
}
