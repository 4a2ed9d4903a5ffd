package io.lockernet.partneradmin;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/** The house rules (STYLE.md) on this module's classes: {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "io.lockernet.partneradmin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule AREAS = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.partneradmin");
}
