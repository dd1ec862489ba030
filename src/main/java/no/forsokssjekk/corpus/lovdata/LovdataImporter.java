package no.forsokssjekk.corpus.lovdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import no.forsokssjekk.corpus.CorpusMetadata;
import no.forsokssjekk.corpus.CorpusSource;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;

/**
 * Imports Lovdata's public data (archives, folders or single files; see {@link LovdataInput}) into a
 * {@link LovdataCorpus}. A file that is malformed or not a Lovdata document is reported by name and reason and
 * skipped; the import goes on. An input that cannot be read at all (a damaged archive) stops the import: a corpus
 * missing an unknown part of the law would look complete.
 *
 * <p>Decompressing bzip2 is the slow part, so the inputs are read on their own threads (one per input, at most
 * {@code readerThreads}) and handed over as byte arrays through a small bounded queue to the parsing threads.
 *
 * <p><b>Dataset date.</b> Each source's date is, in this order: the date given ({@code --dataset-date}); for an
 * archive, the {@code lastModified} of its entry in a {@value PublicDataList#FILE_NAME} in the archive's folder or
 * the folder above (Lovdata's own list, saved there by {@code corpus download}); otherwise the newest modification
 * time of the archive's entries or of the files. The corpus's dataset date is the newest of its sources' dates.
 */
public final class LovdataImporter {
    private final int readerThreads;
    private final int parserThreads;
    private final LocalDate givenDatasetDate;
    private final Clock clock;

    /**
     * @param readerThreads    inputs decompressed at the same time
     * @param parserThreads    threads parsing XML (the calling thread is one of them)
     * @param givenDatasetDate the dataset date to record, or null to find it as described above
     */
    public LovdataImporter(int readerThreads, int parserThreads, LocalDate givenDatasetDate, Clock clock) {
        if (readerThreads < 1 || parserThreads < 1) throw new IllegalArgumentException("at least one thread each");
        this.readerThreads = readerThreads;
        this.parserThreads = parserThreads;
        this.givenDatasetDate = givenDatasetDate;
        this.clock = clock;
    }

    /** Two readers and one parser: measured fastest on two cores (see the import benchmark). */
    public LovdataImporter() {
        this(2, 1, null, Clock.systemUTC());
    }

