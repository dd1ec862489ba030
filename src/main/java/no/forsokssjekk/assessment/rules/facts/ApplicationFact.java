package no.forsokssjekk.assessment.rules.facts;

import java.time.LocalDate;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Period;
import no.forsokssjekk.assessment.Stage;
import no.forsokssjekk.corpus.Language;

/** The application as the rules see it: the context of every exemption, with the assessment date as an input. */
public record ApplicationFact(Application application) {

    public LocalDate assessmentDate() {
        return application.assessmentDate();
    }

    public Stage stage() {
        return application.stage();
    }

    public Language language() {
        return application.language();
    }

    public Period period() {
        return application.period();
    }

    public boolean asksForExtension() {
        return application.asksForExtension();
    }

    public boolean isFinal() {
        return application.stage() == Stage.FINAL;
    }
}
