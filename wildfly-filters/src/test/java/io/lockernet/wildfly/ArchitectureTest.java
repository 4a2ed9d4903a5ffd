package io.lockernet.wildfly;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.lockernet.api.architecture.ArchitectureRules;

/** The house rules (STYLE.md) on the Undertow filters: {@link ArchitectureRules} (one package: no areas to order). */
@AnalyzeClasses(packages = "io.lockernet.wildfly", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);
}