    /**
     * The checked inputs with their content hash (SHA-256 over the archives' bytes, or the document files' names and
     * bytes), computed before parsing so that a cached corpus of the same data can be used instead.
     */
    public static Inputs inputs(List<Path> paths) throws IOException {
        if (paths.isEmpty()) {
            throw new InvalidInputException(new InputProblem("", "PATH", "no input given", LovdataInput.ACCEPTED));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<LovdataInput> inputs = new ArrayList<>();
        for (Path p : paths) {
            try {
                inputs.add(LovdataInput.of(p));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException("cannot import", problems);
        inputs.sort(Comparator.comparing(i -> i.path));
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (LovdataInput i : inputs) i.digest(md);
        return new Inputs(List.copyOf(inputs), HexFormat.of().formatHex(md.digest()));
    }

    /** Inputs checked and hashed, ready to import. */
    public static final class Inputs {
        final List<LovdataInput> list;
        private final String contentHash;

        Inputs(List<LovdataInput> list, String contentHash) {
            this.list = list;
            this.contentHash = contentHash;
        }

        public String contentHash() {
            return contentHash;
        }

        public List<Path> paths() {
            return list.stream().map(i -> i.path).toList();
        }
    }

    public ImportReport importFrom(List<Path> paths, ImportListener listener) throws IOException {
        return importFrom(inputs(paths), listener);
    }

    public ImportReport importFrom(Inputs inputs, ImportListener listener) throws IOException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        List<LovdataInput> list = inputs.list;
        long total = 0;
        for (LovdataInput i : list) total += i.totalBytes();

        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(32);
        ConcurrentLinkedQueue<InputProblem> skipped = new ConcurrentLinkedQueue<>();
        AtomicReference<ReadFailure> failure = new AtomicReference<>();
        CountDownLatch readersDone = new CountDownLatch(list.size());
        LongAdder bytesRead = new LongAdder();
        Instant[] newest = new Instant[list.size()];
        AtomicInteger[] perInput = new AtomicInteger[list.size()];
        for (int i = 0; i < perInput.length; i++) perInput[i] = new AtomicInteger();

        ExecutorService readers = Executors.newFixedThreadPool(Math.min(readerThreads, list.size()),
                daemon("lovdata-reader"));
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            LovdataInput input = list.get(i);
            readers.submit(() -> {
                try {
                    newest[index] = input.read(new LovdataInput.Sink() {
                        @Override
                        public void entry(LovdataInput.Entry e) throws InterruptedException {
                            while (!queue.offer(new Item(index, e), 100, TimeUnit.MILLISECONDS)) {
                                if (failure.get() != null) throw new InterruptedException("import stopped");
                            }
                        }

                        @Override
                        public void skipped(InputProblem problem) {
                            skipped.add(problem);
                        }
                    }, bytesRead);
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, new ReadFailure(input.name(), e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    readersDone.countDown();
                }
            });
        }
        readers.shutdown();

        ConcurrentLinkedQueue<Parsed> parsed = new ConcurrentLinkedQueue<>();
        Progress progress = new Progress(listener, skipped, bytesRead, total, startNanos);
        Runnable parse = () -> {
            LovdataParser parser = new LovdataParser();
            try {
                while (failure.get() == null) {
                    Item item = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (item == null) {
                        if (readersDone.getCount() == 0 && queue.isEmpty()) return;
                        continue;
                    }
                    try {
                        LegalDocument d = parser.parse(item.entry.fileName(), new ByteArrayInputStream(item.entry.bytes()));
                        parsed.add(new Parsed(item.input, item.entry.path(), d));
                        perInput[item.input].incrementAndGet();
                        progress.document(d.provisions().size());
                    } catch (LovdataFormatException e) {
                        skipped.add(new InputProblem(item.entry.path(), "", e.getMessage(), ""));
                        progress.tell();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService extraParsers = parserThreads > 1
                ? Executors.newFixedThreadPool(parserThreads - 1, daemon("lovdata-parser")) : null;
        List<java.util.concurrent.Future<?>> extra = new ArrayList<>();
        if (extraParsers != null) {
            for (int i = 1; i < parserThreads; i++) extra.add(extraParsers.submit(parse));
            extraParsers.shutdown();
        }
        parse.run();
        try {
            for (var f : extra) f.get();
            readers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a parser thread failed", e.getCause());
        }
        if (failure.get() != null) {
            ReadFailure f = failure.get();
            throw new InvalidInputException(new InputProblem(f.input(), "", "is damaged or cannot be read ("
                    + rootMessage(f.cause()) + "); nothing was imported", LovdataInput.ACCEPTED));
        }

        // deterministic result whatever the threads did: input order, then entry name
        List<Parsed> results = new ArrayList<>(parsed);
        results.sort(Comparator.<Parsed>comparingInt(p -> p.input).thenComparing(p -> p.path));
        Map<String, Parsed> byKey = new HashMap<>();
        List<LegalDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(skipped);
        for (Parsed p : results) {
            Parsed first = byKey.putIfAbsent(p.document.key(), p);
            if (first != null) {
                problems.add(new InputProblem(p.path, "", "is the same document (" + p.document.key() + ") as "
                        + first.path + ", which was used", "each document once"));
                perInput[p.input].decrementAndGet();
            } else {
                documents.add(p.document);
            }
        }
        problems.sort(Comparator.comparing(InputProblem::location));
        if (documents.isEmpty()) {
            List<InputProblem> why = problems.isEmpty() ? List.of(new InputProblem(String.join(", ",
                    list.stream().map(LovdataInput::name).toList()), "", "holds no Lovdata documents",
                    LovdataInput.ACCEPTED)) : problems;
            throw new InvalidInputException("no Lovdata document could be read", why);
        }

        List<CorpusSource> sources = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) sources.add(source(list.get(i), newest[i], perInput[i].get()));
        LocalDate datasetDate = sources.stream().map(CorpusSource::datasetDate).max(Comparator.naturalOrder())
                .orElse(null);
        List<LegalDocument> finished = new ArrayList<>(documents.size());
        for (LegalDocument d : documents) {
            finished.add(d.withPendingChange(LovdataParser.isPendingAmendment(d, datasetDate)));
        }
        int laws = (int) finished.stream().filter(d -> d.kind() == DocumentKind.LAW).count();
        int sections = finished.stream().mapToInt(d -> d.provisions().size()).sum();
        CorpusMetadata metadata = new CorpusMetadata(LovdataParser.FORMAT_VERSION, inputs.contentHash(), datasetDate,
                start, sources, finished.size(), laws, finished.size() - laws, sections, problems);
        LovdataCorpus corpus = new LovdataCorpus(finished, metadata);
        return new ImportReport(corpus, results.size(), problems, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private CorpusSource source(LovdataInput input, Instant newestEntry, int documents) throws IOException {
        long size = input.totalBytes();
        if (givenDatasetDate != null) {
            return new CorpusSource(input.name(), input.kind, size, givenDatasetDate.atStartOfDay().toInstant(
                    ZoneOffset.UTC), givenDatasetDate, "given", documents);
        }
        Optional<PublicDataEntry> listed = input.kind == CorpusSource.Kind.ARCHIVE
                ? PublicDataList.findBeside(input.path, input.name())
                : PublicDataList.findBeside(input.path, input.name() + ".tar.bz2");
        if (listed.isPresent()) {
            return new CorpusSource(input.name(), input.kind, size, listed.get().lastModified(),
                    listed.get().datasetDate(), PublicDataList.FILE_NAME, documents);
        }
        Instant t = newestEntry == null ? Instant.EPOCH : newestEntry;
        return new CorpusSource(input.name(), input.kind, size, t, t.atOffset(ZoneOffset.UTC).toLocalDate(),
                input.kind == CorpusSource.Kind.ARCHIVE ? "archive entries" : "file times", documents);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record ReadFailure(String input, Exception cause) {
    }

    private record Item(int input, LovdataInput.Entry entry) {
    }

    private record Parsed(int input, String path, LegalDocument document) {
    }

    /** Counts documents and sections, and tells the listener (one call at a time). */
    private static final class Progress {
        private final ImportListener listener;
        private final ConcurrentLinkedQueue<InputProblem> skipped;
        private final LongAdder bytesRead;
        private final long total;
        private final long startNanos;
        private int documents;
        private int sections;

        Progress(ImportListener listener, ConcurrentLinkedQueue<InputProblem> skipped, LongAdder bytesRead,
                 long total, long startNanos) {
            this.listener = listener;
            this.skipped = skipped;
            this.bytesRead = bytesRead;
            this.total = total;
            this.startNanos = startNanos;
        }

        synchronized void document(int sectionCount) {
            documents++;
            sections += sectionCount;
            tell();
        }

        synchronized void tell() {
            listener.progress(new ImportProgress(documents, sections, skipped.size(), bytesRead.sum(), total,
                    Duration.ofNanos(System.nanoTime() - startNanos)));
        }
    }
}
