package no.forsokssjekk.web;

import java.util.Map;
import java.util.function.Supplier;
import no.forsokssjekk.Forsokssjekk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A running web service, for callers outside Spring (the CLI's {@code serve}): start, port, stop. Keeps Spring's types
 * out of the caller, so only this package depends on Spring.
 */
public final class WebServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private WebServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the service on the engine the supplier gives (it may still be under construction). */
    public static WebServer start(Supplier<Forsokssjekk> engine, Map<String, Object> properties) {
        return new WebServer(WebApplication.start(engine, properties));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }

    /** Runs the action when the service stops (Ctrl+C, SIGTERM or {@link #close()}). */
    public void onStop(Runnable action) {
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) action.run();
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
