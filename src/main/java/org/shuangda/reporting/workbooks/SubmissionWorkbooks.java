package org.shuangda.reporting.workbooks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rounds.RoundStore;
import org.shuangda.reporting.rounds.Submission;
import org.shuangda.reporting.rounds.Submissions;
import org.shuangda.reporting.templates.EnteredValues;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offline round trip: download a submission's form as XLSX (pre-filled with unit, round and the figures
 * so far), fill it in Excel, upload it back. The upload is refused as a whole, with one problem per cell
 * ({@code D7}: “立案查处案件”不能为负数), or saved as the draft's figures.
 */
@Service
public class SubmissionWorkbooks {

    private final Submissions submissions;
    private final Rounds rounds;
    private final RoundStore roundStore;
    private final TemplateStore templates;
    private final WorkbookSeal seal;
    private final int maxIndicators;

    SubmissionWorkbooks(Submissions submissions, Rounds rounds, RoundStore roundStore, TemplateStore templates,
            WorkbookSeal seal, org.shuangda.shared.web.RequestLimits limits) {
        this.maxIndicators = limits.indicatorsPerTemplate();
        this.submissions = submissions;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.templates = templates;
        this.seal = seal;
    }

    /** The file name and bytes of the form. */
    public record Download(String fileName, byte[] bytes) {
    }

    public Download download(Actor actor, long submissionId) {
        Submission submission = submissions.get(actor, submissionId);
        Round round = roundOf(submission);
        Template template = templates.load(round.templateId());
        WorkbookFacts facts = facts(submission, template);
        byte[] bytes = WorkbookWriter.write(template, round, submission.unitName(), submission.values(),
                submission.breakdowns(), facts, seal.sign(facts.signedContent()));
        return new Download(round.name() + "-" + submission.unitName() + ".xlsx", bytes);
    }

    @Transactional
    public Submission upload(Actor actor, long submissionId, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", "reporting.workbook.file");
        }
        Submission submission = submissions.get(actor, submissionId);
        WorkbookReader.Content content = WorkbookReader.read(bytes, maxIndicators);
        WorkbookFacts facts = content.facts();
        if (!seal.verify(facts.signedContent(), content.seal())) {
            throw new InvalidInput("file", "reporting.workbook.tampered");
        }
        if (facts.roundId() != submission.roundId()) {
            String other = facts.roundId() + "";
            try {
                other = rounds.get(actor, facts.roundId()).round().name();
            } catch (RuntimeException hidden) {
                // a round the caller may not see is named by nothing more than its number
            }
            throw new InvalidInput("file", "reporting.workbook.otherRound", other);
        }
        if (facts.unitId() != submission.unitId()) {
            throw new InvalidInput("file", "reporting.workbook.otherUnit");
        }
        Template template = templates.load(roundOf(submission).templateId());
        if (facts.templateId() != template.id() || facts.templateVersion() != template.version()) {
            throw new InvalidInput("file", "reporting.workbook.otherVersion");
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        Map<String, Map<String, Object>> breakdowns = new LinkedHashMap<>();
        Map<String, String> categoryCells = new HashMap<>();
        content.values().forEach((rowCode, value) -> {
            String[] parts = rowCode.split(WorkbookFacts.CATEGORY);
            if (parts.length == 1) {
                totals.put(rowCode, value);
                return;
            }
            Indicator indicator = template.indicator(parts[0]).orElseThrow();
            String label = indicator.breakdowns().get(Integer.parseInt(parts[1]) - 1);
            breakdowns.computeIfAbsent(parts[0], c -> new LinkedHashMap<>()).put(label, value);
            categoryCells.put(parts[0] + WorkbookFacts.CATEGORY + label, content.cells().get(rowCode));
        });
        // problems are named by the cell that holds them (D7), the total's cell for a sum that does not match
        EnteredValues.Fields cells = new EnteredValues.Fields() {
            public String total(String code) {
                return content.cells().getOrDefault(code, "values." + code);
            }

            public String category(String code, String label) {
                return categoryCells.getOrDefault(code + WorkbookFacts.CATEGORY + label, "breakdowns." + code + "." + label);
            }
        };
        return submissions.saveValues(actor, submissionId, totals, breakdowns, submission.comments(), cells);
    }

    /** The submission's round (the actor may see the submission, so its round). */
    private Round roundOf(Submission submission) {
        return roundStore.find(submission.roundId()).orElseThrow();
    }

    private static WorkbookFacts facts(Submission submission, Template template) {
        return new WorkbookFacts(submission.roundId(), submission.unitId(), template.id(), template.version(),
                WorkbookFacts.rowsOf(template));
    }

}
