package io.lockernet.partner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on this module's classes: {@link ArchitectureRules}, and the Partner's areas import each
 * other one way only: platform and privacy at the bottom, then compartment, order, hold, and the kinds of hold (parcel,
 * returns) with the deposit, reports and the live view above them. Where a lower area must ask an upper one, it
 * declares what it needs and the upper one provides it (the compartment area's {@code CompartmentHolds}, the hold
 * area's {@code HoldKeeper}).
 */
@AnalyzeClasses(packages = "io.lockernet.partner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule AREAS_ONE_WAY = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.partner");
}
