package no.forsokssjekk.web;

import java.nio.file.Path;
import no.forsokssjekk.Forsokssjekk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine and the search the controllers use. The engine is built once per application; the rule base inside it
 * is shared by all requests and every assessment gets its own rule session (the facade's contract).
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Forsokssjekk forsokssjekk(ObjectProvider<WebApplication.EngineSupplier> supplied,
                              @Value("${forsokssjekk.catalogue:}") String catalogue,
                              @Value("${forsokssjekk.rules:}") String rules) {
        WebApplication.EngineSupplier supplier = supplied.getIfAvailable();
        if (supplier != null) return supplier.get();
        Forsokssjekk.Builder b = Forsokssjekk.builder();
        if (!catalogue.isBlank()) b.catalogue(Path.of(catalogue));
        if (!rules.isBlank()) b.rules(Path.of(rules));
        return b.build();
    }

    @Bean
    @ConditionalOnMissingBean
    ProvisionSearch provisionSearch(Forsokssjekk engine) {
        return new EngineProvisionSearch(engine);
    }

    /**
     * Prepares the search index once the service answers, on its own thread: built during start-up it would compete
     * with Spring's own start for the cores. A search that comes first waits for it.
     */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
            searchWarmUp(ProvisionSearch search) {
        return ready -> {
            if (!(search instanceof EngineProvisionSearch engineSearch)) return;
            Thread warmUp = new Thread(() -> {
                try {
                    engineSearch.warmUp();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(EngineConfiguration.class)
                            .warn("Search index could not be prepared at start; the first search will try again", e);
                }
            }, "search-index");
            warmUp.setDaemon(true);
            warmUp.start();
        };
    }
}
