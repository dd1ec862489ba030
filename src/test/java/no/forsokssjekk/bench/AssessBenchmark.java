package no.forsokssjekk.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.assessment.Applicant;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.CouncilResolution;
import no.forsokssjekk.assessment.EffectOnIndividuals;
import no.forsokssjekk.assessment.RequestedExemption;
import no.forsokssjekk.assessment.Stage;
import no.forsokssjekk.corpus.catalogue.ApplicantType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment of an application with ten exemptions that mix authorities (opplæringslova § 29-3, forsøksloven,
 * barnevernsloven § 15-13, a state instrument) and limits, on the embedded catalogue and rules: the rule base and the
 * corpus are built once, each assessment gets a fresh session. Run:
 * {@code ./mvnw -Pjmh -DskipTests verify -Djmh.include=Assess}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AssessBenchmark {
    Forsokssjekk engine;
    Application application;

    @Setup
    public void setup() {
        engine = Forsokssjekk.builder().build();
        application = tenExemptions();
    }

    /** Latency of one assessment, single thread: p50, p90, p99 in microseconds. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment assessTenExemptions() {
        return engine.assess(application);
    }

    /** Throughput with two threads sharing one engine (the rule base and corpus are shared, sessions are not). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Assessment assessTenExemptionsTwoThreads() {
        return engine.assess(application);
    }

    public static Application tenExemptions() {
        Application.Builder b = Application.builder()
                .stage(Stage.FINAL)
                .assessmentDate(LocalDate.of(2025, 11, 10))
                .applicant(new Applicant("Eksempel kommune", ApplicantType.MUNICIPALITY, null,
                        new CouncilResolution(LocalDate.of(2025, 6, 19), "PS 45/25")))
                .applicant(new Applicant("Nabo kommune", ApplicantType.MUNICIPALITY, null, null))
                .title("Helhetlige tjenester til barn og unge")
                .description("Kommunene prøver ut felles team for skole, barnehage og barnevern i en avgrenset periode.")
                .purpose("Bedre og mer samordnede tjenester til barn og unge.")
                .period(LocalDate.of(2026, 8, 1), LocalDate.of(2030, 7, 31))
                .affectsChildren(true)
                .processesPersonalData(true)
                .evaluationPlan("Følgeevaluering med data fra tjenestene.")
                .employeeInvolvement("Tillitsvalgte er med i arbeidsgruppen.");
        String[] provisions = {"opplæringslova § 14-3", "opplæringslova § 4-1", "barnehageloven § 26",
                "barnehageloven § 2 første ledd", "kommuneloven § 5-3 første ledd", "forvaltningsloven § 13",
                "forvaltningsloven § 24", "helse- og omsorgstjenesteloven § 4-2", "arbeidsmarkedsloven § 13 første ledd",
                "plan- og bygningsloven § 12-10"};
        for (int i = 0; i < provisions.length; i++) {
            b.exemption(new RequestedExemption(provisions[i], "Avvik i forsøket.", i % 2 == 0 ? "Erstatningsregel." : null,
                    i == 1 ? EffectOnIndividuals.RESTRICTS_RIGHTS : EffectOnIndividuals.UNKNOWN));
        }
        return b.build();
    }
}
