package org.shuangda.credit.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A grade in words, from its counts and the weights of the scheme version it was computed with: "C：24个月内行政处罚
 * （一般）2次（+30），抽检不合格1次（+20）；合计50分（C类：30至69分）". Only what scored is named; the words come from
 * {@code messages/credit-grades*.properties}.
 */
@Component
class GradeExplanations {

    private final MessageSource messages;

    GradeExplanations(MessageSource messages) {
        this.messages = messages;
    }

    String explain(String grade, int score, GradeCounts counts, RiskScheme s, Locale locale) {
        List<String> facts = new ArrayList<>();
        Map<String, Integer> weights = s.weights();
        counts.byWeight().forEach((field, n) -> {
            int w = weights.get(field);
            if (n > 0 && w > 0) {
                facts.add(msg("credit.grades.explain." + field, locale, n, n * w));
            }
        });
        List<String> parts = new ArrayList<>();
        if (!facts.isEmpty()) {
            parts.add(msg("credit.grades.explain.facts", locale, s.windowMonths(),
                    String.join(msg("credit.grades.explain.separator", locale), facts)));
        }
        int youth = counts.youthPoints(s);
        if (youth > 0) {
            parts.add(msg("credit.grades.explain.years", locale, counts.yearsInBusiness(), youth));
        }
        String range = switch (grade) {
            case "A" -> msg("credit.grades.explain.rangeA", locale, s.thresholdB() - 1);
            case "B" -> msg("credit.grades.explain.range", locale, "B", s.thresholdB(), s.thresholdC() - 1);
            case "C" -> msg("credit.grades.explain.range", locale, "C", s.thresholdC(), s.thresholdD() - 1);
            default -> msg("credit.grades.explain.rangeD", locale, s.thresholdD());
        };
        String body = parts.isEmpty() ? msg("credit.grades.explain.none", locale, s.windowMonths())
                : String.join(msg("credit.grades.explain.partSeparator", locale), parts);
        return msg("credit.grades.explain.sentence", locale, grade, body, score, range);
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
