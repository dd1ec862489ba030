package no.forsokssjekk.corpus.lovdata;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.forsokssjekk.corpus.DataDirectory;

/**
 * The imported Lovdata corpora in a data directory, and which one is in use.
 *
 * <p>Each corpus lives in {@code corpus/<first 16 hex of the content hash>-f<parser version>/}, so importing the same
 * data again with the same parser finds it and does not parse anything. A new corpus is written to a temporary
 * folder inside {@code corpus/} and only then renamed into place ({@code ATOMIC_MOVE}); the {@code current} pointer
 * file is replaced the same way. A failed or interrupted import therefore never leaves a half-written corpus in use:
 * the previous one stays current. The current corpus and the one before it are kept; older ones are removed.
 */
public final class LovdataStore {
    static final String CURRENT = "current";
    private static final String TEMP_PREFIX = ".import-";

    private final DataDirectory dataDirectory;
    private final LovdataImporter importer;

    public LovdataStore(DataDirectory dataDirectory) {
        this(dataDirectory, new LovdataImporter());
    }

    public LovdataStore(DataDirectory dataDirectory, LovdataImporter importer) {
        this.dataDirectory = dataDirectory;
        this.importer = importer;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    /** The result of {@link #install}: the corpus now current, and whether it came from the cache. */
    public record Installation(InstalledCorpus corpus, boolean fromCache, ImportReport report, Duration elapsed) {
        /** Files parsed in this run: 0 when the cache was used. */
        public int documentsParsed() {
            return report == null ? 0 : report.documentsParsed();
        }
    }

    /** The corpus in use, if one has been imported. Reads only its metadata; the documents load on first use. */
    public Optional<InstalledCorpus> current() throws IOException {
        Path pointer = dataDirectory.corpora().resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path folder = dataDirectory.corpora().resolve(name);
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || !Files.isDirectory(folder)) {
            throw new IOException(pointer + " names '" + name + "', which is not a corpus folder: import again");
        }
        return Optional.of(InstalledCorpus.open(folder));
    }

    /**
     * Imports the inputs and makes the result current; when the same data was imported before (same content hash,
     * same parser version), that corpus is made current without parsing.
     */
    public Installation install(List<Path> inputs, ImportListener listener) throws IOException {
        long start = System.nanoTime();
        LovdataImporter.Inputs checked = LovdataImporter.inputs(inputs);
        Path corpora = Files.createDirectories(dataDirectory.corpora());
        removeStaleTemporaryFolders(corpora);
        String name = folderName(checked.contentHash());
        Path target = corpora.resolve(name);
        if (isComplete(target)) {
            switchTo(name);
            return new Installation(InstalledCorpus.open(target), true, null, Duration.ofNanos(System.nanoTime() - start));
        }
        ImportReport report = importer.importFrom(checked, listener);
        Path temp = Files.createTempDirectory(corpora, TEMP_PREFIX);
        try {
            CorpusCodec.write(report.corpus(), temp);
            Files.createDirectories(temp.resolve("index"));
            fsync(temp.resolve(CorpusCodec.DOCUMENTS));
            fsync(temp.resolve(CorpusCodec.METADATA));
            if (Files.exists(target)) deleteTree(target); // an incomplete leftover of the same data
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        switchTo(name);
        prune(name);
        return new Installation(new InstalledCorpus(target, report.corpus().metadata(), report.corpus()), false, report,
                Duration.ofNanos(System.nanoTime() - start));
    }

    static String folderName(String contentHash) {
        return contentHash.substring(0, 16) + "-f" + LovdataParser.FORMAT_VERSION;
    }

    private static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(CorpusCodec.METADATA))
                && Files.isRegularFile(folder.resolve(CorpusCodec.DOCUMENTS));
    }

    /** Points {@code current} at a corpus folder: a new pointer file renamed over the old one. */
    private void switchTo(String name) throws IOException {
        Path corpora = dataDirectory.corpora();
        Path temp = Files.createTempFile(corpora, TEMP_PREFIX, ".current");
        try {
            Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
            fsync(temp);
            try {
                Files.move(temp, corpora.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, corpora.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(corpora.resolve(name), FileTime.fromMillis(System.currentTimeMillis()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Keeps the current corpus and the most recently used other one. */
    private void prune(String current) throws IOException {
        List<Path> others = new ArrayList<>();
        try (Stream<Path> s = Files.list(dataDirectory.corpora())) {
            s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(current))
                    .forEach(others::add);
        }
        others.sort(Comparator.comparing(LovdataStore::modified).reversed());
        for (int i = 1; i < others.size(); i++) deleteTree(others.get(i));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Temporary folders left by an import that was killed; an hour old is certainly not still being written. */
    private static void removeStaleTemporaryFolders(Path corpora) throws IOException {
        long cutoff = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        try (Stream<Path> s = Files.list(corpora)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (modified(p).toMillis() < cutoff) deleteTree(p);
            }
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException ignored) {
                    // already gone
                } catch (FileSystemException e) {
                    if (Files.exists(p)) throw e;
                }
            }
        }
    }
}
