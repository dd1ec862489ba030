package no.forsokssjekk.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * The Lovdata-format fixtures in src/test/resources/lovdata-fixtures (invented text, see the README there), and
 * archives built from them in Lovdata's layout ({@code nl/…}, {@code sf/…}).
 */
public final class LovdataFixtures {
    /** The document files that parse; the two broken ones are left out. */
    public static final List<String> GOOD = List.of("nl-20990101-001.xml", "nl-20990202-002.xml",
            "nl-20990202-002-nn.xml", "nl-20990404-004.xml", "sf-20990303-0003.xml");
    public static final List<String> BROKEN = List.of("nl-20990505-005.xml", "nl-20990606-006.xml");

    private LovdataFixtures() {
    }

    public static Path folder() {
        try {
            return Path.of(LovdataFixtures.class.getResource("/lovdata-fixtures/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    /** Copies fixture files to a folder of their own. */
    public static Path copy(Path target, List<String> names) throws IOException {
        Files.createDirectories(target);
        for (String n : names) Files.copy(file(n), target.resolve(n));
        return target;
    }

    /**
     * Writes a {@code .tar.bz2} holding the given files under {@code nl/} or {@code sf/} by their prefix, every entry
     * dated {@code modified}.
     */
    public static Path archive(Path target, List<Path> files, Instant modified) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target);
             BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(bz)) {
            for (String dir : List.of("nl/", "sf/")) {
                TarArchiveEntry d = new TarArchiveEntry(dir);
                d.setModTime(FileTime.from(modified));
                tar.putArchiveEntry(d);
                tar.closeArchiveEntry();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                TarArchiveEntry e = new TarArchiveEntry(name.substring(0, 2) + "/" + name);
                byte[] bytes = Files.readAllBytes(f);
                e.setSize(bytes.length);
                e.setModTime(FileTime.from(modified));
                tar.putArchiveEntry(e);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return target;
    }

    public static Path archiveOfFixtures(Path target, List<String> names, Instant modified) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) files.add(file(n));
        return archive(target, files, modified);
    }

    /** Every file under a folder, for tests that check nothing was left behind. */
    public static List<Path> filesUnder(Path root) {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
