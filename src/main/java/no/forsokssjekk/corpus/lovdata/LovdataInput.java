package no.forsokssjekk.corpus.lovdata;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import no.forsokssjekk.corpus.CorpusSource;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * One thing given to an import: a Lovdata archive ({@code .tar.bz2}, read as a stream, never unpacked to disk), a
 * folder of {@code nl-*.xml} / {@code sf-*.xml} files (searched recursively), or one such file.
 */
final class LovdataInput {
    static final String ACCEPTED = "a Lovdata archive (.tar.bz2), a folder of nl-*.xml / sf-*.xml files, or one such file";
    /** A single document larger than this is not a Lovdata document (the largest is about 4 MiB). */
    private static final long MAX_DOCUMENT_BYTES = 64L << 20;

    /** A file read from an input: its name inside the input, its bytes, its modification time. */
    record Entry(String path, String fileName, byte[] bytes, Instant modified) {
    }

    /** Receives entries, and problems with entries that cannot be documents. */
    interface Sink {
        void entry(Entry e) throws InterruptedException;

        void skipped(InputProblem problem);
    }

    final Path path;
    final CorpusSource.Kind kind;
    private final List<Path> files;

    private LovdataInput(Path path, CorpusSource.Kind kind, List<Path> files) {
        this.path = path;
        this.kind = kind;
        this.files = files;
    }

    /** Checks a path given by the user; an unusable one is an {@link InvalidInputException} saying why. */
    static LovdataInput of(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new InvalidInputException(new InputProblem(path.toString(), "", "does not exist", ACCEPTED));
        }
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> LovdataParser.isDocumentFileName(f.getFileName().toString()))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InvalidInputException(new InputProblem(path.toString(), "", "cannot be read: " + e, ACCEPTED));
            }
            if (files.isEmpty()) {
                throw new InvalidInputException(new InputProblem(path.toString(), "",
                        "is a folder without nl-*.xml or sf-*.xml files", ACCEPTED));
            }
            return new LovdataInput(p, CorpusSource.Kind.FOLDER, files);
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar.bz2") || name.endsWith(".tbz2")) {
            return new LovdataInput(p, CorpusSource.Kind.ARCHIVE, List.of());
        }
        if (name.endsWith(".xml")) return new LovdataInput(p, CorpusSource.Kind.FILE, List.of(p));
        throw new InvalidInputException(new InputProblem(path.toString(), "", "is neither an archive, a folder nor an "
                + "XML file", ACCEPTED));
    }

    String name() {
        return path.getFileName().toString();
    }

    /** Bytes that will be read: the archive's compressed size, or the documents' sizes. */
    long totalBytes() throws IOException {
        if (kind == CorpusSource.Kind.ARCHIVE) return Files.size(path);
        long sum = 0;
        for (Path f : files) sum += Files.size(f);
        return sum;
    }

    /**
     * Adds this input's content to a digest: an archive's bytes, or each document file's name and bytes. The result
     * identifies the data, so an unchanged input is recognised and its cached corpus reused.
     */
    void digest(MessageDigest md) throws IOException {
        byte[] buffer = new byte[1 << 16];
        if (kind == CorpusSource.Kind.ARCHIVE) {
            md.update(("archive\0").getBytes(StandardCharsets.UTF_8));
            digestFile(md, path, buffer);
            return;
        }
        for (Path f : files) {
            String rel = kind == CorpusSource.Kind.FOLDER ? path.relativize(f).toString().replace('\\', '/')
                    : f.getFileName().toString();
            md.update(("file\0" + rel + "\0").getBytes(StandardCharsets.UTF_8));
            digestFile(md, f, buffer);
        }
    }

    private static void digestFile(MessageDigest md, Path f, byte[] buffer) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(buffer)) > 0) md.update(buffer, 0, n);
        }
    }

    /** The newest modification time among the document files (folders and files; archives report theirs in read). */
    Instant newestFileTime() throws IOException {
        Instant newest = Instant.EPOCH;
        for (Path f : files) {
            Instant t = Files.getLastModifiedTime(f).toInstant();
            if (t.isAfter(newest)) newest = t;
        }
        return newest;
    }

    /**
     * Streams the documents to {@code sink}, counting the input bytes consumed in {@code bytesRead} (for progress).
     * Returns the newest modification time seen.
     *
     * @throws IOException when the input itself cannot be read (a damaged archive): the import cannot be trusted then
     */
    Instant read(Sink sink, LongAdder bytesRead) throws IOException, InterruptedException {
        if (kind != CorpusSource.Kind.ARCHIVE) {
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                bytesRead.add(bytes.length);
                String fileName = f.getFileName().toString();
                String rel = kind == CorpusSource.Kind.FOLDER ? path.relativize(f).toString().replace('\\', '/') : fileName;
                if (!LovdataParser.isDocumentFileName(fileName)) {
                    sink.skipped(new InputProblem(rel, "", "is not a Lovdata document file name",
                            "nl-YYYYMMDD-NNN.xml, nl-YYYYMMDD-NNN-nn.xml or sf-YYYYMMDD-NNNN.xml"));
                    continue;
                }
                sink.entry(new Entry(rel, fileName, bytes, Files.getLastModifiedTime(f).toInstant()));
            }
            return newestFileTime();
        }
        Instant newest = Instant.EPOCH;
        try (InputStream raw = new CountingStream(Files.newInputStream(path), bytesRead);
             InputStream buffered = new BufferedInputStream(raw, 1 << 16);
             InputStream bz = new BZip2CompressorInputStream(buffered, true);
             TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(bz, 1 << 16))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (!e.isFile()) continue;
                String entryPath = e.getName();
                String fileName = entryPath.substring(entryPath.lastIndexOf('/') + 1);
                String where = name() + "!" + entryPath;
                if (!LovdataParser.isDocumentFileName(fileName)) {
                    sink.skipped(new InputProblem(where, "", "is not a Lovdata document file name",
                            "nl-YYYYMMDD-NNN.xml, nl-YYYYMMDD-NNN-nn.xml or sf-YYYYMMDD-NNNN.xml"));
                    continue;
                }
                if (e.getSize() > MAX_DOCUMENT_BYTES) {
                    sink.skipped(new InputProblem(where, "", "is " + e.getSize() + " bytes: too large for a document",
                            "at most " + MAX_DOCUMENT_BYTES + " bytes"));
                    continue;
                }
                byte[] bytes = tar.readNBytes((int) e.getSize());
                if (bytes.length != e.getSize()) throw new IOException(where + " is cut short");
                Instant modified = e.getLastModifiedDate() == null ? Instant.EPOCH : e.getLastModifiedDate().toInstant();
                if (modified.isAfter(newest)) newest = modified;
                sink.entry(new Entry(where, fileName, bytes, modified));
            }
        }
        return newest;
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        private final LongAdder count;

        CountingStream(InputStream in, LongAdder count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count.increment();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count.add(n);
            return n;
        }
    }
}
