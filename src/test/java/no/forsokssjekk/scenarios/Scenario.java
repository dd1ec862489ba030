package no.forsokssjekk.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.assessment.BasisKind;
import no.forsokssjekk.assessment.ExemptionAssessment;
import no.forsokssjekk.assessment.Finding;
import no.forsokssjekk.assessment.FindingCode;
import no.forsokssjekk.assessment.LegalBasis;
import no.forsokssjekk.assessment.Outcome;
import no.forsokssjekk.assessment.Severity;
import no.forsokssjekk.contract.ContractJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A legal case written in YAML (src/test/resources/scenarios/&lt;legal source&gt;/*.yaml) that legal staff can read and
 * extend without Java: a sentence as its name, the application (the JSON contract as YAML), and what a caseworker
 * expects: the legal basis of every exemption and the complete set of findings. See scenarios/README.md.
 */
record Scenario(Path file, String name, String source, boolean needsLovdata, Application application,
                Outcome outcome, List<ExpectedBasis> legalBasis, List<ExpectedFinding> findings) {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** The expected bases of one exemption: the complete list (kind, authority, preferred), letter and decider when given. */
    record ExpectedBasis(int exemption, List<Basis> bases) {
    }

    record Basis(BasisKind kind, String authority, boolean preferred, String letter, String decisionMaker) {
        boolean sameAs(LegalBasis actual) {
            String actualAuthority = actual.authority() == null ? null : actual.authority().id();
            return kind == actual.kind() && Objects.equals(authority, actualAuthority) && preferred == actual.preferred();
        }

        @Override
        public String toString() {
            return kind + (authority == null ? "" : " " + authority) + (preferred ? " (foretrukket)" : "")
                    + (letter == null ? "" : " bokstav " + letter) + (decisionMaker == null ? "" : " – " + decisionMaker);
        }
    }

    /** "CODE SEVERITY" or "CODE SEVERITY INDEX": the index is checked only when it is given. */
    record ExpectedFinding(FindingCode code, Severity severity, Integer exemption) {
        boolean matches(Finding f) {
            return f.code() == code && f.severity() == severity
                    && (exemption == null || exemption.equals(f.exemptionIndex()));
        }

        @Override
        public String toString() {
            return code + " " + severity + (exemption == null ? "" : " " + exemption);
        }
    }

    static Stream<Scenario> all(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Scenario::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String where = file.getFileName().toString();
        String name = required(root, "name", where).asString();
        String source = root.hasNonNull("source") ? root.get("source").asString() : null;
        boolean lovdata = root.hasNonNull("corpus") && "lovdata".equals(root.get("corpus").asString());
        JsonNode app = required(root, "application", where);
        Application application = ContractJson.readApplication(ContractJson.write(app));
        JsonNode expected = required(root, "expected", where);
        Outcome outcome = expected.hasNonNull("outcome") ? Outcome.valueOf(expected.get("outcome").asString()) : null;
        List<ExpectedBasis> bases = new ArrayList<>();
        for (JsonNode b : required(expected, "legalBasis", where)) {
            List<Basis> list = new ArrayList<>();
            for (JsonNode x : required(b, "bases", where)) {
                String authority = x.hasNonNull("authority") ? x.get("authority").asString() : null;
                BasisKind kind = x.hasNonNull("kind") ? BasisKind.valueOf(x.get("kind").asString())
                        : authority == null ? BasisKind.NONE
                        : authority.equals("FORSOKSLOVEN") ? BasisKind.FORSOKSLOVEN : BasisKind.SECTOR;
                list.add(new Basis(kind, authority, x.hasNonNull("preferred") && x.get("preferred").asBoolean(),
                        x.hasNonNull("letter") ? x.get("letter").asString() : null,
                        x.hasNonNull("decisionMaker") ? x.get("decisionMaker").asString() : null));
            }
            bases.add(new ExpectedBasis(required(b, "exemption", where).asInt(), list));
        }
        List<ExpectedFinding> findings = new ArrayList<>();
        JsonNode fs = expected.get("findings");
        if (fs != null) {
            for (JsonNode f : fs) findings.add(finding(f.asString()));
        }
        return new Scenario(file, name, source, lovdata, application, outcome, bases, findings);
    }

    private static ExpectedFinding finding(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + text + "': expected \"CODE SEVERITY\" or \"CODE SEVERITY INDEX\"");
        }
        return new ExpectedFinding(FindingCode.valueOf(parts[0]), Severity.valueOf(parts[1].toUpperCase(Locale.ROOT)),
                parts.length == 3 ? Integer.valueOf(parts[2]) : null);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException(where + ": '" + field + "' is required");
        return v;
    }

    /** What the assessment says, written as a scenario's expected block (for drafting a new case; review it first). */
    static String describe(Assessment a) {
        StringBuilder sb = new StringBuilder("expected:\n  outcome: ").append(a.outcome()).append("\n  legalBasis:\n");
        for (int i = 0; i < a.exemptions().size(); i++) {
            sb.append("    - exemption: ").append(i).append("   # ").append(a.exemptions().get(i).input()).append("\n      bases:\n");
            for (LegalBasis b : a.exemptions().get(i).legalBasis()) {
                sb.append("        - {");
                if (b.authority() == null) sb.append("kind: NONE");
                else sb.append("authority: ").append(b.authority().id());
                sb.append(", preferred: ").append(b.preferred());
                if (b.letter() != null) sb.append(", letter: ").append(b.letter());
                if (b.decisionMaker() != null) sb.append(", decisionMaker: ").append(b.decisionMaker());
                sb.append("}\n");
            }
        }
        sb.append("  findings:\n");
        for (Finding f : a.findings()) {
            sb.append("    - ").append(f.code()).append(' ').append(f.severity());
            if (f.exemptionIndex() != null) sb.append(' ').append(f.exemptionIndex());
            sb.append("   # ").append(f.ruleId()).append("\n");
        }
        return sb.toString();
    }

    /** Every difference between what was expected and what the assessment says, in words a lawyer can read. */
    List<String> differences(Assessment a) {
        List<String> problems = new ArrayList<>();
        if (outcome != null && a.outcome() != outcome) {
            problems.add("outcome: expected " + outcome + ", was " + a.outcome());
        }
        List<Integer> covered = new ArrayList<>();
        for (ExpectedBasis e : legalBasis) {
            covered.add(e.exemption());
            if (e.exemption() >= a.exemptions().size()) {
                problems.add("legalBasis: there is no exemption " + e.exemption());
                continue;
            }
            ExemptionAssessment actual = a.exemptions().get(e.exemption());
            List<LegalBasis> remaining = new ArrayList<>(actual.legalBasis());
            for (Basis b : e.bases()) {
                LegalBasis match = remaining.stream().filter(b::sameAs).findFirst().orElse(null);
                if (match == null) {
                    problems.add("exemption " + e.exemption() + " («" + actual.input() + "»): missing basis " + b);
                    continue;
                }
                remaining.remove(match);
                if (b.letter() != null && !b.letter().equalsIgnoreCase(String.valueOf(match.letter()))) {
                    problems.add("exemption " + e.exemption() + ": " + b.authority() + " letter expected " + b.letter()
                            + ", was " + match.letter());
                }
                if (b.decisionMaker() != null && !b.decisionMaker().equals(match.decisionMaker())) {
                    problems.add("exemption " + e.exemption() + ": " + b.authority() + " decided by expected «"
                            + b.decisionMaker() + "», was «" + match.decisionMaker() + "»");
                }
            }
            for (LegalBasis extra : remaining) {
                problems.add("exemption " + e.exemption() + " («" + actual.input() + "»): unexpected basis " + extra.kind()
                        + (extra.authority() == null ? "" : " " + extra.authority().id())
                        + (extra.preferred() ? " (foretrukket)" : "") + ": " + extra.reason());
            }
        }
        for (int i = 0; i < a.exemptions().size(); i++) {
            if (!covered.contains(i)) problems.add("legalBasis: the scenario says nothing about exemption " + i);
        }
        List<Finding> remaining = new ArrayList<>(a.findings());
        List<ExpectedFinding> ordered = new ArrayList<>(findings);
        ordered.sort((x, y) -> Boolean.compare(x.exemption() == null, y.exemption() == null));
        for (ExpectedFinding f : ordered) {
            Finding match = remaining.stream().filter(f::matches).findFirst().orElse(null);
            if (match == null) problems.add("missing finding: " + f);
            else remaining.remove(match);
        }
        for (Finding extra : remaining) {
            problems.add("unexpected finding: " + extra.code() + " " + extra.severity()
                    + (extra.exemptionIndex() == null ? "" : " " + extra.exemptionIndex()) + " [" + extra.ruleId() + "] "
                    + extra.message());
        }
        return problems;
    }
}
