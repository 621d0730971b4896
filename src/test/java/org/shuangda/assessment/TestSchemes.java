package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;

/** Schemes for the tests: the city's over its two counties, each run's items in a known order. */
final class TestSchemes {

    private TestSchemes() {
    }

    static ItemForm computed(int category, String title, int points, String formulaKey) {
        return new ItemForm(category, null, title, ItemKind.COMPUTED, BigDecimal.valueOf(points), "", "", formulaKey, null,
                NoData.FULL);
    }

    static ItemForm reviewed(int category, String title, int points) {
        return new ItemForm(category, null, title, ItemKind.REVIEWED, BigDecimal.valueOf(points), "按评分标准", "相关文件",
                null, null, NoData.FULL);
    }

    /**
     * Every computed formula of the list (10 × 5 points… adding up with the reviewed items to 100), a veto item and
     * two bonus items under a cap of 4.
     */
    static SchemeForm everyFormula(int year, String title) {
        List<CategoryForm> categories = List.of(new CategoryForm("数据项", null), new CategoryForm("评审项", null),
                new CategoryForm("一票否决", null), new CategoryForm("加分", null));
        List<ItemForm> items = new ArrayList<>();
        String[] keys = {"REPORT_COMPLETENESS", "REPORT_TIMELINESS", "CASES_TARGET", "MAJOR_CASES_TARGET",
                "CASES_CLOSED_RATE", "TRANSFER_RATE", "PENALTY_PUBLICATION", "COMPLAINTS_ON_TIME",
                "INSPECTION_RESULTS_ON_TIME", "JOINT_ACTIONS_TARGET", "TASKS_ON_TIME", "SUPERVISED_ON_TIME",
                "FUNDS_IN_PLACE", "SOFTWARE_LICENSED", "RECTIFICATION_ON_TIME"};
        for (String k : keys) {
            items.add(computed(1, k, 5, k));
        }
        items.add(reviewed(2, "组织领导", 15));
        items.add(reviewed(2, "宣传工作", 10));
        items.add(new ItemForm(3, null, "重大事件", ItemKind.VETO, null, "", "", null, null, null));
        items.add(new ItemForm(4, null, "经验推广", ItemKind.BONUS, new BigDecimal("3"), "", "", null, null, null));
        items.add(new ItemForm(4, null, "上级表扬", ItemKind.BONUS, new BigDecimal("3"), "", "", null, null, null));
        return new SchemeForm(null, year, title, null, TargetKind.REGIONS, List.of("140426", "140425"), List.of(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, new BigDecimal("4"),
                Scheme.Steps.none(), categories, items, 0);
    }
}
