package io.lockernet.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on this module's classes: {@link ArchitectureRules}. Not yet the one-way rule between
 * areas: impulse, locker and reservation import each other (issue #12, point 2).
 */
@AnalyzeClasses(packages = "io.lockernet.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);
}
