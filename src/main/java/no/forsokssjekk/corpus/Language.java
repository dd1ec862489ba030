package no.forsokssjekk.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The two written forms of Norwegian. Serialised as {@code nb} / {@code nn}. */
public enum Language {
    NB, NN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nb", "no", "nob", "bokmål", "bokmal" -> Optional.of(NB);
            case "nn", "nno", "nynorsk" -> Optional.of(NN);
            default -> Optional.empty();
        };
    }

    /** For JSON and YAML: "nb" or "nn" (upper case accepted too). */
    @JsonCreator
    public static Language fromJson(String code) {
        if (code == null) return null;
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nb" -> NB;
            case "nn" -> NN;
            default -> throw new IllegalArgumentException("'" + code + "' is not a language; accepted: nb, nn");
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
