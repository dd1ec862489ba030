package no.forsokssjekk.assessment.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.bench.AssessBenchmark;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of {@link AssessBenchmark}'s assessment goes, part by part, on the same application with ten
 * exemptions: preparing the facts, and the Drools session alone (insert the prepared facts, fire the rules, read what
 * they asserted, give the session back to the pool), without the trace or the messages. Run:
 * {@code ./mvnw -Pjmh -DskipTests verify -Djmh.include=AssessmentParts}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AssessmentPartsBenchmark {
    private FactBuilder facts;
    private Application application;
    private List<Object> prepared;
    private KieSessionsPool sessions;

    @Setup
    public void setup() {
        Forsokssjekk engine = Forsokssjekk.builder().build();
        facts = new FactBuilder(engine.corpus(), engine.citations());
        application = AssessBenchmark.tenExemptions();
        prepared = facts.prepare(application).facts();
        sessions = engine.ruleBase().kieBase().newKieSessionsPool(1);
    }

    @Benchmark
    public FactBuilder.Prepared prepareFacts() {
        return facts.prepare(application);
    }

    @Benchmark
    public int droolsSessionAlone() {
        KieSession session = sessions.newKieSession();
        try {
            for (Object f : prepared) session.insert(f);
            session.fireAllRules();
            return session.getObjects().size();
        } finally {
            session.dispose();
        }
    }
}
