package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.testsupport.LovdataApiServer;
import no.forsokssjekk.testsupport.LovdataFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LovdataDownloaderTest {
    static final Instant PUBLISHED = Instant.parse("2099-11-08T02:31:59.418Z");
    static final String LAWS = "gjeldende-lover.tar.bz2";
    static final String REGULATIONS = "gjeldende-sentrale-forskrifter.tar.bz2";

    @TempDir
    Path tmp;
    Path laws;
    Path regulations;
    Path downloads;

    @BeforeEach
    void archives() throws Exception {
        Instant entries = Instant.parse("2099-01-01T00:00:00Z");
        laws = LovdataFixtures.archiveOfFixtures(tmp.resolve("served").resolve(LAWS), List.of("nl-20990101-001.xml",
                "nl-20990202-002.xml", "nl-20990202-002-nn.xml", "nl-20990404-004.xml"), entries);
        regulations = LovdataFixtures.archiveOfFixtures(tmp.resolve("served").resolve(REGULATIONS),
                List.of("sf-20990303-0003.xml"), entries);
        downloads = tmp.resolve("data/downloads");
    }

    LovdataDownloader.Download download(LovdataApiServer server) throws Exception {
        return new LovdataDownloader(server.base()).downloadCurrent(downloads, (e, f, present) -> { });
    }

    @Test
    void both_archives_are_downloaded_checked_and_import_with_the_lists_date() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)) {
            LovdataDownloader.Download d = download(server);
            assertThat(d.archives()).containsExactly(downloads.resolve(LAWS), downloads.resolve(REGULATIONS));
            assertThat(downloads.resolve(LAWS)).hasSameBinaryContentAs(laws);
            assertThat(downloads.resolve(REGULATIONS)).hasSameBinaryContentAs(regulations);
            assertThat(downloads.resolve(PublicDataList.FILE_NAME)).exists();
            assertThat(LovdataFixtures.filesUnder(downloads)).hasSize(3).noneMatch(p -> p.toString().endsWith(".part"));

            var installed = new LovdataStore(DataDirectory.of(tmp.resolve("data")))
                    .install(d.archives(), ImportListener.none()).corpus();
            assertThat(installed.metadata().laws()).isEqualTo(4);
            assertThat(installed.metadata().regulations()).isEqualTo(1);
            assertThat(installed.metadata().datasetDate()).isEqualTo(LocalDate.of(2099, 11, 8));
            assertThat(installed.metadata().sources()).allSatisfy(s -> {
                assertThat(s.lastModified()).isEqualTo(PUBLISHED);
                assertThat(s.datasetDateFrom()).isEqualTo(PublicDataList.FILE_NAME);
            });
        }
    }

    @Test
    void an_archive_of_another_size_than_listed_is_refused_and_never_lands() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)
                .listSize(REGULATIONS, Files.size(regulations) + 1)) {
            assertThatThrownBy(() -> download(server))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.location()).endsWith("/v1/publicData/get/" + REGULATIONS);
                                assertThat(p.message()).isEqualTo("sent " + Files.size(regulations)
                                        + " bytes, but Lovdata's list says " + REGULATIONS + " has "
                                        + (Files.size(regulations) + 1) + "; nothing was saved");
                            }));
            assertThat(downloads.resolve(REGULATIONS)).doesNotExist();
            assertThat(LovdataFixtures.filesUnder(downloads)).noneMatch(p -> p.toString().endsWith(".part"));
        }
    }

    @Test
    void a_longer_download_than_listed_is_refused_too() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)
                .listSize(LAWS, 100)) {
            assertThatThrownBy(() -> download(server)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("sent more than 100 bytes");
            assertThat(downloads.resolve(LAWS)).doesNotExist();
        }
    }

    @Test
    void an_archive_dated_otherwise_than_listed_is_refused() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)
                .serveDated(LAWS, Instant.parse("2099-11-01T00:00:00Z"))) {
            assertThatThrownBy(() -> download(server)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is dated 2099-11-01T00:00:00Z (Last-Modified), but Lovdata's list dates "
                            + LAWS + " 2099-11-08T02:31:59.418Z; nothing was saved");
            assertThat(downloads.resolve(LAWS)).doesNotExist();
        }
    }

    @Test
    void a_missing_archive_is_reported_with_the_http_status() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED).lose(LAWS)) {
            assertThatThrownBy(() -> download(server))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.location()).isEqualTo(server.base() + "/v1/publicData/get/" + LAWS);
                                assertThat(p.message()).isEqualTo("answered HTTP 404 Not Found");
                            }));
            assertThat(LovdataFixtures.filesUnder(downloads)).isEmpty();
        }
    }

    @Test
    void a_list_without_the_archives_is_refused() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws), PUBLISHED)) {
            assertThatThrownBy(() -> download(server)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("does not list " + REGULATIONS);
        }
    }

    @Test
    void archives_already_downloaded_in_the_listed_version_are_not_fetched_again() throws Exception {
        try (LovdataApiServer server = new LovdataApiServer(List.of(laws, regulations), PUBLISHED)) {
            download(server);
            download(server);
            assertThat(server.downloadsOf(LAWS)).isEqualTo(1);
            assertThat(server.downloadsOf(REGULATIONS)).isEqualTo(1);
        }
    }

    @Test
    void an_unreachable_server_is_an_io_error_naming_the_address() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        LovdataDownloader d = new LovdataDownloader(java.net.URI.create("http://127.0.0.1:" + port));
        assertThatThrownBy(() -> d.downloadCurrent(downloads, (e, f, p) -> { }))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("cannot connect to 127.0.0.1:" + port);
    }
}
