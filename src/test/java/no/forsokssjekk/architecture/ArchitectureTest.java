package no.forsokssjekk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core (corpus, citation, search, assessment, contract) is a plain Java library: Spring is one adapter (web) and
 * picocli another (cli); neither holds domain logic and the core never depends on them.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.forsokssjekk");
    }

    @Test
    void the_core_never_imports_spring_or_picocli() {
        noClasses().that().resideOutsideOfPackages("no.forsokssjekk.web..", "no.forsokssjekk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..",
                        "jakarta.servlet..", "org.springdoc..", "ch.qos.logback..")
                .because("an embedding system gets the library without Spring or picocli")
                .check(classes);
    }

    @Test
    void the_core_does_not_depend_on_its_adapters() {
        noClasses().that().resideOutsideOfPackages("no.forsokssjekk.web..", "no.forsokssjekk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("no.forsokssjekk.web..", "no.forsokssjekk.cli..")
                .check(classes);
    }

    @Test
    void the_web_adapter_does_not_depend_on_the_command_line() {
        noClasses().that().resideInAPackage("no.forsokssjekk.web..")
                .should().dependOnClassesThat().resideInAPackage("no.forsokssjekk.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_corpus_knows_nothing_of_search_or_assessment() {
        noClasses().that().resideInAPackage("no.forsokssjekk.corpus..")
                .should().dependOnClassesThat().resideInAnyPackage("no.forsokssjekk.search..",
                        "no.forsokssjekk.assessment..", "no.forsokssjekk.citation..")
                .check(classes);
    }

    @Test
    void the_domain_packages_have_no_cycles() {
        slices().matching("no.forsokssjekk.(*)..").should().beFreeOfCycles().check(classes);
    }
}
