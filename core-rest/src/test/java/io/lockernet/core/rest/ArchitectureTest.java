package io.lockernet.core.rest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on the Core's REST resources, this module's packages only (the Core's EJB module has its
 * own test). Not yet by area: the resources are grouped by caller (issue #12, point 2).
 */
@AnalyzeClasses(packages = {"io.lockernet.core.rest", "io.lockernet.core.operatorapi", "io.lockernet.core.partnerapi",
        "io.lockernet.core.shepherdapi"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);
}
