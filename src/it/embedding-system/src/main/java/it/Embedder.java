package it;

import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.RequestedExemption;

/** What a case-handling system does with the library: build the engine once, assess, read the findings. */
public final class Embedder {
    public static void main(String[] args) {
        for (String banned : new String[] {"org.springframework.context.ApplicationContext", "picocli.CommandLine"}) {
            try {
                Class.forName(banned);
                throw new IllegalStateException(banned + " is on the embedding system's class path");
            } catch (ClassNotFoundException expected) {
                // good: the adapters' dependencies do not reach embedders
            }
        }
        Forsokssjekk engine = Forsokssjekk.builder().build();
        Assessment a = engine.assess(Application.builder()
                .exemption(new RequestedExemption("barnehageloven § 26", null, null, EffectOnIndividuals.RESTRICTS_RIGHTS))
                .build());
        if (a.findings().isEmpty()) throw new IllegalStateException("expected findings");
        System.out.println("EMBEDDED-ASSESSMENT-OK " + a.outcome() + " " + a.findings().get(0).code());
    }
}
