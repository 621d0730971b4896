package org.shuangda.entities.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.CreditAlert;

/**
 * One entity on the API: its fields as ever, and beside them {@code creditAlerts}, its credit warnings
 * (严重违法失信名单 / 经营异常名录 with the joint punishment measures that apply; empty without CREDIT_VIEW).
 */
record EntityJson(@JsonUnwrapped MarketEntity entity, List<CreditAlert> creditAlerts) {

    EntityJson {
        creditAlerts = creditAlerts == null ? List.of() : List.copyOf(creditAlerts);
    }
}
