package org.shuangda.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A warning that a market entity is on a credit blacklist (严重违法失信名单 or 经营异常名录), with the joint
 * punishment measures (失信联合惩戒措施) that apply to it: what a screen showing the entity displays and what its
 * API returns as {@code creditAlerts}. Built by the credit module behind {@link CreditAlerts}.
 *
 * @param entityId   the market entity
 * @param entityName its name
 * @param list       {@code SERIOUS} (严重违法失信名单) or {@code ABNORMAL} (经营异常名录)
 * @param listLabel  the list's name in the reader's language
 * @param listedOn   the day it was listed
 * @param summary    the listing as recorded ("列入严重违法失信名单：……"), with its authority
 * @param measures   the measures of the catalogue that apply to this list, in catalogue order
 */
public record CreditAlert(long entityId, String entityName, String list, String listLabel, LocalDate listedOn,
        String summary, List<Measure> measures) {

    public CreditAlert {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /**
     * One joint punishment measure: the item (惩戒事项), what it does (措施内容), whom it binds (惩戒对象), its legal
     * basis (设定依据) and the level that issued it (国家/省/市/县, in the reader's language).
     */
    public record Measure(long id, String item, String content, String target, String legalBasis, String level) {
    }
}
