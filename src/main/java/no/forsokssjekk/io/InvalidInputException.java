package no.forsokssjekk.io;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found (never a stack trace for the user). */
public class InvalidInputException extends RuntimeException {
    private final List<InputProblem> problems;

    public InvalidInputException(String summary, List<InputProblem> problems) {
        super(summary + ":\n" + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this("invalid input", List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
