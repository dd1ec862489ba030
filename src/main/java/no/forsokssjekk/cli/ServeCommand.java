package no.forsokssjekk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve [--port N] [--data-dir DIR]}: the web service and page. Spring starts only here. The engine (catalogue,
 * rules, Lovdata data) is built on its own thread while Spring starts, which shortens the time to the first answer.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start nettjenesten (REST-API og nettside) på http://localhost:PORT/.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Porten tjenesten lytter på (standard: ${DEFAULT-VALUE}; 0 gir en ledig port).")
    int port;

    @Option(names = "--address", paramLabel = "ADRESSE",
            description = "Adressen tjenesten lytter på (standard: alle nettverksgrensesnitt).")
    String address;

    @Option(names = "--allow-rules-reload",
            description = "Tillat POST /api/admin/rules/reload (les reglene på nytt; de siste gode beholdes ved feil).")
    boolean allowRulesReload;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CliInputException("--port: " + port + " er ikke en port (0–65535).");
        CompletableFuture<Forsokssjekk> engine = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                engine.complete(engineOptions.engine());
            } catch (Throwable t) {
                engine.completeExceptionally(t);
            }
        }, "engine-build");
        builder.setDaemon(true);
        builder.start();

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        if (address != null) properties.put("server.address", address);
        properties.put("forsokssjekk.web.rules-reload", allowRulesReload);

        WebServer server;
        try {
            server = WebServer.start(engine::join, properties);
        } catch (RuntimeException e) {
            throw userFacing(e);
        }
        var out = spec.commandLine().getOut();
        out.println("Forsøkssjekk kjører på http://localhost:" + server.port() + "/  (API: /swagger-ui.html). "
                + "Stopp med Ctrl+C.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        server.onStop(stopped::countDown);
        stopped.await();
        return Main.OK;
    }

    /** The engine's own input errors (catalogue or rules with file and line) and a busy port, as bad input (exit 2). */
    static RuntimeException userFacing(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException iie) return iie;
            if (t instanceof CliInputException cie) return cie;
            if (t.getClass().getSimpleName().equals("PortInUseException")) {
                return new CliInputException("Porten er allerede i bruk: " + t.getMessage()
                        + ". Velg en annen med --port.");
            }
            if (t instanceof CompletionException && t.getCause() instanceof RuntimeException re) return userFacing(re);
        }
        return e;
    }
}
