package no.forsokssjekk.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Spring, the servlet API and springdoc's annotations stay in the web adapter: not in the core (see ArchitectureTest)
 * and not in the CLI either, which starts the service through {@link WebServer} only.
 */
class WebArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.forsokssjekk");

    @Test
    void onlyTheWebPackageUsesSpring() {
        noClasses().that().resideOutsideOfPackage("no.forsokssjekk.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.swagger..",
                        "jakarta.servlet..")
                .check(CLASSES);
    }
}
