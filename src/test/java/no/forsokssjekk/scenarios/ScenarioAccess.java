package no.forsokssjekk.scenarios;

import java.util.stream.Stream;
import no.forsokssjekk.assessment.Application;

/** The scenarios' applications, for tests outside this package (the message tests run them in both languages). */
public final class ScenarioAccess {
    private ScenarioAccess() {
    }

    public static Stream<Application> all() {
        return Scenario.all(ScenarioTest.ROOT).filter(s -> !s.needsLovdata()).map(Scenario::application);
    }
}
