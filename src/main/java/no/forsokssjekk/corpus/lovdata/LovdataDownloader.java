package no.forsokssjekk.corpus.lovdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;

/**
 * Fetches Lovdata's current laws and central regulations from its public API: the file list
 * ({@code GET <base>/v1/publicData/list}) and then each archive ({@code GET <base>/v1/publicData/get/<filename>}).
 *
 * <p>Every archive is checked against what the list publishes: the byte count must equal {@code sizeBytes}, and
 * when the server sends a {@code Last-Modified} header it must name the same second as {@code lastModified}. A
 * download is written to a temporary file beside its destination and renamed into place only when it passed, so a
 * partial or rejected download never lands. The list used is saved beside the archives, which gives the import its
 * dataset date. An archive already downloaded with the same size and date is not fetched again.
 */
public final class LovdataDownloader {
    public static final URI DEFAULT_BASE = URI.create("https://api.lovdata.no");
    public static final List<String> CURRENT_ARCHIVES =
            List.of("gjeldende-lover.tar.bz2", "gjeldende-sentrale-forskrifter.tar.bz2");

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    public LovdataDownloader(URI base) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), base, Duration.ofMinutes(15));
    }

    public LovdataDownloader(HttpClient http, URI base, Duration timeout) {
        this.http = http;
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.timeout = timeout;
    }

    /** Told as each file arrives, for progress output. */
    @FunctionalInterface
    public interface Listener {
        void downloaded(PublicDataEntry entry, Path file, boolean alreadyPresent);
    }

    /** The archives now in {@code folder}, each matching the list it was checked against. */
    public record Download(List<Path> archives, List<PublicDataEntry> entries) {
    }

    /**
     * Downloads the two current archives into {@code folder}.
     *
     * @throws InvalidInputException when the server's answer is not what the list promised (status, size, date) —
     *                               the message names the file and what was wrong
     * @throws IOException           when the server cannot be reached
     */
    public Download downloadCurrent(Path folder, Listener listener) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        URI listUri = URI.create(base + "/v1/publicData/list");
        byte[] listBytes = get(listUri, HttpResponse.BodyHandlers.ofByteArray()).body();
        List<PublicDataEntry> list = PublicDataList.parse(listBytes, listUri.toString());
        List<PublicDataEntry> wanted = new ArrayList<>();
        for (String name : CURRENT_ARCHIVES) {
            wanted.add(list.stream().filter(e -> e.filename().equals(name)).findFirst().orElseThrow(() ->
                    new InvalidInputException(new InputProblem(listUri.toString(), "", "does not list " + name,
                            "a list that includes " + String.join(" and ", CURRENT_ARCHIVES)))));
        }
        Optional<List<PublicDataEntry>> previous = savedList(folder);
        List<Path> archives = new ArrayList<>();
        for (PublicDataEntry entry : wanted) {
            Path target = folder.resolve(entry.filename());
            boolean present = Files.isRegularFile(target) && Files.size(target) == entry.sizeBytes()
                    && previous.map(l -> l.contains(entry)).orElse(false);
            if (!present) fetch(entry, target);
            archives.add(target);
            listener.downloaded(entry, target, present);
        }
        Path listTemp = Files.createTempFile(folder, ".list-", ".part");
        Files.write(listTemp, PublicDataList.toJson(wanted));
        Files.move(listTemp, folder.resolve(PublicDataList.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return new Download(archives, wanted);
    }

    private static Optional<List<PublicDataEntry>> savedList(Path folder) {
        Path saved = folder.resolve(PublicDataList.FILE_NAME);
        if (!Files.isRegularFile(saved)) return Optional.empty();
        try {
            return Optional.of(PublicDataList.parse(Files.readAllBytes(saved), saved.toString()));
        } catch (IOException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    private void fetch(PublicDataEntry entry, Path target) throws IOException, InterruptedException {
        URI uri = URI.create(base + "/v1/publicData/get/" + entry.filename());
        HttpResponse<InputStream> response = get(uri, HttpResponse.BodyHandlers.ofInputStream());
        Path temp = Files.createTempFile(target.getParent(), "." + entry.filename() + "-", ".part");
        try {
            long received = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    received += n;
                    if (received > entry.sizeBytes()) break;
                    out.write(buffer, 0, n);
                }
            }
            if (received != entry.sizeBytes()) {
                throw new InvalidInputException(new InputProblem(uri.toString(), "", "sent "
                        + (received > entry.sizeBytes() ? "more than " + entry.sizeBytes() : received)
                        + " bytes, but Lovdata's list says " + entry.filename() + " has " + entry.sizeBytes()
                        + "; nothing was saved", "a download of exactly the listed size"));
            }
            Optional<Instant> served = lastModified(response);
            if (served.isPresent() && served.get().getEpochSecond() != entry.lastModified().getEpochSecond()) {
                throw new InvalidInputException(new InputProblem(uri.toString(), "", "is dated " + served.get()
                        + " (Last-Modified), but Lovdata's list dates " + entry.filename() + " "
                        + entry.lastModified() + "; nothing was saved", "the version the list describes"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Optional<Instant> lastModified(HttpResponse<?> response) {
        return response.headers().firstValue("Last-Modified").flatMap(v -> {
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private <T> HttpResponse<T> get(URI uri, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json, application/octet-stream").build();
        HttpResponse<T> response;
        try {
            response = http.send(request, handler);
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + " (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
        }
        if (response.statusCode() != 200) {
            if (response.body() instanceof InputStream in) in.close();
            throw new InvalidInputException(new InputProblem(uri.toString(), "", "answered HTTP "
                    + response.statusCode() + (response.statusCode() == 404 ? " Not Found" : ""),
                    "HTTP 200 with the file"));
        }
        return response;
    }
}
