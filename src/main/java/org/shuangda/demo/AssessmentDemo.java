package org.shuangda.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.Bulletin;
import org.shuangda.assessment.Bulletins;
import org.shuangda.assessment.FormulaCatalog;
import org.shuangda.assessment.ItemKind;
import org.shuangda.assessment.NoData;
import org.shuangda.assessment.Run;
import org.shuangda.assessment.RunView;
import org.shuangda.assessment.Runs;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.SchemeForm;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;
import org.shuangda.assessment.Schemes;
import org.shuangda.assessment.Scores;
import org.shuangda.assessment.TargetKind;
import org.shuangda.assessment.supervision.Visit;
import org.shuangda.assessment.supervision.VisitForm;
import org.shuangda.assessment.supervision.VisitRecord;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The city's 检查考核 in the demo (journey "the city office assessing its counties"): last year's scheme of the
 * 长治市 office over 黎城县 and 平顺县, run through to the end (黎城县 excellent, 平顺县 urged to rectify after an appeal
 * partly upheld), its results published and its 考核通报 issued; this year's scheme cloned from it with two items
 * adjusted (cases and joint actions now computed from the records) and in progress: 黎城县 has handed in its
 * self-assessment with an evidence file and waits for 初评, 平顺县 is still filling its own. And 黎城县's office's
 * 督查 of the county's 工商局 last week, one finding reported rectified, one still open; a visit to the 公安局 planned.
 */
@Component
class AssessmentDemo implements DemoDataStep {

    private final Schemes schemes;
    private final Runs runs;
    private final Bulletins bulletins;
    private final Visits visits;
    private final UnitDirectory units;
    private final Clock clock;

    AssessmentDemo(Schemes schemes, Runs runs, Bulletins bulletins, Visits visits, UnitDirectory units, Clock clock) {
        this.schemes = schemes;
        this.runs = runs;
        this.bulletins = bulletins;
        this.visits = visits;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 620; // after the campaigns, rounds, cases and transfers whose records the computed items count
    }

