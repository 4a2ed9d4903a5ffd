package io.lockernet.courier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/** The house rules (STYLE.md) on the courier app's classes: {@link ArchitectureRules}, and its areas one way only. */
@AnalyzeClasses(packages = "io.lockernet.courier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule AREAS_ONE_WAY = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.courier");
}
