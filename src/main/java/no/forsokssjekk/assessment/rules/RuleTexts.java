package no.forsokssjekk.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;

/**
 * Every rule has its words in both languages: its question ({@code <ID>.question}), and, for a rule that decides,
 * its message and what resolves it ({@code .message}, {@code .resolveBy}) or the reason of the legal basis it gives
 * ({@code .reason}). Checked by {@code rules validate} and before a rule base is put in service, so that a reload with
 * a missing text keeps the last good rules.
 */
public final class RuleTexts {
    private RuleTexts() {
    }

    public static List<InputProblem> problems(RuleBase rules, MessageBundle messages) {
        List<InputProblem> problems = new ArrayList<>();
        for (RuleBase.RuleInfo r : rules.rules()) {
            String where = "rules/" + r.file();
            if (!messages.has(r.id() + ".question")) {
                problems.add(new InputProblem(where, r.id() + ".question", "rule \"" + r.name() + "\" has no question "
                        + "in the message bundles", "the rule's question in nb.properties and nn.properties"));
            }
            if (r.classifies()) continue;
            boolean finding = messages.has(r.id() + ".message");
            if (!finding && !messages.has(r.id() + ".reason")) {
                problems.add(new InputProblem(where, r.id() + ".message", "rule \"" + r.name() + "\" has no message "
                        + "and no reason", "<ID>.message and <ID>.resolveBy (a finding) or <ID>.reason (a legal basis)"));
            }
            if (finding && !messages.has(r.id() + ".resolveBy")) {
                problems.add(new InputProblem(where, r.id() + ".resolveBy", "rule \"" + r.name() + "\" does not say "
                        + "what resolves its finding", "<ID>.resolveBy in nb.properties and nn.properties"));
            }
        }
        return problems;
    }

    /** Throws {@link InvalidInputException} listing every missing text. */
    public static void require(RuleBase rules, MessageBundle messages) {
        List<InputProblem> p = problems(rules, messages);
        if (!p.isEmpty()) throw new InvalidInputException("the rules lack texts in " + Language.NB.code() + " and "
                + Language.NN.code(), p);
    }
}
