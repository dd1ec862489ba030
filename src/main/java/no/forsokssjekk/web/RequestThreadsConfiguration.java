package no.forsokssjekk.web;

import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How many requests Tomcat works on at once. Assessments and searches only compute (no waiting on other services), so
 * more threads than a few per core only make them take turns: with Tomcat's default of 200 on two cores, the load
 * test's p99 was 130–180 ms at 200 requests/s; with 8, 40 ms. Requests beyond this wait in Tomcat's queue instead.
 * {@code forsokssjekk.web.request-threads} sets the number; an explicit {@code server.tomcat.threads.max} wins.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadsConfiguration {

    /** Four per core, at least eight. */
    static int defaultRequestThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    static final String PROPERTY = "forsokssjekk.web.request-threads";

    /** The configured number (blank: the default); bad input names the property and what it accepts. */
    static int requestThreadsSetting(String configured) {
        if (configured == null || configured.isBlank()) return defaultRequestThreads();
        try {
            int n = Integer.parseInt(configured.strip());
            if (n >= 1 && n <= 10_000) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(InputProblem.of(PROPERTY, "'" + configured + "' is not a usable number of "
                + "request threads", "a whole number from 1 to 10000 (environment: FORSOKSSJEKK_WEB_REQUEST_THREADS)"));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreads(Environment env) {
        return factory -> {
            if (env.containsProperty("server.tomcat.threads.max")) return;
            int threads = requestThreadsSetting(env.getProperty(PROPERTY));
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                    protocol.setMaxThreads(threads);
                }
            });
        };
    }
}
