package no.forsokssjekk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.io.ResourceTree;

/**
 * Writes a small legal catalogue (legal-corpus/README.md layout) into a folder, so tests do not depend on the real
 * one that legal staff are filling. Summaries and reasons are placeholders: only ids, hashes and kinds matter here.
 */
public final class TestCatalogue {
    private final Path root;
    private final List<String> laws = new ArrayList<>();

    public TestCatalogue(Path root) {
        this.root = root;
    }

    /** One classification: kind, optional ledd part, and the hash it was made against. */
    public record Entry(String provisionId, String kind, String appliesTo, String textHash) {
        public static Entry of(String provisionId, String kind, String textHash) {
            return new Entry(provisionId, kind, null, textHash);
        }
    }

    public TestCatalogue law(String id, String slug, List<Entry> entries) throws IOException {
        Files.createDirectories(root.resolve("laws"));
        Files.createDirectories(root.resolve("provisions"));
        boolean regulation = id.startsWith("FOR-");
        Files.writeString(root.resolve("laws/" + slug + ".yaml"), String.join("\n",
                "id: " + id,
                "kind: " + (regulation ? "REGULATION" : "LAW"),
                "title: Testdokument " + slug,
                "shortTitle: " + slug,
                "language: nb",
                "ministry: Testdepartementet",
                "status: IN_FORCE",
                "names:",
                "  - name: " + slug,
                ""));
        laws.add(id);
        if (entries.isEmpty()) return this;
        StringBuilder sb = new StringBuilder("document: " + id + "\nprovisions:\n");
        List<String> seen = new ArrayList<>();
        for (Entry e : entries) {
            if (seen.contains(e.provisionId())) continue;
            seen.add(e.provisionId());
            sb.append("  - id: ").append(e.provisionId()).append('\n')
                    .append("    title: Test\n")
                    .append("    summary:\n      nb: En oppsummering for test.\n")
                    .append("    classifications:\n");
            for (Entry c : entries) {
                if (!c.provisionId().equals(e.provisionId())) continue;
                sb.append("      - kind: ").append(c.kind()).append('\n');
                if (c.appliesTo() != null) sb.append("        appliesTo: ").append(c.appliesTo()).append('\n');
                sb.append("        reason: Test.\n")
                        .append("        source: test\n")
                        .append("        status: UNVERIFIED\n")
                        .append("        madeAgainst:\n")
                        .append("          date: 2025-11-08\n")
                        .append("          textHash: ").append(c.textHash()).append('\n');
            }
        }
        Files.writeString(root.resolve("provisions/" + slug + ".yaml"), sb.toString());
        return this;
    }

    public Path root() {
        return root;
    }

    public Catalogue load() {
        return Catalogue.load(ResourceTree.directory(root));
    }
}
