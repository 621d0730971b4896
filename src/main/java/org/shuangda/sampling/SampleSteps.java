package org.shuangda.sampling;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.events.SampleResultFinal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a sample's lifecycle ({@link SampleAction}), each in one transaction: load it for the step (permission,
 * scope, the lab that does it: {@link SampleAccess}), let the aggregate's guarded method decide, write it at the version
 * read, log and audit it. A refusal changes nothing: a lab's report file is stored only after the report passed its
 * checks, and is removed again if the transaction does not commit. A final result is announced with
 * {@link SampleResultFinal} (credit records it).
 */
@Service
public class SampleSteps {

    /**
     * A lab's report as entered (the file comes beside it): the conclusion and its date, the failed items, whether a
     * failure is microbiological, the report's number, and the day it reached the bureau (null: today).
     */
    public record ReportForm(String result, List<String> failedItems, Boolean microbiological, String reportNo,
            LocalDate concludedOn, LocalDate reportedOn) {

        public ReportForm(String result, List<String> failedItems, Boolean microbiological, String reportNo,
                LocalDate concludedOn) {
            this(result, failedItems, microbiological, reportNo, concludedOn, null);
        }
    }

    /** The failure notice served: its number, the day, who signed the receipt (送达回证). */
    public record NoticeForm(String noticeNo, LocalDate servedOn, String acknowledgedBy) {
    }

    /** The business's written request for a re-test. */
    public record RetestRequest(LocalDate requestedOn, String applicant, String applicantUscc, String reason) {
    }

    private final SampleAccess access;
    private final SampleFiles files;
    private final SamplingClocks clocks;
    private final BackupStore backups;
    private final RetestDraws draws;
    private final FollowUps followUps;
    private final ApplicationEventPublisher events;

    SampleSteps(SampleAccess access, SampleFiles files, SamplingClocks clocks, BackupStore backups, RetestDraws draws,
            FollowUps followUps, ApplicationEventPublisher events) {
        this.access = access;
        this.files = files;
        this.clocks = clocks;
        this.backups = backups;
        this.draws = draws;
        this.followUps = followUps;
        this.events = events;
    }

    @Transactional
    public Sample send(Actor actor, long id, LocalDate on) {
        SampleView v = access.forStep(actor, id, SampleAction.SEND);
        return access.save(actor, v, v.sample().sent(day(on)), SampleAction.SEND, v.labName());
    }

    @Transactional
    public Sample receive(Actor actor, long id, LocalDate on) {
        SampleView v = access.forStep(actor, id, SampleAction.RECEIVE);
        return access.save(actor, v, v.sample().received(day(on), actor.displayName()), SampleAction.RECEIVE, "");
    }

    /** The first lab's report with its file (required). A pass is final at once; the backup's keeping is set. */
    @Transactional
    public Sample report(Actor actor, long id, ReportForm form, SampleFiles.Upload file) {
        SampleView v = access.forStep(actor, id, SampleAction.REPORT);
        Sample.Report checked = report(form, file);
        v.sample().reported(checked); // refuses before anything is stored
        long fileId = files.keep(actor, id, SampleFile.Kind.REPORT, file);
        Sample after = v.sample().reported(withFile(checked, fileId));
        access.save(actor, v, after, SampleAction.REPORT, after.lab().result() + " " + after.lab().reportNo());
        backups.keepUntil(id, keepUntil(after));
        if (after.state().isFinal()) {
            announce(after);
        }
        return after;
    }

    /** The failure notice served and acknowledged; the follow-up tasks go to the units where the businesses are. */
    @Transactional
    public Sample serveNotice(Actor actor, long id, NoticeForm form) {
        SampleView v = access.forStep(actor, id, SampleAction.NOTIFY);
        InvalidInput.Collector problems = collector();
        String ack = Samples.text(form.acknowledgedBy(), 100, "acknowledgedBy", true, problems);
        String number = Samples.text(form.noticeNo(), 100, "noticeNo", false, problems);
        problems.throwIfAny();
        Sample after = v.sample().notified(new Sample.Notice(number, form.servedOn(), ack));
        access.save(actor, v, after, SampleAction.NOTIFY, number == null ? "" : number);
        followUps.open(actor, after);
        return after;
    }

