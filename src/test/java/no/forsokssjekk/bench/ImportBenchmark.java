package no.forsokssjekk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.ProvisionId;
import no.forsokssjekk.corpus.lovdata.ImportListener;
import no.forsokssjekk.corpus.lovdata.LovdataImporter;
import no.forsokssjekk.corpus.lovdata.LovdataStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Lovdata import and the cached corpus, on the full public data (both archives; LOVDATA_DIR or
 * ../shared/lovdata): {@code ./mvnw -Pjmh -DskipTests verify -Djmh.include=Import}.
 *
 * <ul>
 *   <li>{@code importBothArchives}: decompress, parse and index both archives in a JVM limited to 1 GiB of heap
 *       (goal: under 60 s on the two-core machine). {@code threads} is readers:parsers.</li>
 *   <li>{@code loadCachedCorpusFully}: open the corpus a previous import cached and decode every document (goal:
 *       well under 2 s).</li>
 *   <li>{@code openCachedCorpusAndLookUp}: what a command that shows one § pays: open the cache, decode one document.</li>
 * </ul>
 * Each benchmark runs in its own forked JVM and prints the peak heap used, the heap still live after a full GC (with
 * the last result kept, so that is the size of one corpus), and the process CPU time per operation: on a shared
 * machine the wall time depends on what else runs, the CPU time much less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportBenchmark {
    private static final ProvisionId FORSOKSLOVEN_4 = ProvisionId.parse("LOV-1992-06-26-87/§4");

    @Param({"2:1"})
    public String threads;

    private List<Path> archives;
    private Path dataDir;
    private LovdataImporter importer;
    /** The last result, kept so that the live heap after the run is one corpus. */
    private Object last;
    private long cpuAtStart;
    private long cpuNanos;
    private int operations;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path lovdata = lovdataDir();
        archives = List.of(lovdata.resolve("archives/gjeldende-lover.tar.bz2"),
                lovdata.resolve("archives/gjeldende-sentrale-forskrifter.tar.bz2"));
        String[] t = threads.split(":");
        importer = new LovdataImporter(Integer.parseInt(t[0]), Integer.parseInt(t[1]), null, Clock.systemUTC());
        dataDir = Files.createTempDirectory("forsokssjekk-bench");
        new LovdataStore(DataDirectory.of(dataDir), importer).install(archives, ImportListener.none());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        last = null;
        cpuAtStart = processCpuNanos();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        cpuNanos += processCpuNanos() - cpuAtStart;
        operations++;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Benchmark
    public LovdataCorpus importBothArchives() throws IOException {
        LovdataCorpus c = importer.importFrom(archives, ImportListener.none()).corpus();
        last = c;
        return c;
    }

    @Benchmark
    public long loadCachedCorpusFully() throws IOException {
        LovdataCorpus c = new LovdataStore(DataDirectory.of(dataDir)).current().orElseThrow().corpus();
        last = c;
        return c.documents().mapToLong(d -> d.provisions().size()).sum();
    }

    @Benchmark
    public Object openCachedCorpusAndLookUp() throws IOException {
        LovdataCorpus c = new LovdataStore(DataDirectory.of(dataDir)).current().orElseThrow().corpus();
        last = c;
        return c.provision(FORSOKSLOVEN_4).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("%n[heap] peak used %d MiB, live after GC %d MiB (last result kept), max %d MiB%n",
                peak >> 20, live >> 20, max >> 20);
        System.out.printf("[cpu] %.1f s of process CPU per operation (%d operations, warm-up included)%n",
                cpuNanos / 1e9 / Math.max(1, operations), operations);
        last = null;
        try (Stream<Path> s = Files.walk(dataDir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static Path lovdataDir() {
        String env = System.getenv("LOVDATA_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("forsokssjekk.project.dir", "."), "../shared/lovdata").normalize();
        if (!Files.isDirectory(dir.resolve("archives"))) {
            throw new IllegalStateException("Lovdata's archives not found in " + dir.toAbsolutePath()
                    + ": set LOVDATA_DIR");
        }
        return dir;
    }
}
