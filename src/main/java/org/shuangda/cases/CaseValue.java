package org.shuangda.cases;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 案值, the one place it is worked out (issue 13): the value of the goods the case is about, itemised in two lists —
 * the case's 涉案物品 (the case form) and the 查封（扣押）财物清单 of its seizures — where the same goods appear in both
 * (the same name and unit of measure, spaces and full-/half-width forms aside) they are counted once, at the higher
 * of the two valuations (a 清单 may list only part of the goods, or value them after an appraisal). A figure the
 * officer typed on the case form stands where it is higher than the itemised value (it may cover goods not listed);
 * where the listed goods are worth more it is the itemised value, so a seizure never leaves the 案值 under the value
 * of what was seized. No typed figure and no valued item: unknown (null).
 *
 * @param entered  what the officer typed, null when left to the goods
 * @param goods    the 涉案物品 rows with a value, the goods also in a 清单 left out (they count in {@code seized})
 * @param seized   the seized items, each goods counted once across the goods list and every seizure
 * @param itemised {@code goods + seized}, null when no item has a value
 * @param value    the 案值 in force
 */
public record CaseValue(BigDecimal entered, BigDecimal goods, BigDecimal seized, BigDecimal itemised, BigDecimal value) {

    public static CaseValue of(BigDecimal entered, List<SeizedGoods> goodsRows, List<SeizureItem> seizedItems) {
        Map<String, BigDecimal> fromGoods = new LinkedHashMap<>();
        for (SeizedGoods g : goodsRows) {
            if (g.value() != null) {
                fromGoods.merge(key(g.name(), g.unitLabel()), g.value(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> fromSeizures = new LinkedHashMap<>();
        for (SeizureItem i : seizedItems) {
            if (i.value() != null) {
                // the same goods in two seizures (seized again after a release) are the same goods: the higher value
                fromSeizures.merge(key(i.name(), i.unitLabel()), i.value(), BigDecimal::max);
            }
        }
        BigDecimal goods = null;
        BigDecimal seized = null;
        for (Map.Entry<String, BigDecimal> e : fromGoods.entrySet()) {
            BigDecimal inList = fromSeizures.get(e.getKey());
            if (inList == null) {
                goods = add(goods, e.getValue());
            } else if (e.getValue().compareTo(inList) > 0) {
                fromSeizures.put(e.getKey(), e.getValue()); // counted once, at the higher valuation
            }
        }
        for (BigDecimal v : fromSeizures.values()) {
            seized = add(seized, v);
        }
        BigDecimal itemised = goods == null && seized == null ? null : add(goods, seized);
        BigDecimal value = entered == null ? itemised : itemised == null ? entered : entered.max(itemised);
        return new CaseValue(entered, goods, seized, itemised, value);
    }

    /** Whether the itemised goods, not the typed figure, give the 案值. */
    public boolean fromItems() {
        return itemised != null && (entered == null || itemised.compareTo(entered) > 0);
    }

    /** "¥56,000.00", "—" when unknown: how pages show an amount of money. */
    public static String yuan(BigDecimal amount) {
        return amount == null ? "—" : "¥" + String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static String key(String name, String unit) {
        return normal(name) + "|" + normal(unit);
    }

    private static String normal(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }
}
