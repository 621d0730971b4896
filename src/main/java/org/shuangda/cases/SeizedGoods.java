package org.shuangda.cases;

import java.math.BigDecimal;

/**
 * Goods seized or found (涉案物品): what, how many, in which unit (件, 袋, 册, 公斤), and their value in 元.
 */
public record SeizedGoods(String name, BigDecimal quantity, String unitLabel, BigDecimal value) {
}