    @Transactional
    public Sample requestRetest(Actor actor, long id, RetestRequest r) {
        SampleView v = access.forStep(actor, id, SampleAction.REQUEST_RETEST);
        InvalidInput.Collector problems = collector();
        String applicant = Samples.text(r.applicant(), 200, "applicant", true, problems);
        String reason = Samples.text(r.reason(), 2000, "reason", false, problems);
        String uscc = r.applicantUscc() == null || r.applicantUscc().isBlank() ? null
                : r.applicantUscc().strip().toUpperCase(java.util.Locale.ROOT);
        if (uscc != null && !uscc.matches("[0-9A-Z]{18}")) {
            problems.add("applicantUscc", "sampling.invalid.uscc");
        }
        problems.throwIfAny();
        Sample s = v.sample();
        Sample after = s.retestRequested(day(r.requestedOn()), applicant, uscc != null ? uscc : defaultUscc(s, applicant),
                reason, clocks.retestLastDay(s));
        return access.save(actor, v, after, SampleAction.REQUEST_RETEST, applicant);
    }

    @Transactional
    public Sample acceptRetest(Actor actor, long id, LocalDate on) {
        SampleView v = access.forStep(actor, id, SampleAction.ACCEPT_RETEST);
        return access.save(actor, v, v.sample().retestAccepted(day(on)), SampleAction.ACCEPT_RETEST, "");
    }

    @Transactional
    public Sample refuseRetest(Actor actor, long id, LocalDate on, String reason) {
        SampleView v = access.forStep(actor, id, SampleAction.REFUSE_RETEST);
        Sample after = v.sample().retestRefused(day(on), reason);
        access.save(actor, v, after, SampleAction.REFUSE_RETEST, after.retest().refusal());
        announce(after);
        return after;
    }

    /** Draws the re-test lab ({@link RetestDraws}) and records it on the sample. */
    @Transactional
    public RetestDraw drawRetestLab(Actor actor, long id, String entropy, String entropySource) {
        SampleView v = access.forStep(actor, id, SampleAction.DRAW_RETEST_LAB);
        RetestDraw draw = draws.draw(actor, v.sample(), entropy, entropySource);
        Sample after = v.sample().retestLabDrawn(draw.chosenLabId(), clocks.today());
        access.save(actor, v, after, SampleAction.DRAW_RETEST_LAB, draw.chosenLabName() + " " + draw.seed());
        return draw;
    }

    @Transactional
    public Sample receiveRetest(Actor actor, long id, LocalDate on) {
        SampleView v = access.forStep(actor, id, SampleAction.RECEIVE_RETEST);
        Sample after = v.sample().retestReceived(day(on));
        access.save(actor, v, after, SampleAction.RECEIVE_RETEST, "");
        backups.handedOver(id, after.retest().receivedOn(), "复检机构：" + v.retestLabName());
        return after;
    }

    /** The re-test's conclusion with its file: final. */
    @Transactional
    public Sample reportRetest(Actor actor, long id, ReportForm form, SampleFiles.Upload file) {
        SampleView v = access.forStep(actor, id, SampleAction.REPORT_RETEST);
        Sample.Report checked = report(form, file);
        v.sample().retestReported(checked);
        long fileId = files.keep(actor, id, SampleFile.Kind.RETEST_REPORT, file);
        Sample after = v.sample().retestReported(withFile(checked, fileId));
        access.save(actor, v, after, SampleAction.REPORT_RETEST, after.retest().result() + " "
                + after.retest().reportNo());
        if (after.state() == SampleState.RETEST_PASSED) {
            followUps.endAfterRetestPass(actor, after);
        }
        announce(after);
        return after;
    }

