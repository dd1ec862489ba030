package no.forsokssjekk.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Spring (and springdoc's annotations) stay in the web adapter; the core and the CLI never see them. */
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

    @Test
    void theCoreDoesNotKnowItsAdapters() {
        noClasses().that().resideOutsideOfPackages("no.forsokssjekk.web..", "no.forsokssjekk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("no.forsokssjekk.web..", "no.forsokssjekk.cli..")
                .check(CLASSES);
    }
}
