package no.forsokssjekk.corpus;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Forsøkssjekk keeps what it imports and builds (the Lovdata corpus, the search index, downloads): the
 * {@code --data-dir} given to a command, else the environment variable {@value #ENVIRONMENT_VARIABLE}, else
 * {@code ~/.forsokssjekk}. Nothing here is shipped with the project; all of it can be rebuilt.
 *
 * <pre>
 * &lt;data-dir&gt;/corpus/current            the name of the corpus in use (switched atomically)
 * &lt;data-dir&gt;/corpus/&lt;hash&gt;-f&lt;n&gt;/        one imported corpus: corpus.bin, corpus.json, index/ (search)
 * &lt;data-dir&gt;/downloads/                  archives fetched by {@code corpus download}, with Lovdata's list
 * </pre>
 */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "FORSOKSSJEKK_HOME";

    /** How the folder was chosen, for messages. */
    public enum Origin { OPTION, ENVIRONMENT, DEFAULT }

    private final Path root;
    private final Origin origin;

    private DataDirectory(Path root, Origin origin) {
        this.root = root.toAbsolutePath().normalize();
        this.origin = origin;
    }

    public static DataDirectory of(Path root) {
        return new DataDirectory(root, Origin.OPTION);
    }

    /** Resolves the data directory from the option (may be null), the environment and the user's home folder. */
    public static DataDirectory resolve(Path option, Map<String, String> environment, String userHome) {
        if (option != null) return new DataDirectory(option, Origin.OPTION);
        String env = environment.get(ENVIRONMENT_VARIABLE);
        if (env != null && !env.isBlank()) return new DataDirectory(Path.of(env.strip()), Origin.ENVIRONMENT);
        return new DataDirectory(Path.of(userHome, ".forsokssjekk"), Origin.DEFAULT);
    }

    public static DataDirectory resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    public Path root() {
        return root;
    }

    public Origin origin() {
        return origin;
    }

    /** Imported Lovdata corpora. */
    public Path corpora() {
        return root.resolve("corpus");
    }

    /** Archives and the file list fetched by {@code corpus download}. */
    public Path downloads() {
        return root.resolve("downloads");
    }

    /** "DIR (from --data-dir)", for messages. */
    public String describe() {
        return root + switch (origin) {
            case OPTION -> " (from --data-dir)";
            case ENVIRONMENT -> " (from " + ENVIRONMENT_VARIABLE + ")";
            case DEFAULT -> " (the default)";
        };
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
