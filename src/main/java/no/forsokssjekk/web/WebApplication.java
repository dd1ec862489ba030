package no.forsokssjekk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.forsokssjekk.Forsokssjekk;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.PropertySource;

/**
 * The web service: the REST API over the {@link Forsokssjekk} facade and the page, in one Spring Boot application.
 * Its settings live in {@code forsokssjekk-web.properties} rather than {@code application.properties}, so a system
 * that embeds the library jar in its own Spring application is not affected by them.
 */
@SpringBootApplication
@PropertySource("classpath:forsokssjekk/web/forsokssjekk-web.properties")
public class WebApplication {

    /**
     * Properties that must be known before the context reads its property sources: logging is configured first.
     * Structured (JSON, ECS) console logs, so a log shipper can read them; they never carry application texts.
     */
    public static Map<String, Object> earlyDefaults() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("logging.structured.format.console", "ecs");
        p.put("spring.main.banner-mode", "off");
        return p;
    }

    /**
     * Starts the service with an engine supplied by the caller (the CLI builds it from its options, in parallel with
     * Spring's own start). Throws what the engine's construction threw when it fails.
     *
     * @param properties Spring properties (e.g. {@code server.port}); passed as command-line properties, so they
     *                   override every file
     */
    public static ConfigurableApplicationContext start(Supplier<Forsokssjekk> engine, Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.setDefaultProperties(earlyDefaults());
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("engineSupplier",
                (EngineSupplier) engine::get));
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return app.run(args);
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.setDefaultProperties(earlyDefaults());
        app.run(args);
    }

    /** Supplies the engine a caller built; without one the service builds its own from its properties. */
    @FunctionalInterface
    public interface EngineSupplier extends Supplier<Forsokssjekk> {
    }
}
