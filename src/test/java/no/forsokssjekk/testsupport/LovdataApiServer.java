package no.forsokssjekk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.forsokssjekk.corpus.lovdata.PublicDataEntry;
import no.forsokssjekk.corpus.lovdata.PublicDataList;

/**
 * A stand-in for Lovdata's public API on 127.0.0.1 (a random free port): {@code GET /v1/publicData/list} answers a
 * list computed from the files it serves (their real sizes, the date given), {@code GET /v1/publicData/get/<name>}
 * streams the file with that date as {@code Last-Modified}. Tests can make it lie (a wrong size or date in the list,
 * a missing file) to check that the client refuses.
 */
public final class LovdataApiServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, Long> listedSizes = new ConcurrentHashMap<>();
    private final Map<String, Instant> servedDates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private final Instant lastModified;

    public LovdataApiServer(List<Path> served, Instant lastModified) throws IOException {
        this.lastModified = lastModified;
        for (Path p : served) files.put(p.getFileName().toString(), p);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/publicData/list", this::list);
        server.createContext("/v1/publicData/get/", this::get);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Makes the list publish a size that differs from the file's. */
    public LovdataApiServer listSize(String name, long size) {
        listedSizes.put(name, size);
        return this;
    }

    /** Makes the file answer with another Last-Modified than the list says. */
    public LovdataApiServer serveDated(String name, Instant date) {
        servedDates.put(name, date);
        return this;
    }

    /** Listed, but answers 404. */
    public LovdataApiServer lose(String name) {
        files.put(name, null);
        return this;
    }

    public int downloadsOf(String name) {
        return downloads.getOrDefault(name, new AtomicInteger()).get();
    }

    public List<PublicDataEntry> list() throws IOException {
        List<PublicDataEntry> out = new ArrayList<>();
        out.add(new PublicDataEntry("lovtidend-avd1-2025.tar.bz2", "Norsk Lovtidend avd. I", 2704879, lastModified));
        for (Map.Entry<String, Path> e : files.entrySet()) {
            long size = listedSizes.containsKey(e.getKey()) ? listedSizes.get(e.getKey())
                    : e.getValue() == null ? 1000 : Files.size(e.getValue());
            out.add(new PublicDataEntry(e.getKey(), "Gjeldende " + e.getKey(), size, lastModified));
        }
        return out;
    }

    private void list(HttpExchange x) throws IOException {
        byte[] body = PublicDataList.toJson(list());
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private void get(HttpExchange x) throws IOException {
        String name = x.getRequestURI().getPath().substring("/v1/publicData/get/".length());
        Path file = files.get(name);
        if (file == null) {
            x.sendResponseHeaders(404, -1);
            x.close();
            return;
        }
        downloads.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        Instant date = servedDates.getOrDefault(name, lastModified);
        x.getResponseHeaders().add("Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)));
        x.getResponseHeaders().add("Content-Type", "application/octet-stream");
        x.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = x.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
