package io.lockernet.simulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.lockernet.api.architecture.ArchitectureRules;

/** The house rules (STYLE.md) on the simulator's classes: {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "io.lockernet.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);
}
