package no.forsokssjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/forsokssjekk.jar serve}, the README's main command, as a user runs it: the time from process
 * start to the first HTTP 200 on the embedded data (the goal is 15 s: asserted in CI when the machine is quiet, reported
 * everywhere with the load it was measured under), and a clear exit code 2 when the port is taken.
 */
class ServeIT {
    private static final Pattern URL = Pattern.compile("http://localhost:(\\d+)/");
    private static final double GOAL_SECONDS = 15;

    private static Path jar() {
        Path jar = Path.of(System.getProperty("forsokssjekk.exec.jar", "target/forsokssjekk.jar"));
        assertThat(jar).as("the executable jar (mvn package)").isRegularFile();
        return jar;
    }

    private static Process serve(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "serve"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void serveAnswersOnTheEmbeddedDataWithinTheGoal() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        // an empty data folder: the embedded data only, whatever this machine has imported
        Path data = Files.createTempDirectory("forsokssjekk-data");
        Process process = serve("--port", "0", "--data-dir", data.toString());
        try {
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        Matcher m = URL.matcher(line);
                        if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                    }
                    port.completeExceptionally(new IllegalStateException("serve ended without printing its address"));
                } catch (IOException e) {
                    port.completeExceptionally(e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            int p = port.get(120, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newHttpClient();
            int status = 0;
            while (status != 200 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/api/versions"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    Thread.sleep(50);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String report = String.format(Locale.ROOT,
                    "serve: first HTTP 200 after %.1f s (goal %.0f s; %d cores, load average before %.1f)%n",
                    seconds, GOAL_SECONDS, cores, loadBefore);
            System.out.print(report);
            Files.writeString(Path.of("target/serve-startup.txt"), report);
            assertThat(status).isEqualTo(200);
            // the goal holds for a machine that is not busy with other work: strict in CI when the machine is quiet
            // (load below its cores), otherwise only a guard against a gross regression
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            boolean quiet = loadBefore >= 0 && loadBefore < cores;
            assertThat(seconds).as("seconds to the first 200 (load before: %.1f)", loadBefore)
                    .isLessThan(ci && quiet ? GOAL_SECONDS : 90);

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Forsøkssjekk");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    @Test
    void aTakenPortIsBadInputWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process process = serve("--port", String.valueOf(taken.getLocalPort()));
            try {
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.exitValue()).as(output).isEqualTo(Main.BAD_INPUT);
                assertThat(output).contains("Porten er allerede i bruk").doesNotContain("\tat ");
            } finally {
                process.destroyForcibly();
            }
        }
    }
}
