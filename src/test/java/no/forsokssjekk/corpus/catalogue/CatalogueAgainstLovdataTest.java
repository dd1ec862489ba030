package no.forsokssjekk.corpus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.forsokssjekk.corpus.DriftCheck;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.testsupport.FullLovdata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our catalogue checked against Lovdata's text of 2025-11-08 (read at test time, never committed): every § we
 * describe exists with the heading we give it, every classification was made against today's text, and no summary or
 * reason copies the law's wording.
 */
@Tag("slow")
class CatalogueAgainstLovdataTest {
    /** A run of this many words shared with the law text counts as copying. */
    static final int COPY_RUN = 8;

    private static Catalogue catalogue;
    private static LovdataCorpus lovdata;

    @BeforeAll
    static void load() {
        catalogue = Catalogue.embedded();
        lovdata = FullLovdata.corpus();
    }

    @Test
    void every_described_provision_of_a_current_law_exists_with_its_heading() {
        List<String> problems = new ArrayList<>();
        for (ProvisionEntry e : catalogue.provisions()) {
            if (lovdata.document(e.id().documentKey()).isEmpty()) {
                boolean current = catalogue.law(e.id().documentKey()).map(l -> l.status() == LawStatus.IN_FORCE)
                        .orElse(false);
                if (current) problems.add(e.id() + ": its document is not in Lovdata's current data");
                continue;
            }
            var p = lovdata.provision(e.id());
            if (p.isEmpty()) problems.add(e.id() + ": no such § in Lovdata's data");
            else if (!p.get().title().equals(e.title())) {
                problems.add(e.id() + ": heading '" + e.title() + "' but Lovdata has '" + p.get().title() + "'");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_classification_has_drifted_from_the_text_it_was_made_against() {
        DriftCheck.Report report = DriftCheck.run(catalogue, lovdata);
        // krisesenterlova § 5 a is empty in the 2025-11-08 data; its classification was made against the 2026 text
        assertThat(report.drifts()).allSatisfy(d ->
                assertThat(d.provision().toString()).as(d.toString()).startsWith("LOV-2009-06-19-44/§5a"));
    }

    @Test
    void no_summary_or_reason_copies_a_long_run_of_the_law_text() {
        List<String> copies = new ArrayList<>();
        for (ProvisionEntry e : catalogue.provisions()) {
            var doc = lovdata.document(e.id().documentKey());
            if (doc.isEmpty()) continue;
            Set<String> lawRuns = runs(documentText(doc.get()));
            List<String> ours = new ArrayList<>(List.of(e.summary().nb(), e.summary().nn() == null ? "" : e.summary().nn()));
            e.classifications().forEach(c -> ours.add(c.reason()));
            for (String text : ours) {
                for (String run : runsOf(text)) {
                    if (lawRuns.contains(run)) {
                        copies.add(e.id() + ": \"" + run + "\"");
                        break;
                    }
                }
            }
        }
        assertThat(copies).as("summaries and reasons must be in our own words").isEmpty();
    }

    @Test
    void every_law_in_force_we_describe_is_in_lovdatas_data_unless_it_is_outside_the_current_consolidation() {
        List<String> missing = catalogue.laws().stream()
                .filter(l -> l.status() == LawStatus.IN_FORCE)
                .filter(l -> lovdata.document(l.id()).isEmpty())
                .map(l -> l.id() + " (" + l.title() + ")").toList();
        // delegation decisions (DEL) are not part of the central regulations' dataset
        assertThat(missing).allSatisfy(m -> assertThat(m).matches("FOR-(1992-12-11-1050|2025-10-24-2091).*"));
    }

    @Test
    void the_copy_check_catches_a_summary_that_quotes_the_law() {
        String law = lovdata.provision(no.forsokssjekk.corpus.ProvisionId.parse("LOV-1992-06-26-87/§4")).orElseThrow()
                .plainText();
        String quoting = "Paragrafen sier at godkjenning kan ikke gis når dette vil innebære innskrenking av rettigheter.";
        assertThat(runsOf(quoting)).anyMatch(runs(law)::contains);
        String ownWords = "Et forsøk kan aldri svekke enkeltpersoners rettigheter eller gi dem nye plikter.";
        assertThat(runsOf(ownWords)).noneMatch(runs(law)::contains);
    }

    private static String documentText(LegalDocument d) {
        StringBuilder sb = new StringBuilder();
        for (Provision p : d.provisions()) sb.append(p.plainText()).append(' ');
        return sb.toString();
    }

    private static Set<String> runs(String text) {
        return new HashSet<>(runsOf(text));
    }

    static List<String> runsOf(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\d§ ]+", " ").replaceAll("\\s+", " ").strip();
        String[] w = t.isEmpty() ? new String[0] : t.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + COPY_RUN <= w.length; i++) out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + COPY_RUN)));
        return out;
    }
}
