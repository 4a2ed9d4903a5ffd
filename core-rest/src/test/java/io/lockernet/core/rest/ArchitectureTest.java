package io.lockernet.core.rest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.lockernet.api.architecture.ArchitectureRules;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

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

    /** The role matrix is deny-by-default at run time too; this says which method was forgotten before it ships. */
    @ArchTest
    static final ArchRule EVERY_OPERATOR_OPERATION_NAMES_ITS_PERMISSION = methods()
            .that(DescribedPredicate.describe("answer requests of the operator area", ArchitectureTest::operatorOperation))
            .should().beAnnotatedWith(Requires.class)
            .because("every operation of the operator area is a row of the role matrix (Permission)");

    private static boolean operatorOperation(JavaMethod method) {
        boolean operatorArea = method.getOwner().tryGetAnnotationOfType(Path.class)
                .map(path -> path.value().startsWith("/operator")).orElse(false);
        return operatorArea && Stream.of(GET.class, PUT.class, POST.class, DELETE.class, PATCH.class)
                .anyMatch(method::isAnnotatedWith);
    }
}
