package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.AuthorityRef;
import no.forsokssjekk.assessment.BasisKind;
import no.forsokssjekk.assessment.CouncilResolution;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.Outcome;
import no.forsokssjekk.assessment.ProvisionRef;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.Versions;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import org.junit.jupiter.api.Test;

/** The draft vedtekter: what forvaltningsloven § 38 asks of a forskrift, filled where known, bracketed where not. */
class LocalRegulationDrafterTest {
    private final LocalRegulationDrafter drafter = new LocalRegulationDrafter();

    private static Assessment assessed(LegalBasis... bases) {
        return new Assessment(Outcome.NO_OBSTACLES_FOUND, List.of(new ExemptionAssessment("oppl. § 14-3",
                new ProvisionRef("LOV-2023-06-09-30/§14-3", "opplæringslova § 14-3", "Karakterar", "Lov om grunnskoleopplæringa "
                        + "og den vidaregåande opplæringa (opplæringslova)", "Kunnskapsdepartementet"), List.of(bases))),
                List.of(), new Versions("dev", "r", "c", null), LocalDate.of(2026, 11, 1), Language.NB, List.of());
    }

    @Test
    void aCountyTrialUnderForsokslovenNamesTheCouncilTheActAndTheApprover() {
        Application a = Application.builder().language(Language.NB)
                .applicant(new Applicant("Vestland fylkeskommune", ApplicantType.COUNTY_MUNICIPALITY, null,
                        new CouncilResolution(LocalDate.of(2026, 9, 15), "FT 40/26")))
                .title("karakterfri vurdering").purpose("Prøve ut vurdering uten karakterer.")
                .period(LocalDate.of(2027, 8, 1), LocalDate.of(2031, 7, 31))
                .exemption(new RequestedExemption("oppl. § 14-3", "Ingen karakterer i 8. trinn.",
                        "Halvårsvurdering med samtale.", EffectOnIndividuals.NONE))
                .build();
        LocalRegulationDrafter.Draft d = drafter.draft(a, assessed(new LegalBasis(BasisKind.FORSOKSLOVEN,
                new AuthorityRef("FORSOKSLOVEN", "forsøksloven § 3"), true, "", "a", "Kommunal- og distriktsdepartementet")));
        assertThat(d.issuingBody()).isEqualTo("fylkestinget i Vestland fylkeskommune");
        assertThat(d.approvingBody()).isEqualTo("Kommunal- og distriktsdepartementet");
        assertThat(d.text()).startsWith("Forskrift om forsøk med karakterfri vurdering, Vestland fylkeskommune")
                .contains("Fastsatt av fylkestinget i Vestland fylkeskommune 15. september 2026 med hjemmel i lov "
                        + "26. juni 1992 nr. 87 om forsøk i offentlig forvaltning (forsøksloven) § 3 og § 5.")
                .contains("a) opplæringslova § 14-3 (Karakterar): Ingen karakterer i 8. trinn.")
                .contains("(1) I stedet for opplæringslova § 14-3 (Karakterar) gjelder dette: Halvårsvurdering med samtale.")
                .contains("Forskriften trer i kraft 1. august 2027 og gjelder til og med 31. juli 2031.");
        assertThat(d.placeholders()).contains("[dato]", "[Beskriv hvordan forsøket skal evalueres, av hvem og når]")
                .doesNotContain("[hjemmel: forsøksloven § 3 og § 5, eller sektorlovens forsøkshjemmel]");
    }

    @Test
    void whatTheApplicationLacksIsLeftInBracketsInNynorsk() {
        Application a = Application.builder().language(Language.NN)
                .applicant(new Applicant("Eit interkommunalt selskap", ApplicantType.INTERMUNICIPAL_COOPERATION, null, null))
                .exemption("oppl. § 14-3").build();
        LocalRegulationDrafter.Draft d = drafter.draft(a, assessed(new LegalBasis(BasisKind.SECTOR,
                new AuthorityRef("OPPLAERINGSLOVA-29-3", "opplæringslova § 29-3"), true, "", null, null)));
        assertThat(d.language()).isEqualTo("nn");
        assertThat(d.legalBasis()).containsExactly("opplæringslova § 29-3");
        assertThat(d.text()).contains("Forskrift om forsøk med [kort omtale av forsøket]", "med heimel i opplæringslova § 29-3",
                "[organet som fastset forskrifta, t.d. kommunestyret i …]", "[Skriv føremålet med forsøket",
                "[Gjer greie for kva forsøket gjer annleis enn føresegna]", "[Skriv regelen som skal gjelde i staden]",
                "Forskrifta tek til å gjelde [dato] og gjeld til og med [dato].", "Forvaltningslova § 38",
                "[gjennomfør høyring og oppgi dato]");
        assertThat(d.approvingBody()).isEqualTo("[departementet som godkjenner]");
    }
}
