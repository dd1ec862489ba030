package no.forsokssjekk.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.testsupport.LovdataTestData;
import org.junit.jupiter.api.Test;

class RuleBaseTest {

    @Test
    void the_rules_in_the_project_compile_with_their_metadata() {
        RuleBase rules = RuleBase.build(ResourceTree.directory(LovdataTestData.projectDir().resolve("rules")));
        assertThat(rules.rules()).isNotEmpty();
    }
}