    @Override
    public void load(Actor system) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        UnitRef cityOffice = unit("长治市商务局");
        Scheme last = lastYear(system, cityOffice, today.getYear() - 1);
        thisYear(system, last, today);
        supervision(system, today);
    }

    private Scheme lastYear(Actor system, UnitRef office, int year) {
        List<CategoryForm> categories = List.of(new CategoryForm("组织领导", null), new CategoryForm("数据报送", null),
                new CategoryForm("案件查办", null), new CategoryForm("日常监管与宣传", null),
                new CategoryForm("一票否决", null), new CategoryForm("加分项目", null));
        List<ItemForm> items = List.of(
                reviewed(1, "领导小组及办公室健全，印发年度工作方案", 5, "机构健全、方案印发得5分，缺一项扣2.5分", "领导小组成立文件、年度工作方案"),
                reviewed(1, "召开领导小组会议研究部署工作", 5, "每半年至少召开一次，少一次扣2.5分", "会议通知、会议纪要"),
                computed(1, "专项经费拨付到位", 5, "FUNDS_IN_PLACE", "经费到位率 × 5分"),
                reviewed(1, "开展督查，跟踪整改落实", 5, "每年督查不少于四次，发现问题整改到位", "督查通知、整改报告"),
                computed(2, "数据报送及时率", 10, "REPORT_TIMELINESS", "按时报送次数 ÷ 应报送次数 × 10分"),
                computed(2, "数据报送完整率", 10, "REPORT_COMPLETENESS", "已报送次数 ÷ 应报送次数 × 10分"),
                reviewed(3, "案件查办工作（立案查处、大案要案）", 15, "立案查处数量和质量，查办大案要案情况", "案件台账、典型案例"),
                computed(3, "涉嫌犯罪案件移送", 5, "TRANSFER_RATE", "移送公安件数 ÷ 大案要案件数 × 5分"),
                computed(3, "行政处罚信息按时公示", 5, "PENALTY_PUBLICATION", "20个工作日内公示件数 ÷ 应公示件数 × 5分"),
                computed(3, "投诉举报按时办结", 10, "COMPLAINTS_ON_TIME", "按时办结件数 ÷ 办结件数 × 10分"),
                computed(4, "专项行动任务按期完成", 10, "TASKS_ON_TIME", "按期完成任务数 ÷ 到期任务数 × 10分"),
                reviewed(4, "联合执法与重点市场整治", 5, "开展联合执法、整治重点区域情况", "联合执法记录"),
                reviewed(4, "宣传工作（3·15、4·26集中宣传，宣传资料发放）", 10, "开展集中宣传活动、媒体报道情况", "活动照片、宣传资料清单、媒体报道"),
                new ItemForm(5, null, "发生区域性重大质量安全事件或侵权假冒案件造成恶劣社会影响", ItemKind.VETO, BigDecimal.ZERO,
                        "经查实的，考核等次为不合格", "", null, null, NoData.FULL),
                new ItemForm(6, null, "工作经验做法被上级推广", ItemKind.BONUS, new BigDecimal("3"), "每项加1.5分", "推广文件", null,
                        null, NoData.FULL),
                new ItemForm(6, null, "查办案件受到上级表扬", ItemKind.BONUS, new BigDecimal("3"), "每起加1.5分", "表扬文件", null,
                        null, NoData.FULL));
        Scheme s = schemes.create(system, new SchemeForm("KH-CZ-SD", year, year + "年度长治市“双打”工作检查考核方案",
                office.id(), TargetKind.REGIONS, List.of("140426", "140425"), List.of(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), null, null, null, new BigDecimal("5"),
                new Scheme.Steps(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 16),
                        LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), LocalDate.of(year + 1, 1, 5),
                        LocalDate.of(year + 1, 1, 20)), categories, items, 0));
        s = schemes.start(system, s.id());
        for (RunView v : runs.list(system, s.id())) {
            boolean licheng = "140426".equals(v.run().regionCode());
            Actor county = countyOffice(system, v.run());
            // reviewed items: 1.1, 1.2, 1.4, 3.1, 4.2, 4.3; bonus 6.1, 6.2
            double[] points = licheng ? new double[] {5, 5, 4, 13, 4.5, 9, 1.5, 1.5} : new double[] {3, 3, 2, 8, 3, 5, 0, 0};
            runs.selfAssess(county, v.run().id(), new Scores(entries(s, points, true), null));
            runs.addEvidence(county, v.run().id(), "年度工作总结及佐证材料", ids(s, "1.1", "1.2", "4.3"), pdf());
            runs.submit(county, v.run().id());
            runs.score(system, v.run().id(), false, new Scores(entries(s, points, false), null));
            runs.finishFirst(system, v.run().id());
            runs.releaseDraft(system, v.run().id());
            long runId = v.run().id();
            if (!licheng) {
                long item = ids(s, "4.3").get(0);
                RunView appealed = runs.appeal(county, runId, item,
                        "我县3·15期间在县城和乡镇设置咨询台5处，发放宣传资料3000余份，县电视台作了报道，评分未计入，请予复核。");
                long appeal = appealed.run().appeals().get(0).id();
                runs.decideAppeal(system, runId, appeal, true, new BigDecimal("5.5"),
                        null, "经复核，3·15宣传活动资料属实，酌情加0.5分；媒体报道未附佐证，不予计分。");
            }
            runs.acceptDraft(county, runId);
            runs.finalise(system, runId);
        }
        schemes.publishResults(system, s.id());
        Bulletin b = bulletins.compose(system, s.id());
        bulletins.issue(system, b.id(), "长双打办〔" + (year + 1) + "〕1号");
        return s;
    }

    /** This year's scheme: cloned, two items adjusted (cases and joint actions computed from the records), started. */
    private void thisYear(Actor system, Scheme last, LocalDate today) {
        Scheme copy = schemes.cloneScheme(system, last.id(), today.getYear());
        SchemeForm form = schemes.formOf(copy);
        List<ItemForm> items = new ArrayList<>();
        for (ItemForm i : form.items()) {
            if (i.title().startsWith("案件查办工作")) {
                items.add(computed(3, "立案查处侵权假冒案件", 10, "CASES_TARGET", "立案10件及以上得满分，不足按比例计分"));
                items.add(computed(3, "查办大案要案", 5, "MAJOR_CASES_TARGET", "查办2件及以上得满分"));
            } else if (i.title().startsWith("联合执法")) {
                items.add(computed(4, "联合执法", 5, "JOINT_ACTIONS_TARGET", "开展4次及以上得满分"));
            } else {
                items.add(new ItemForm(i.category(), null, i.title(), i.kind(), i.maxPoints(), i.rule(), i.evidence(),
                        i.formulaKey(), i.formula(), i.noData()));
            }
        }
        Scheme.Steps steps = new Scheme.Steps(today.minusDays(15), today.plusDays(5), today.plusDays(6),
                today.plusDays(15), today.plusDays(16), today.plusDays(25), today.plusDays(35));
        Scheme adjusted = schemes.update(system, copy.id(), new SchemeForm(form.code(), form.year(), form.title(), null,
                form.targetKind(), form.regionCodes(), form.unitIds(), form.periodFrom(), form.periodTo(), form.gradeA(),
                form.gradeB(), form.gradeC(), form.bonusCap(), steps, form.categories(), items, copy.version()));
        Scheme s = schemes.start(system, adjusted.id());
        for (RunView v : runs.list(system, s.id())) {
            Actor county = countyOffice(system, v.run());
            if ("140426".equals(v.run().regionCode())) {
                // 1.1, 1.2, 1.4, 4.3 and the bonuses are the reviewed ones now
                runs.selfAssess(county, v.run().id(), new Scores(entries(s, new double[] {5, 5, 5, 9, 1.5, 0}, true), null));
                runs.addEvidence(county, v.run().id(), "领导小组文件及年度工作方案", ids(s, "1.1", "1.2"), pdf());
                runs.submit(county, v.run().id());
            } else {
                runs.selfAssess(county, v.run().id(), new Scores(entries(s, new double[] {4, 3}, true), null));
            }
        }
    }

    private void supervision(Actor system, LocalDate today) {
        UnitRef office = unit("黎城县商务中心");
        Visit v = visits.plan(system, new VisitForm(office.id(), unit("黎城县工商行政管理局").id(), "第四季度“双打”工作督查",
                today.minusDays(7), List.of("组织落实情况：专项行动方案和任务分解", "责任分解情况：牵头和配合任务的责任人",
                        "目标进度情况：案件查办和数据报送进度", "重点市场名录库维护情况"), 0));
        v = visits.record(system, v.id(), new VisitRecord(today.minusDays(7), "县双打办 王晓峰、李婷",
                "工商局组织落实到位，案件查办进度较快；个别台账不完整。",
                List.of(new VisitRecord.CheckOutcome(1, Visit.Outcome.MET, ""),
                        new VisitRecord.CheckOutcome(2, Visit.Outcome.MET, ""),
                        new VisitRecord.CheckOutcome(3, Visit.Outcome.PROBLEM, "数据报送有一次迟报"),
                        new VisitRecord.CheckOutcome(4, Visit.Outcome.PROBLEM, "两处市场的开办者信息未更新")),
                List.of(new VisitRecord.FindingForm("建立数据报送提醒机制，确保按时报送", today.minusDays(1)),
                        new VisitRecord.FindingForm("更新重点市场名录库中两处市场的开办者信息", today.plusDays(10))),
                v.version()));
        visits.report(new UnitReporter(system, unit("黎城县工商行政管理局")), v.findings().get(0).id(),
                "已指定专人负责，在每次报送截止前3个工作日提醒。");
        visits.plan(system, new VisitForm(office.id(), unit("黎城县公安局").id(), "涉嫌犯罪案件受理情况督查",
                today.plusDays(7), List.of("移送案件受理和立案情况", "两法衔接联络员制度落实情况"), 0));
    }

    /** The system acting as the county's leading-group office (its unit fills the county's self-assessment). */
    private Actor countyOffice(Actor system, Run run) {
        return new UnitReporter(system, units.find(run.unitId()).orElseThrow());
    }

    /** Scores for the reviewed and bonus items in order ({@code self}: the unit's, else the reviewers'). */
    private static List<Scores.Entry> entries(Scheme s, double[] points, boolean self) {
        List<Scores.Entry> out = new ArrayList<>();
        int k = 0;
        for (Scheme.Item i : s.items()) {
            if (k >= points.length) {
                break;
            }
            if (i.kind() == ItemKind.REVIEWED || i.kind() == ItemKind.BONUS) {
                out.add(new Scores.Entry(i.id(), BigDecimal.valueOf(points[k++]), null,
                        self ? "按评分标准自评" : "材料齐全，符合评分标准"));
            } else if (i.kind() == ItemKind.VETO && !self) {
                out.add(new Scores.Entry(i.id(), null, false, ""));
            }
        }
        return out;
    }

    private static List<Long> ids(Scheme s, String... codes) {
        List<Long> out = new ArrayList<>();
        for (String c : codes) {
            s.items().stream().filter(i -> i.code().equals(c)).findFirst().ifPresent(i -> out.add(i.id()));
        }
        return out;
    }

    private static ItemForm reviewed(int category, String title, int points, String rule, String evidence) {
        return new ItemForm(category, null, title, ItemKind.REVIEWED, BigDecimal.valueOf(points), rule, evidence, null,
                null, NoData.FULL);
    }

    private static ItemForm computed(int category, String title, int points, String formula, String rule) {
        return new ItemForm(category, null, title, ItemKind.COMPUTED, BigDecimal.valueOf(points), rule, "",
                formula, FormulaCatalog.find(formula).orElseThrow().expression(), NoData.FULL);
    }

    /** A small PDF standing in for a scanned document. */
    private static Runs.Upload pdf() {
        byte[] bytes = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>>"
                + " endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return new Runs.Upload("佐证材料.pdf", bytes.length, new ByteArrayInputStream(bytes));
    }

    private UnitRef unit(String name) {
        return units.named(name).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo unit " + name));
    }
}
