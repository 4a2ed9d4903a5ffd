package io.lockernet.core.rest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on the Core's REST resources ({@code io.lockernet.core.rest}, by area; the Core's EJB
 * module has its own test): {@link ArchitectureRules}, and the areas' resources import each other one way only.
 */
@AnalyzeClasses(packages = "io.lockernet.core.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule AREAS_ONE_WAY = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.core.rest");
}
