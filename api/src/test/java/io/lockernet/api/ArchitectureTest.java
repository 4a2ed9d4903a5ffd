package io.lockernet.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;

/**
 * The house rules (STYLE.md) on the shared jar, its packages one way only, and the one that is its own: it builds on
 * nothing else of ours.
 */
@AnalyzeClasses(packages = "io.lockernet.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule API_IMPORTS_NOTHING_OF_OURS = noClasses().that().resideInAPackage("io.lockernet.api..")
            .should().dependOnClassesThat(resideInAPackage("io.lockernet..")
                    .and(not(resideInAPackage("io.lockernet.api.."))))
            .because("every module builds on api, so api builds on none of them");

    @ArchTest
    static final ArchRule AREAS_ONE_WAY = ArchitectureRules.areasImportEachOtherOneWayOnly("io.lockernet.api");
}
