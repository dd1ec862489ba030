package no.forsokssjekk.web;

import no.forsokssjekk.Forsokssjekk;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator: /actuator/info shows the versions an assessment would carry; /actuator/health checks the engine. */
@Component
class EngineInfo implements InfoContributor, HealthIndicator {
    private final Forsokssjekk engine;

    EngineInfo(Forsokssjekk engine) {
        this.engine = engine;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("forsokssjekk", engine.versions());
    }

    @Override
    public Health health() {
        return engine.ruleBase() != null ? Health.up().build() : Health.down().build();
    }
}
