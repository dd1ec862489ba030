package no.forsokssjekk.web;

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

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreads(Environment env) {
        return factory -> {
            if (env.containsProperty("server.tomcat.threads.max")) return;
            int threads = env.getProperty("forsokssjekk.web.request-threads", Integer.class, defaultRequestThreads());
            if (threads < 1) {
                throw new IllegalArgumentException("forsokssjekk.web.request-threads must be 1 or more, not " + threads);
            }
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                    protocol.setMaxThreads(threads);
                }
            });
        };
    }
}
