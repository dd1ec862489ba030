package no.forsokssjekk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void the_option_wins_over_the_environment_and_the_default() {
        DataDirectory d = DataDirectory.resolve(Path.of("/srv/fs"), Map.of("FORSOKSSJEKK_HOME", "/env/fs"), "/home/u");
        assertThat(d.root()).isEqualTo(Path.of("/srv/fs"));
        assertThat(d.origin()).isEqualTo(DataDirectory.Origin.OPTION);
        assertThat(d.describe()).isEqualTo("/srv/fs (from --data-dir)");
    }

    @Test
    void the_environment_variable_is_used_without_the_option() {
        DataDirectory d = DataDirectory.resolve(null, Map.of("FORSOKSSJEKK_HOME", "/env/fs"), "/home/u");
        assertThat(d.root()).isEqualTo(Path.of("/env/fs"));
        assertThat(d.origin()).isEqualTo(DataDirectory.Origin.ENVIRONMENT);
    }

    @Test
    void otherwise_a_folder_in_the_home_directory() {
        DataDirectory d = DataDirectory.resolve(null, Map.of("FORSOKSSJEKK_HOME", " "), "/home/u");
        assertThat(d.root()).isEqualTo(Path.of("/home/u/.forsokssjekk"));
        assertThat(d.corpora()).isEqualTo(Path.of("/home/u/.forsokssjekk/corpus"));
        assertThat(d.downloads()).isEqualTo(Path.of("/home/u/.forsokssjekk/downloads"));
        assertThat(d.origin()).isEqualTo(DataDirectory.Origin.DEFAULT);
    }
}
