package org.shuangda.cases.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.shuangda.cases.ClueView;
import org.shuangda.shared.CreditAlert;

/**
 * A clue on the API: its fields as ever, and beside them {@code creditAlerts}, the credit warnings of its subject
 * (严重违法失信名单 / 经营异常名录 with the joint punishment measures that apply; empty without CREDIT_VIEW).
 */
record ClueJson(@JsonUnwrapped ClueView clue, List<CreditAlert> creditAlerts) {

    ClueJson {
        creditAlerts = creditAlerts == null ? List.of() : List.copyOf(creditAlerts);
    }
}
