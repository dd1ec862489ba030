package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class RequestThreadsConfigurationTest {

    @Test
    void without_a_setting_there_are_four_threads_per_core_and_at_least_eight() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(RequestThreadsConfiguration.requestThreadsSetting(null)).isEqualTo(Math.max(8, 4 * cores));
        assertThat(RequestThreadsConfiguration.requestThreadsSetting(" ")).isEqualTo(Math.max(8, 4 * cores));
        assertThat(RequestThreadsConfiguration.requestThreadsSetting("16")).isEqualTo(16);
    }

    @Test
    void a_setting_that_is_not_a_usable_number_names_the_property_and_what_it_accepts() {
        for (String bad : new String[] {"0", "-3", "abc", "1.5", "99999"}) {
            assertThatThrownBy(() -> RequestThreadsConfiguration.requestThreadsSetting(bad))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                            .extracting(InputProblem::field).isEqualTo("forsokssjekk.web.request-threads"));
        }
    }

    @Test
    void bad_input_at_start_is_described_as_such_without_a_stack_trace() {
        InvalidInputException bad = new InvalidInputException(InputProblem.of("forsokssjekk.web.request-threads",
                "'abc' is not a usable number of request threads", "a whole number from 1 to 10000"));
        var analysis = new InvalidInputFailureAnalyzer().analyze(new IllegalStateException("start failed", bad));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("forsokssjekk.web.request-threads").contains("'abc'");
        assertThat(analysis.getAction()).isNotBlank();
    }
}
