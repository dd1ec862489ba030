package no.forsokssjekk.corpus.catalogue;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;

/** The YAML shapes of the files in legal-corpus/ (see legal-corpus/README.md). Bound strictly: unknown fields fail. */
final class CatalogueFiles {
    private CatalogueFiles() {
    }

    record LawFile(
            String id,
            DocumentKind kind,
            String title,
            String shortTitle,
            Language language,
            String ministry,
            String sector,
            LawStatus status,
            LocalDate validFrom,
            LocalDate validTo,
            String predecessor,
            String successor,
            Boolean renumbered,
            List<String> enablingActs,
            List<NameFile> names,
            String source,
            String note) {
    }

    record NameFile(String name, Language language, LocalDate validFrom, LocalDate validTo) {
    }

    record ProvisionsFile(String document, List<ProvisionFile> provisions) {
    }

    record ProvisionFile(
            String id,
            String title,
            TextFile summary,
            KeywordsFile keywords,
            List<ClassificationFile> classifications) {
    }

    record TextFile(String nb, String nn) {
    }

    record KeywordsFile(List<String> nb, List<String> nn) {
    }

    record ClassificationFile(
            ClassificationKind kind,
            String appliesTo,
            String reason,
            String source,
            VerificationStatus status,
            MadeAgainstFile madeAgainst,
            String enables,
            LocalDate validFrom,
            LocalDate validTo) {
    }

    record MadeAgainstFile(LocalDate date, String textHash) {
    }
}