    /** 复检期满: the window closed without a request; the failure is final (the sweep calls it as the system). */
    @Transactional
    public Sample closeRetestWindow(Actor actor, long id) {
        SampleView v = access.forStep(actor, id, SampleAction.CLOSE_RETEST_WINDOW);
        Sample s = v.sample();
        LocalDate lastDay = s.lab().microbiological() ? s.resultReceivedOn() : clocks.retestLastDay(s);
        Sample after = s.retestWindowClosed(clocks.today(), lastDay);
        access.save(actor, v, after, SampleAction.CLOSE_RETEST_WINDOW, "");
        announce(after);
        return after;
    }

    private Sample.Report report(ReportForm form, SampleFiles.Upload file) {
        InvalidInput.Collector problems = collector();
        SampleResult result = Samples.enumOf(SampleResult.class, form.result());
        if (result == null) {
            problems.add("result", "error.required");
        }
        List<String> failed = SamplingPlans.splitItems(form.failedItems());
        if (failed.size() > 100 || failed.stream().anyMatch(i -> i.length() > 100)) {
            problems.add("failedItems", "sampling.invalid.items", "");
        }
        String number = Samples.text(form.reportNo(), 100, "reportNo", true, problems);
        if (form.concludedOn() != null && form.concludedOn().isAfter(clocks.today())) {
            problems.add("concludedOn", "sampling.invalid.future");
        }
        org.shuangda.calendar.PlausibleDates.check(problems, "concludedOn", form.concludedOn());
        if (file == null || !file.present()) {
            problems.add("file", "sampling.refused.reportFile");
        }
        LocalDate reported = form.reportedOn() == null ? clocks.today() : form.reportedOn();
        if (reported.isAfter(clocks.today())) {
            problems.add("reportedOn", "sampling.invalid.future");
        }
        org.shuangda.calendar.PlausibleDates.check(problems, "reportedOn", reported);
        problems.throwIfAny();
        return new Sample.Report(result, failed, Boolean.TRUE.equals(form.microbiological()), number,
                form.concludedOn(), reported, -1L);
    }

    private static Sample.Report withFile(Sample.Report r, long fileId) {
        return new Sample.Report(r.result(), r.failedItems(), r.microbiological(), r.reportNo(), r.concludedOn(),
                r.reportedOn(), fileId);
    }

    /** Until when the backup is kept: 3 or 6 months after the conclusion (rulebook), never past the expiry. */
    LocalDate keepUntil(Sample s) {
        String key = s.lab().result() == SampleResult.PASS ? "sampling.backup.pass" : "sampling.backup.fail";
        LocalDate until = clocks.due(key, s.lab().concludedOn(), s.regionPath());
        LocalDate expiry = s.product().expiresOn();
        return expiry != null && expiry.isBefore(until) ? expiry : until;
    }

    private void announce(Sample s) {
        boolean passed = s.finalResult() == SampleResult.PASS;
        events.publishEvent(new SampleResultFinal(s.id(), s.number(), s.site().entityId(), s.site().uscc(),
                s.site().entityName(), s.product().producerUscc(), s.product().producerName(), s.product().name(),
                passed, passed ? List.of() : s.lab().failedItems(), s.finalOn(), s.unitId(), s.regionPath()));
    }

    /** The applicant's USCC when not given: the sampled business's or the producer's, by name. */
    private static String defaultUscc(Sample s, String applicant) {
        if (s.product().producerName() != null && s.product().producerName().equals(applicant)) {
            return s.product().producerUscc();
        }
        return s.site().uscc();
    }

    private LocalDate day(LocalDate on) {
        LocalDate d = on == null ? clocks.today() : on;
        if (d.isAfter(clocks.today())) {
            throw new InvalidInput("date", "sampling.invalid.future");
        }
        InvalidInput.Collector plausible = collector();
        org.shuangda.calendar.PlausibleDates.check(plausible, "date", d);
        plausible.throwIfAny();
        return d;
    }

    private static InvalidInput.Collector collector() {
        return new InvalidInput.Collector();
    }
}
