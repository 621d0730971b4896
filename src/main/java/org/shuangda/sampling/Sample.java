package org.shuangda.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sample (one batch, 批次) and its lifecycle: what was sampled where (the 抽样单: {@link Site}, {@link Product}),
 * the first lab's work ({@link LabWork}), the failure notice ({@link Notice}), the re-test ({@link Retest}) and the
 * final result. The state moves only through the guarded methods here, which consult {@link SampleAction} and the
 * rules that need no database (the re-test window's last day, the report file, the lab); the service gives them the
 * days the rulebook computed. Each returns the changed sample; nothing is changed when one refuses.
 */
public record Sample(Long id, String number, long planId, SamplingKind kind, String category, SamplingStage stage,
        long unitId, String unitPath, String regionPath, Site site, Product product, SampleState state, long labId,
        LabWork lab, Notice notice, Retest retest, SampleResult finalResult, LocalDate finalOn, int version) {

    /**
     * Where and by whom it was sampled.
     *
     * @param entityId   the sampled business in the entities directory, or null (an online shop, a stall)
     * @param regionCode where the sampled business is registered (its follow-up goes to that county)
     * @param online     the online shop's evidence, null for sampling on site
     * @param samplerIds at least two officers (art.11)
     */
    public record Site(Long entityId, String entityName, String uscc, String address, String regionCode,
            Online online, LocalDate sampledOn, String place, List<Long> samplerIds, List<String> samplerNames,
            String seals) {

        public Site {
            samplerIds = samplerIds == null ? List.of() : List.copyOf(samplerIds);
            samplerNames = samplerNames == null ? List.of() : List.copyOf(samplerNames);
        }
    }

    /** 网络抽样: the shop, the buyer account, the order and where it was delivered (art.18). */
    public record Online(String platform, String shop, String buyerAccount, String orderNo, String deliveryAddress,
            String url) {
    }

    /**
     * What was sampled: the product as labelled, the batch, the dates, what was taken and paid, the labelled producer,
     * and the two parts kept apart (检验样品 for the lab, 复检备份 sealed for a re-test).
     *
     * @param producerRegionCode where the labelled producer is registered, or null when unknown
     */
    public record Product(String name, String brand, String spec, String batchNo, LocalDate producedOn,
            LocalDate expiresOn, String quantity, BigDecimal pricePaid, String producerName, String producerAddress,
            String producerUscc, String producerRegionCode, String testPortion, String backupPortion) {
    }

    /** The first lab's work: sent, received, the report (its file is required). */
    public record LabWork(LocalDate sentOn, LocalDate receivedOn, String receivedBy, SampleResult result,
            List<String> failedItems, boolean microbiological, String reportNo, LocalDate concludedOn,
            LocalDate reportedOn, Long reportFileId) {

        public LabWork {
            failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
        }

        static LabWork none() {
            return new LabWork(null, null, null, null, List.of(), false, null, null, null, null);
        }
    }

    /** The failure notice (抽样检验结果通知书) served, and who signed for it. */
    public record Notice(String noticeNo, LocalDate servedOn, String acknowledgedBy) {
    }

    /** The re-test: the request, the decision on it, the lab drawn, and its conclusion. */
    public record Retest(LocalDate requestedOn, String applicant, String applicantUscc, String reason,
            LocalDate decidedOn, String refusal, Long labId, LocalDate drawnOn, LocalDate receivedOn,
            SampleResult result, String reportNo, LocalDate concludedOn, LocalDate reportedOn, Long fileId) {

        static Retest none() {
            return new Retest(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** A lab's report as entered: conclusion, failed items, whether a failure is microbiological, number, date, file. */
    public record Report(SampleResult result, List<String> failedItems, boolean microbiological, String reportNo,
            LocalDate concludedOn, LocalDate reportedOn, Long fileId) {

        public Report {
            failedItems = failedItems == null ? List.of() : List.copyOf(failedItems);
        }
    }

    public Sample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        lab = lab == null ? LabWork.none() : lab;
        retest = retest == null ? Retest.none() : retest;
    }

    /** A sample just recorded on site. */
    static Sample recorded(long planId, SamplingKind kind, String category, SamplingStage stage, long unitId,
            String unitPath, String regionPath, Site site, Product product, long labId) {
        return new Sample(null, null, planId, kind, category, stage, unitId, unitPath, regionPath, site, product,
                SampleState.SAMPLED, labId, LabWork.none(), null, Retest.none(), null, null, 0);
    }

    /** Refuses {@code action} in the current state (422 naming the step and the state). */
    public void require(SampleAction action) {
        if (!action.possibleIn(state)) {
            throw new SampleRefused(action, state);
        }
    }

    /** The lab that does the step now: the re-test lab for the re-test's steps, the first lab otherwise. */
    public long labFor(SampleAction action) {
        return (action == SampleAction.RECEIVE_RETEST || action == SampleAction.REPORT_RETEST) && retest.labId() != null
                ? retest.labId() : labId;
    }

    Sample sent(LocalDate on) {
        require(SampleAction.SEND);
        notBefore("sentOn", on, site.sampledOn());
        return with(SampleState.SENT, new LabWork(on, null, null, null, List.of(), false, null, null, null, null),
                notice, retest, null, null);
    }

    Sample received(LocalDate on, String by) {
        require(SampleAction.RECEIVE);
        notBefore("receivedOn", on, lab.sentOn());
        return with(SampleState.RECEIVED, new LabWork(lab.sentOn(), on, by, null, List.of(), false, null, null, null,
                null), notice, retest, null, null);
    }

    /**
     * The first lab's report. A pass is final at once; a failure waits for the notice. A report without its file, a
     * failure without the failed item, or a conclusion before the receipt is refused.
     */
    Sample reported(Report r) {
        require(SampleAction.REPORT);
        checkReport(r, lab.receivedOn(), "report");
        boolean pass = r.result() == SampleResult.PASS;
        LabWork work = new LabWork(lab.sentOn(), lab.receivedOn(), lab.receivedBy(), r.result(),
                pass ? List.of() : r.failedItems(), !pass && r.microbiological(), r.reportNo(), r.concludedOn(),
                r.reportedOn(), r.fileId());
        return pass ? with(SampleState.PASSED, work, notice, retest, SampleResult.PASS, r.reportedOn())
                : with(SampleState.FAILED, work, notice, retest, null, null);
    }

    Sample notified(Notice served) {
        require(SampleAction.NOTIFY);
        if (served.servedOn() == null) {
            throw new SampleRefused("servedOn", "error.required");
        }
        notBefore("servedOn", served.servedOn(), lab.reportedOn());
        return with(SampleState.NOTIFIED, lab, served, retest, null, null);
    }

    /**
     * 复检申请: refused for a microbiological failure (art.31), after the window's last day ({@code lastDay}, from the
     * rulebook) or when the backup expired before the request.
     */
    Sample retestRequested(LocalDate on, String applicant, String applicantUscc, String reason, LocalDate lastDay) {
        require(SampleAction.REQUEST_RETEST);
        if (lab.microbiological()) {
            throw new SampleRefused("requestedOn", "sampling.refused.microbiological");
        }
        notBefore("requestedOn", on, notice.servedOn());
        if (on.isAfter(lastDay)) {
            throw new SampleRefused("requestedOn", "sampling.refused.retestLate", lastDay.toString());
        }
        if (product.expiresOn() != null && product.expiresOn().isBefore(on)) {
            throw new SampleRefused("requestedOn", "sampling.refused.backupExpired", product.expiresOn().toString());
        }
        if (applicant == null || applicant.isBlank()) {
            throw new SampleRefused("applicant", "error.required");
        }
        return with(SampleState.RETEST_REQUESTED, lab, notice, new Retest(on, applicant.strip(), applicantUscc,
                reason, null, null, null, null, null, null, null, null, null, null), null, null);
    }

    Sample retestAccepted(LocalDate on) {
        require(SampleAction.ACCEPT_RETEST);
        notBefore("decidedOn", on, retest.requestedOn());
        return with(SampleState.RETEST_ACCEPTED, lab, notice, retestWith(on, null, null, null, null), null, null);
    }

    Sample retestRefused(LocalDate on, String why) {
        require(SampleAction.REFUSE_RETEST);
        notBefore("decidedOn", on, retest.requestedOn());
        if (why == null || why.isBlank()) {
            throw new SampleRefused("refusal", "error.required");
        }
        return with(SampleState.FAILED_FINAL, lab, notice, retestWith(on, why.strip(), null, null, null),
                SampleResult.FAIL, on);
    }

    /** The re-test lab drawn: never the first lab (art.32); the draw itself keeps out labs tied to the applicant. */
    Sample retestLabDrawn(long retestLab, LocalDate on) {
        require(SampleAction.DRAW_RETEST_LAB);
        if (retestLab == labId) {
            throw new SampleRefused("retestLabId", "sampling.refused.firstLab");
        }
        return with(SampleState.RETEST_DRAWN, lab, notice, retestWith(retest.decidedOn(), null, retestLab, on, null),
                null, null);
    }

    Sample retestReceived(LocalDate on) {
        require(SampleAction.RECEIVE_RETEST);
        notBefore("receivedOn", on, retest.drawnOn());
        return with(SampleState.RETEST_RECEIVED, lab, notice, retestWith(retest.decidedOn(), null, retest.labId(),
                retest.drawnOn(), on), null, null);
    }

    /** The re-test's conclusion is final: it confirms the failure or overturns it (art.35). */
    Sample retestReported(Report r) {
        require(SampleAction.REPORT_RETEST);
        checkReport(r, retest.receivedOn(), "retest");
        Retest done = new Retest(retest.requestedOn(), retest.applicant(), retest.applicantUscc(), retest.reason(),
                retest.decidedOn(), null, retest.labId(), retest.drawnOn(), retest.receivedOn(), r.result(),
                r.reportNo(), r.concludedOn(), r.reportedOn(), r.fileId());
        boolean pass = r.result() == SampleResult.PASS;
        return with(pass ? SampleState.RETEST_PASSED : SampleState.FAILED_FINAL, lab, notice, done,
                pass ? SampleResult.PASS : SampleResult.FAIL, r.reportedOn());
    }

    /** No re-test asked by the window's last day: the failure is final on {@code today} (after {@code lastDay}). */
    Sample retestWindowClosed(LocalDate today, LocalDate lastDay) {
        require(SampleAction.CLOSE_RETEST_WINDOW);
        if (!today.isAfter(lastDay)) {
            throw new SampleRefused("state", "sampling.refused.windowOpen", lastDay.toString());
        }
        return with(SampleState.FAILED_FINAL, lab, notice, retest, SampleResult.FAIL, today);
    }

    /** The date the business received the result (the notice served), from which the re-test window counts. */
    public LocalDate resultReceivedOn() {
        return notice == null ? null : notice.servedOn();
    }

    public boolean failed() {
        return lab.result() == SampleResult.FAIL;
    }

    private static void checkReport(Report r, LocalDate receivedOn, String prefix) {
        org.shuangda.shared.InvalidInput.Collector problems = new org.shuangda.shared.InvalidInput.Collector();
        if (r.result() == null) {
            problems.add("result", "error.required");
        }
        if (r.fileId() == null) {
            problems.add("file", "sampling.refused.reportFile");
        }
        if (r.reportNo() == null || r.reportNo().isBlank()) {
            problems.add("reportNo", "error.required");
        }
        if (r.result() == SampleResult.FAIL && r.failedItems().isEmpty()) {
            problems.add("failedItems", "sampling.refused.failedItems");
        }
        if (r.concludedOn() == null) {
            problems.add("concludedOn", "error.required");
        } else if (receivedOn != null && r.concludedOn().isBefore(receivedOn)) {
            problems.add("concludedOn", "sampling.refused.before", receivedOn.toString());
        } else if (r.reportedOn() != null && r.concludedOn().isAfter(r.reportedOn())) {
            problems.add("concludedOn", "sampling.refused.future");
        }
        problems.throwIfAny();
    }

    private static void notBefore(String field, LocalDate on, LocalDate earliest) {
        if (on == null) {
            throw new SampleRefused(field, "error.required");
        }
        if (earliest != null && on.isBefore(earliest)) {
            throw new SampleRefused(field, "sampling.refused.before", earliest.toString());
        }
    }

    private Retest retestWith(LocalDate decidedOn, String refusal, Long retestLab, LocalDate drawnOn,
            LocalDate receivedOn) {
        return new Retest(retest.requestedOn(), retest.applicant(), retest.applicantUscc(), retest.reason(), decidedOn,
                refusal, retestLab, drawnOn, receivedOn, null, null, null, null, null);
    }

    private Sample with(SampleState s, LabWork work, Notice n, Retest r, SampleResult result, LocalDate on) {
        return new Sample(id, number, planId, kind, category, stage, unitId, unitPath, regionPath, site, product, s,
                labId, work, n, r, result, on, version);
    }
}
