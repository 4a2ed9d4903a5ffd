package io.lockernet.routing;

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
 * The house rules (STYLE.md) on the routing library, and the one that is its own: it stays a plain library that an
 * EJB can call, with nothing of Jakarta EE or of the rest of Lockernet in it.
 */
@AnalyzeClasses(packages = "io.lockernet.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule PLAIN_LIBRARY = noClasses().that().resideInAPackage("io.lockernet.routing..")
            .should().dependOnClassesThat(resideInAPackage("jakarta..")
                    .or(resideInAPackage("javax.persistence.."))
                    .or(resideInAPackage("io.lockernet.."))
                    .and(not(resideInAPackage("io.lockernet.routing.."))))
            .because("the Core calls routing; routing needs no container and knows nothing of the Core");
}
