package no.forsokssjekk.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find Lovdata's public data (never committed to the project): {@code LOVDATA_DIR}, or
 * {@code ../shared/lovdata} beside the project. Tests that need it call {@link #require()}: without the data they are
 * skipped with the reason stated, except in CI ({@code CI=true}), where missing data is a failure.
 */
public final class LovdataTestData {
    private LovdataTestData() {
    }

    /** The Lovdata folder (with archives/, gjeldende-lover/nl/ …), or a skip/failure when it is absent. */
    public static Path require() {
        Path dir = locate();
        boolean present = dir != null && Files.isDirectory(dir.resolve("archives"));
        if (!present) {
            String reason = "Lovdata public data not found (set LOVDATA_DIR or place it at ../shared/lovdata)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(reason + ": required in CI");
            abort(reason + ": test skipped");
        }
        return dir;
    }

    public static Path archive(String name) {
        return require().resolve("archives").resolve(name);
    }

    public static Path lawsArchive() {
        return archive("gjeldende-lover.tar.bz2");
    }

    public static Path regulationsArchive() {
        return archive("gjeldende-sentrale-forskrifter.tar.bz2");
    }

    static Path locate() {
        String env = System.getenv("LOVDATA_DIR");
        if (env != null && !env.isBlank()) return Path.of(env);
        return projectDir().resolve("../shared/lovdata").normalize();
    }

    /** The project folder (surefire sets forsokssjekk.project.dir; falls back to the working directory). */
    public static Path projectDir() {
        String p = System.getProperty("forsokssjekk.project.dir");
        return (p == null ? Path.of("") : Path.of(p)).toAbsolutePath();
    }
}
