package no.forsokssjekk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §§ listed without Lovdata's text (our catalogue only) follow the law's own order, not the order of the letters. */
class LabelOrderTest {

    @Test
    void sections_are_ordered_as_the_law_numbers_them() {
        List<String> labels = new ArrayList<>(List.of("§17-11", "§17-2", "§17-1", "§2a", "§10", "§2", "§17-12",
                "§4A-1", "§4-1"));
        labels.sort(Corpus::compareLabels);
        assertThat(labels).containsExactly("§2", "§2a", "§4-1", "§4A-1", "§10", "§17-1", "§17-2", "§17-11", "§17-12");
    }
}
