package org.shuangda.briefings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.TaskStatus;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;

/**
 * The campaign's 阶段性总结 in the structure of the seeds' summaries: 一、加强领导 (the leading group and phases),
 * 二、突出重点 (the tasks: done, under way, overdue), 三、取得的成效 (the figures of all rounds), 四、存在的问题和
 * 下一步打算 (late and missing units, overdue tasks), then the office's signature and date.
 */
final class StageSummaryText {

    private StageSummaryText() {
    }

    /** One round with how its units stood. */
    record RoundStanding(Round round, UnitStanding standing) {
    }

    record Input(CampaignView campaign, List<RoundStanding> rounds, Template template, Map<String, BigDecimal> totals,
            List<TaskRow> tasks, boolean rounded, LocalDate today, String office) {
    }

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    static List<Paragraph> compose(Input in) {
        CampaignView c = in.campaign();
        List<Paragraph> text = new ArrayList<>();
        text.add(Paragraph.title(c.title() + "阶段性总结"));
        text.add(Paragraph.body("为全面贯彻落实《" + c.title() + "》" + (c.docNumber() == null ? "" : "（" + c.docNumber() + "）")
                + "精神，自" + DocumentFacts.fullDate(c.startsOn()) + "专项行动开展以来，各成员单位按照统一部署，扎实推进各项工作。"
                + "现将专项行动取得的阶段性成效总结如下："));
        text.add(Paragraph.heading("一、进一步统一思想，加强领导，确保工作责任落实到位"));
        String group = c.leadingGroupName() != null ? c.leadingGroupName() : "专项行动领导小组";
        String office = c.officeUnitName() != null ? "，领导小组办公室设在" + c.officeUnitName() + "，承担日常工作" : "";
        String phases = c.phases().isEmpty() ? "" : "专项行动分" + String.join("、", c.phases().stream()
                .map(Campaign.Phase::name).toList()) + c.phases().size() + "个阶段进行，";
        text.add(Paragraph.body("成立了" + group + office + "。" + phases + "制定了工作方案，明确目标任务，落实责任分工，抓好组织实施。"));
        text.add(Paragraph.heading("二、突出重点，明确任务，确保专项整治工作取得实效"));
        text.addAll(taskParagraphs(in.tasks()));
        text.add(Paragraph.heading("三、取得的成效"));
        String lead = "自专项行动开展以来，共组织数据报送" + in.rounds().size() + "次，各成员单位共计";
        text.add(Paragraph.body(in.template() == null ? "自专项行动开展以来，暂无数据报送。"
                : FigureSentence.sentence(lead, in.template(), in.totals(), in.rounded(),
                        "自专项行动开展以来，暂无经审核的统计数据。")));
        text.add(Paragraph.heading("四、存在的问题和下一步打算"));
        text.addAll(problems(in));
        text.add(Paragraph.body("下一步，各成员单位要进一步统一认识，继续保持打击侵犯知识产权和制售假冒伪劣商品的高压态势，"
                + "狠抓落实，务求实效；加强部门协调配合，及时将专项行动进展情况、案件查处情况、信息统计情况上报领导小组办公室。"));
        text.add(Paragraph.signature(in.office()));
        text.add(Paragraph.signature(DocumentFacts.fullDate(in.today())));
        return text;
    }

    private static List<Paragraph> taskParagraphs(List<TaskRow> tasks) {
        List<Paragraph> text = new ArrayList<>();
        if (tasks.isEmpty()) {
            text.add(Paragraph.body("专项行动尚未分解任务。"));
            return text;
        }
        text.add(Paragraph.body("专项行动共分解任务" + tasks.size() + "项，已完成" + count(tasks, TaskStatus.COMPLETED)
                + "项，正在推进" + count(tasks, TaskStatus.IN_PROGRESS) + "项，尚未开始" + count(tasks, TaskStatus.NOT_STARTED)
                + "项，逾期未完成" + count(tasks, TaskStatus.OVERDUE) + "项。"));
        int n = 0;
        for (TaskStatus status : List.of(TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS)) {
            for (TaskRow row : tasks) {
                if (row.timing().status() == status) {
                    text.add(Paragraph.body(++n + "、" + who(row) + row.task().title()
                            + (status == TaskStatus.COMPLETED ? "，已完成。" : "，正在推进。")));
                }
            }
        }
        return text;
    }

    private static List<Paragraph> problems(Input in) {
        List<String> problems = new ArrayList<>();
        List<String> reporting = new ArrayList<>();
        for (RoundStanding r : in.rounds()) {
            List<String> parts = new ArrayList<>();
            if (!r.standing().late().isEmpty()) {
                parts.add(UnitStanding.names(r.standing().late()) + "未按时报送");
            }
            if (!r.standing().returned().isEmpty()) {
                parts.add(UnitStanding.names(r.standing().returned()) + "退回修改后尚未重新报送");
            }
            if (!r.standing().missing().isEmpty()) {
                parts.add(UnitStanding.names(r.standing().missing()) + "未报送");
            }
            if (!parts.isEmpty()) {
                reporting.add(r.round().name() + "中，" + String.join("，", parts));
            }
        }
        if (!reporting.isEmpty()) {
            problems.add("部分单位数据报送不及时。" + String.join("；", reporting) + "。");
        }
        List<String> overdue = in.tasks().stream().filter(t -> t.timing().status() == TaskStatus.OVERDUE)
                .map(t -> "“" + t.task().title() + "”（" + nullToDash(t.leadUnitName()) + "牵头）").toList();
        if (!overdue.isEmpty()) {
            problems.add("部分任务进展滞后。" + String.join("、", overdue) + "已超过完成时限，请牵头单位抓紧推进。");
        }
        if (problems.isEmpty()) {
            return List.of(Paragraph.body("各项工作总体进展顺利，但与上级要求和人民群众的期望相比，仍有一定差距。"));
        }
        List<Paragraph> text = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            text.add(Paragraph.body("（" + ORDINALS[i] + "）" + problems.get(i)));
        }
        return text;
    }

    private static String who(TaskRow row) {
        String lead = row.leadUnitName() == null ? "" : row.leadUnitName() + "牵头";
        String coop = row.cooperators().isEmpty() ? "" : "，" + String.join("、",
                row.cooperators().stream().map(TaskRow.UnitName::name).toList()) + "配合";
        return lead.isEmpty() && coop.isEmpty() ? "" : lead + coop + "，";
    }

    private static long count(List<TaskRow> tasks, TaskStatus status) {
        return tasks.stream().filter(t -> t.timing().status() == status).count();
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }
}
