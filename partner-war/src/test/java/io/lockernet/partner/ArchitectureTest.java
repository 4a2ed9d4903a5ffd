package io.lockernet.partner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on this module's classes: {@link ArchitectureRules}. Not yet the one-way rule between
 * areas: order, parcel, returns and compartment import each other until they share one hold area (issue #12, point 1).
 */
@AnalyzeClasses(packages = "io.lockernet.partner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);
}
