package org.shuangda.cases.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.ClockView;
import org.shuangda.shared.CreditAlert;

/**
 * A case on the API with its clocks computed now (null when not running) and the credit warnings of its business
 * parties ({@code creditAlerts}: 严重违法失信名单 / 经营异常名录 with the joint punishment measures that apply).
 */
record CaseJson(@JsonProperty("case") CaseView caseRecord, ClockView decisionClock, ClockView seizureClock,
        List<CreditAlert> creditAlerts) {

    CaseJson {
        creditAlerts = creditAlerts == null ? List.of() : List.copyOf(creditAlerts);
    }
}
