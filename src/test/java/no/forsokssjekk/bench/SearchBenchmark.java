package no.forsokssjekk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.lovdata.ImportListener;
import no.forsokssjekk.corpus.lovdata.InstalledCorpus;
import no.forsokssjekk.corpus.lovdata.LovdataStore;
import no.forsokssjekk.io.ResourceTree;
import no.forsokssjekk.search.SearchEngine;
import no.forsokssjekk.search.SearchOptions;
import no.forsokssjekk.search.SearchResult;
import no.forsokssjekk.search.lexicon.Lexicon;
import no.forsokssjekk.search.quality.JudgedQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search on the full Lovdata data (both archives; LOVDATA_DIR or ../shared/lovdata) with the embedded catalogue:
 * {@code ./mvnw -Pjmh -DskipTests verify -Djmh.include=Search}.
 *
 * <ul>
 *   <li>{@code query}: one search with the first ten hits highlighted (the ledd that matched, marked), cycling
 *       through the judged queries of both files (goal: p50 under 2 ms, p99 under 10 ms). Sampled: JMH prints the
 *       percentiles.</li>
 *   <li>{@code startWithCachedIndex}: open the search engine on an index built by an earlier start (index,
 *       vocabulary, lexicon) and answer the first query; the corpus itself is loaded before (goal: under 2 s).</li>
 *   <li>{@code coldBuild}: build the whole index into an empty folder (goal: under 60 s).</li>
 * </ul>
 * Each prints the thread CPU time per operation too: on a shared two-core machine the wall time depends on what else
 * runs, the CPU time much less.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class SearchBenchmark {
    static final LocalDate DATE = LocalDate.of(2026, 6, 1);

    private Path dataDir;
    private Forsokssjekk engine;
    private InstalledCorpus installed;
    private List<String> queries;
    private int next;
    private Path coldFolder;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpu;
    private long operations;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path lovdata = ImportBenchmark.lovdataDir();
        dataDir = dataDirectory();
        installed = new LovdataStore(DataDirectory.of(dataDir)).install(List.of(
                lovdata.resolve("archives/gjeldende-lover.tar.bz2"),
                lovdata.resolve("archives/gjeldende-sentrale-forskrifter.tar.bz2")), ImportListener.none()).corpus();
        engine = Forsokssjekk.builder().dataDirectory(dataDir).build();
        engine.searchEngine();   // builds the index in the data directory, or reopens it
        queries = new ArrayList<>();
        Path project = Path.of(System.getProperty("forsokssjekk.project.dir", "."));
        for (String f : List.of("judged-queries.yaml", "judged-queries-holdout.yaml")) {
            for (JudgedQuery q : JudgedQuery.load(project.resolve("src/test/resources/search/" + f))) queries.add(q.query());
        }
    }

    /** A data directory kept between runs (FORSOKSSJEKK_TEST_DATA_DIR), else target/bench-data-dir. */
    static Path dataDirectory() {
        String keep = System.getenv("FORSOKSSJEKK_TEST_DATA_DIR");
        if (keep != null && !keep.isBlank()) return Path.of(keep);
        return Path.of(System.getProperty("forsokssjekk.project.dir", "."), "target/bench-data-dir");
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public SearchResult query() {
        String q = queries.get(next++ % queries.size());
        long start = threads.getCurrentThreadCpuTime();
        SearchResult r = engine.search(q, SearchOptions.defaults().withDate(DATE).withLimit(10));
        cpu += threads.getCurrentThreadCpuTime() - start;
        operations++;
        return r;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public SearchResult startWithCachedIndex() throws IOException {
        long start = threads.getCurrentThreadCpuTime();
        try (SearchEngine e = SearchEngine.persistent(installed.indexDir(), engine.corpus(), engine.citations(),
                SearchBenchmark::lexicon, DATE)) {
            if (!e.reusedIndex()) throw new IllegalStateException("the cached index was not reused");
            SearchResult r = e.search("bemanningsnorm barnehage", SearchOptions.defaults().withDate(DATE));
            cpu += threads.getCurrentThreadCpuTime() - start;
            operations++;
            return r;
        }
    }

    @Setup(Level.Iteration)
    public void freshFolder() throws IOException {
        coldFolder = Files.createTempDirectory("forsokssjekk-index-bench");
    }

    @TearDown(Level.Iteration)
    public void removeFolder() throws IOException {
        try (Stream<Path> s = Files.walk(coldFolder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public int coldBuild() throws IOException {
        long start = threads.getCurrentThreadCpuTime();
        try (SearchEngine e = SearchEngine.persistent(coldFolder, engine.corpus(), engine.citations(),
                SearchBenchmark::lexicon, DATE)) {
            cpu += threads.getCurrentThreadCpuTime() - start;   // this thread only: indexing runs on two
            operations++;
            return e.size();
        }
    }

    private static Lexicon lexicon() {
        return Lexicon.load(ResourceTree.classpath("forsokssjekk/legal-corpus"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (operations > 0) {
            System.out.printf("%n[cpu] %.3f ms of this thread's CPU per operation (%d operations, warm-up included)%n",
                    cpu / 1e6 / operations, operations);
        }
    }
}
