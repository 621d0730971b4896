package org.shuangda.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.shuangda.assessment.Scheme.Item;
import org.shuangda.reporting.expression.Expression;
import org.shuangda.reporting.expression.ExpressionException;
import org.shuangda.reporting.expression.ExpressionParser;
import org.shuangda.shared.InvalidInput;

/**
 * The computed items' arithmetic: a formula of reporting's expression language over {@link FigureCatalog}'s codes
 * gives a share; the item scores its maximum times the share, held between 0 and the maximum, to two decimals
 * (half up). A formula without a value (a rate over nothing) scores as the item says ({@link NoData}).
 */
public final class Scoring {

    private Scoring() {
    }

    /** Parses a computed item's formula; an unknown figure or a bad formula is a 422 on {@code field}. */
    public static Expression parse(String field, String formula) {
        try {
            return ExpressionParser.parseFormula(formula, FigureCatalog.codes());
        } catch (ExpressionException e) {
            String code = e.code().equals("expression.error.unknownCode") ? "assessment.formula.unknownFigure" : e.code();
            throw new InvalidInput(field, code, e.args());
        }
    }

    /** The points of a computed item for {@code figures}. */
    public static BigDecimal points(Item item, Expression formula, Map<String, BigDecimal> figures) {
        Object value = formula.evaluate(figures);
        if (!(value instanceof BigDecimal share)) {
            return item.noData() == NoData.ZERO ? BigDecimal.ZERO.setScale(Scorecard.SCALE)
                    : item.maxPoints().setScale(Scorecard.SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal held = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return item.maxPoints().multiply(held).setScale(Scorecard.SCALE, RoundingMode.HALF_UP);
    }
}
