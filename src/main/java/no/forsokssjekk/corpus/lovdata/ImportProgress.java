package no.forsokssjekk.corpus.lovdata;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an import has come. {@code bytesRead / bytesTotal} counts the input as stored (compressed archive bytes),
 * which is what decides the time an import takes.
 */
public record ImportProgress(int documents, int sections, int skipped, long bytesRead, long bytesTotal,
                             Duration elapsed) {

    /** Done, from 0 to 1. */
    public double fraction() {
        return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesRead / bytesTotal);
    }

    public double documentsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : documents / s;
    }

    /** The time left at the rate so far, once there is a rate to go by. */
    public Optional<Duration> remaining() {
        double f = fraction();
        if (f < 0.02 || elapsed.toMillis() < 500) return Optional.empty();
        return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f)));
    }
}
