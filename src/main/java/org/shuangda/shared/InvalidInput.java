package org.shuangda.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input a person must correct: one or more fields with the reason each is wrong. Answers HTTP 422 on the
 * API; pages show the reasons next to the fields. {@code reason} is a message code (resolved in the
 * user's language) or, when no such code exists, the text itself.
 */
public class InvalidInput extends RuntimeException {

    public record FieldProblem(String field, String reason, Object[] args) {

        public FieldProblem(String field, String reason) {
            this(field, reason, new Object[0]);
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String reason, Object... args) {
        this(List.of(new FieldProblem(field, reason, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Collects problems while validating a form; {@link #throwIfAny()} at the end. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String reason, Object... args) {
            problems.add(new FieldProblem(field, reason, args));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
