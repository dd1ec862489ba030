package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.testsupport.LovdataFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LovdataStoreTest {
    @TempDir
    Path tmp;

    LovdataStore store() {
        return new LovdataStore(DataDirectory.of(tmp.resolve("data")));
    }

    Path archive(String name, List<String> fixtures) throws Exception {
        return LovdataFixtures.archiveOfFixtures(tmp.resolve("in").resolve(name), fixtures,
                LovdataImporterTest.ENTRY_TIME);
    }

    @Test
    void without_an_import_there_is_no_current_corpus() throws Exception {
        assertThat(store().current()).isEmpty();
    }

    @Test
    void an_import_becomes_current_and_reads_back_equal_from_the_cache() throws Exception {
        LovdataStore.Installation first = store().install(List.of(LovdataFixtures.folder()), ImportListener.none());
        assertThat(first.fromCache()).isFalse();
        assertThat(first.documentsParsed()).isEqualTo(5);

        InstalledCorpus current = store().current().orElseThrow();
        assertThat(current.folder()).isEqualTo(first.corpus().folder());
        assertThat(current.loaded()).as("status needs only the metadata").isFalse();
        assertThat(current.metadata()).isEqualTo(first.corpus().metadata());
        LovdataCorpus fromCache = current.corpus();
        assertThat(fromCache.documents().toList()).isEqualTo(first.corpus().corpus().documents().toList());
        assertThat(fromCache.metadata()).isEqualTo(first.report().corpus().metadata());
        assertThat(current.folder().getFileName().toString())
                .isEqualTo(first.corpus().metadata().contentHash().substring(0, 16) + "-f" + LovdataParser.FORMAT_VERSION);
    }

    @Test
    void the_same_data_imported_again_is_taken_from_the_cache_without_parsing() throws Exception {
        Path archive = archive("gjeldende-lover.tar.bz2", LovdataFixtures.GOOD);
        store().install(List.of(archive), ImportListener.none());
        int[] progressCalls = {0};
        LovdataStore.Installation again = store().install(List.of(archive), p -> progressCalls[0]++);
        assertThat(again.fromCache()).isTrue();
        assertThat(again.documentsParsed()).isZero();
        assertThat(again.report()).isNull();
        assertThat(progressCalls[0]).as("the importer never ran").isZero();
        assertThat(again.corpus().loaded()).isFalse();
        assertThat(again.corpus().corpus().documentCount()).isEqualTo(5);
    }

    @Test
    void the_current_corpus_has_a_folder_for_the_search_index() throws Exception {
        InstalledCorpus c = store().install(List.of(LovdataFixtures.folder()), ImportListener.none()).corpus();
        assertThat(c.indexDir()).isEqualTo(c.folder().resolve("index")).isDirectory();
        assertThat(store().current().orElseThrow().indexDir()).isEqualTo(c.indexDir());
    }

    @Test
    void a_failing_import_leaves_the_previous_corpus_current_and_intact() throws Exception {
        InstalledCorpus before = store().install(List.of(archive("a.tar.bz2", LovdataFixtures.GOOD)),
                ImportListener.none()).corpus();
        List<Path> filesBefore = LovdataFixtures.filesUnder(tmp.resolve("data"));

        byte[] good = Files.readAllBytes(archive("b.tar.bz2", LovdataFixtures.GOOD.subList(0, 2)));
        Path damaged = Files.write(tmp.resolve("in/gjeldende-sentrale-forskrifter.tar.bz2"),
                Arrays.copyOf(good, good.length - 40));
        assertThatThrownBy(() -> store().install(List.of(damaged), ImportListener.none()))
                .isInstanceOf(InvalidInputException.class);

        InstalledCorpus after = store().current().orElseThrow();
        assertThat(after.folder()).isEqualTo(before.folder());
        assertThat(after.corpus().documentCount()).isEqualTo(5);
        assertThat(LovdataFixtures.filesUnder(tmp.resolve("data"))).isEqualTo(filesBefore);
    }

    @Test
    void a_half_written_corpus_left_by_a_killed_import_is_never_used_and_is_cleaned_up() throws Exception {
        store().install(List.of(archive("a.tar.bz2", LovdataFixtures.GOOD)), ImportListener.none());
        Path corpora = tmp.resolve("data/corpus");
        Path leftover = Files.createDirectories(corpora.resolve(".import-12345"));
        Files.writeString(leftover.resolve(CorpusCodec.DOCUMENTS), "half");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(7200)));

        assertThat(store().current().orElseThrow().corpus().documentCount()).isEqualTo(5);
        store().install(List.of(archive("b.tar.bz2", LovdataFixtures.GOOD.subList(0, 2))), ImportListener.none());
        assertThat(leftover).doesNotExist();
    }

    @Test
    void the_current_and_the_previous_corpus_are_kept_older_ones_removed() throws Exception {
        Path a = archive("a.tar.bz2", LovdataFixtures.GOOD.subList(0, 1));
        Path b = archive("b.tar.bz2", LovdataFixtures.GOOD.subList(0, 2));
        Path c = archive("c.tar.bz2", LovdataFixtures.GOOD.subList(0, 3));
        Path first = store().install(List.of(a), ImportListener.none()).corpus().folder();
        Files.setLastModifiedTime(first, FileTime.from(Instant.now().minusSeconds(60)));
        Path second = store().install(List.of(b), ImportListener.none()).corpus().folder();
        Path third = store().install(List.of(c), ImportListener.none()).corpus().folder();
        assertThat(store().current().orElseThrow().folder()).isEqualTo(third);
        assertThat(second).isDirectory();
        assertThat(first).doesNotExist();
        try (Stream<Path> s = Files.list(tmp.resolve("data/corpus"))) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("current", second.getFileName().toString(), third.getFileName().toString());
        }
    }

    @Test
    void switching_back_to_an_earlier_import_uses_its_cache() throws Exception {
        Path a = archive("a.tar.bz2", LovdataFixtures.GOOD.subList(0, 1));
        Path b = archive("b.tar.bz2", LovdataFixtures.GOOD);
        store().install(List.of(a), ImportListener.none());
        store().install(List.of(b), ImportListener.none());
        LovdataStore.Installation back = store().install(List.of(a), ImportListener.none());
        assertThat(back.fromCache()).isTrue();
        assertThat(store().current().orElseThrow().corpus().documents().map(LegalDocument::key))
                .containsExactly("LOV-2099-01-01-1");
    }

    @Test
    void a_damaged_pointer_is_reported_not_guessed() throws Exception {
        Files.createDirectories(tmp.resolve("data/corpus"));
        Files.writeString(tmp.resolve("data/corpus/current"), "nothing-here\n");
        assertThatThrownBy(() -> store().current()).hasMessageContaining("nothing-here").hasMessageContaining("import again");
    }
}
