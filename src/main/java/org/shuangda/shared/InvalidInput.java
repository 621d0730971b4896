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

    /** How many problems the exception's message (logs, stack traces) names; {@link #problems()} has all. */
    static final int PROBLEMS_IN_MESSAGE = 20;

    public InvalidInput(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The first {@value #PROBLEMS_IN_MESSAGE} problems in one line. Built once, in one buffer and bounded:
     * folding every problem into a new string ({@code a + "; " + b}) copied the text so far for each one,
     * which made a template with 10,000 wrong indicators take half a minute before its 422 (issue 11).
     */
    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return "invalid input";
        }
        StringBuilder out = new StringBuilder();
        int named = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
        for (int n = 0; n < named; n++) {
            out.append(n == 0 ? "" : "; ").append(problems.get(n).field()).append(": ").append(problems.get(n).reason());
        }
        if (problems.size() > named) {
            out.append("; … and ").append(problems.size() - named).append(" more");
        }
        return out.toString();
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
