package no.forsokssjekk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of data files (rules or the legal catalogue), either on disk (an override given at run time) or inside the
 * jar (the embedded default). Inside a jar the folder carries an {@code INDEX} file listing its files (written at build
 * time), so it can be read from any class loader, including Spring Boot's nested jars.
 */
public interface ResourceTree {

    /** Relative paths with '/' separators, sorted. */
    List<String> files();

    InputStream open(String relativePath) throws IOException;

    /** A human-readable location for messages: an absolute path or {@code classpath:…}. */
    String describe(String relativePath);

    /** Where the tree comes from, for messages and versions. */
    String origin();

    default String read(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relativePath) + ": " + e.getMessage(), e);
        }
    }

    default List<String> files(String suffix) {
        return files().stream().filter(f -> f.endsWith(suffix)).toList();
    }

    /** SHA-256 over the paths and contents of all files: the content version of the tree. */
    default String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : files()) {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                try (InputStream in = open(f)) {
                    md.update(in.readAllBytes());
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResourceTree directory(Path dir) {
        return new DirectoryTree(dir);
    }

    static ResourceTree classpath(String base) {
        return new ClasspathTree(ResourceTree.class.getClassLoader(), base);
    }

    /** A folder on disk. */
    final class DirectoryTree implements ResourceTree {
        private final Path root;

        DirectoryTree(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        @Override
        public List<String> files() {
            if (!Files.isDirectory(root)) {
                throw new UncheckedIOException(new java.io.FileNotFoundException("not a folder: " + root));
            }
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.equals("INDEX"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream open(String relativePath) throws IOException {
            return Files.newInputStream(root.resolve(relativePath));
        }

        @Override
        public String describe(String relativePath) {
            return root.resolve(relativePath).toString();
        }

        @Override
        public String origin() {
            return root.toString();
        }
    }

    /** A folder on the class path, listed by its INDEX file. */
    final class ClasspathTree implements ResourceTree {
        private final ClassLoader loader;
        private final String base;

        ClasspathTree(ClassLoader loader, String base) {
            this.loader = loader;
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        @Override
        public List<String> files() {
            try (InputStream in = loader.getResourceAsStream(base + "/INDEX")) {
                if (in == null) {
                    throw new UncheckedIOException(new java.io.FileNotFoundException(
                            "classpath:" + base + "/INDEX is missing: the jar was not built with its embedded data"));
                }
                List<String> files = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String f = line.strip().replace('\\', '/');
                    if (!f.isEmpty() && !f.equals("INDEX")) files.add(f);
                }
                files.sort(null);
                return files;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream open(String relativePath) throws IOException {
            InputStream in = loader.getResourceAsStream(base + "/" + relativePath);
            if (in == null) throw new java.io.FileNotFoundException(describe(relativePath));
            return in;
        }

        @Override
        public String describe(String relativePath) {
            return "classpath:" + base + "/" + relativePath;
        }

        @Override
        public String origin() {
            return "classpath:" + base;
        }
    }
}
