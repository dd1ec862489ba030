package no.forsokssjekk.bench;

import java.util.concurrent.TimeUnit;
import no.forsokssjekk.assessment.rules.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the rule base in a fresh JVM, as a service does once at start: one build per fork, no warm-up.
 * {@code coldBuild} is the start with the shipped rules (the model compiled when the jar was built);
 * {@code coldCompileFromDrl} compiles the same DRL at run time, as for a rule folder given at start or a reload.
 * Run: {@code ./mvnw -Pjmh -DskipTests verify -Djmh.include=RuleBaseBuild}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class RuleBaseBuildBenchmark {

    @Benchmark
    public RuleBase coldBuild() {
        return RuleBase.embedded();
    }

    @Benchmark
    public RuleBase coldCompileFromDrl() {
        return RuleBase.compile(no.forsokssjekk.io.ResourceTree.classpath("forsokssjekk/rules"));
    }
}
