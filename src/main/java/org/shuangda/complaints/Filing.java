package org.shuangda.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.TipReferredToCases;

/**
 * A complaint, tip or enquiry and where it stands: the aggregate whose guarded methods are the only way its
 * state changes. Each step checks {@link #refusal} (the state from {@link FilingAction}, then the track and
 * what was done before) and throws {@link FilingTransitionRefused}; it records its history line and registers
 * the domain events ({@link TipReferredToCases}, {@link FilingClosed}) that the service publishes once the
 * store saved the change. Who may act on which unit is checked by the service; times are Beijing local time.
 * The clocks are computed here from these times ({@link #clocks}), never stored.
 */
public final class Filing {

    /** A line of the history to append, as the step wrote it; {@code actor} is a username (staff only). */
    record Line(FilingEventKind kind, FilingStatus status, Long unitId, String reason, String actor,
            LocalDateTime at) {
    }

    /** Every stored field: what the store reads and writes. */
    record Saved(long id, String trackingNo, Track track, FilingStatus status, Matter matter, Filer filer,
            long unitId, Long handlerUserId, LocalDateTime receivedAt, LocalDateTime acceptedAt,
            LocalDateTime referredAt, LocalDateTime decidedAt, RefusalGround refusalGround, Outcome outcome,
            String resultText, String verifyExtension, Long clueId, String clueNumber, String caseNumber,
            LocalDate noticeFrom, LocalDateTime notifiedAt, Long mergedIntoId, Long splitFromId, Integer rating,
            String ratingComment, LocalDateTime ratedAt, int version) {
    }

    /** The cases module answers in its own name. */
    static final String CASES = "cases";
    /** The filer rates on the public page, signed in or not. */
    static final String PUBLIC = "public";

    private final long id;
    private final String trackingNo;
    private Track track;
    private FilingStatus status;
    private final Matter matter;
    private final Filer filer;
    private long unitId;
    private Long handlerUserId;
    private final LocalDateTime receivedAt;
    private LocalDateTime acceptedAt;
    private LocalDateTime referredAt;
    private LocalDateTime decidedAt;
    private RefusalGround refusalGround;
    private Outcome outcome;
    private String resultText;
    private String verifyExtension;
    private Long clueId;
    private String clueNumber;
    private String caseNumber;
    private LocalDate noticeFrom;
    private LocalDateTime notifiedAt;
    private Long mergedIntoId;
    private final Long splitFromId;
    private Integer rating;
    private String ratingComment;
    private LocalDateTime ratedAt;
    private final int version;
    /** As loaded: what the audit entry compares with. */
    private final Map<String, Object> loaded;
    private final List<Line> lines = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    /** The verification clock's pauses (检测、鉴定…), oldest first; the last may be open. */
    private final List<Deadline.Pause> pauses = new ArrayList<>();
    /** A pause begun by a step since loading, or the moment the open pause ended: what the store writes. */
    private PauseBegun pauseBegun;
    private LocalDateTime pauseEndedAt;

    /** A pause a step began: its reason code, the note and who began it. */
    record PauseBegun(VerificationPauseReason reason, String note, String by, LocalDateTime at) {
    }

    private Filing(Saved s, List<Deadline.Pause> storedPauses) {
        pauses.addAll(storedPauses);
        id = s.id();
        trackingNo = s.trackingNo();
        track = s.track();
        status = s.status();
        matter = s.matter();
        filer = s.filer();
        unitId = s.unitId();
        handlerUserId = s.handlerUserId();
        receivedAt = s.receivedAt();
        acceptedAt = s.acceptedAt();
        referredAt = s.referredAt();
        decidedAt = s.decidedAt();
        refusalGround = s.refusalGround();
        outcome = s.outcome();
        resultText = s.resultText();
        verifyExtension = s.verifyExtension();
        clueId = s.clueId();
        clueNumber = s.clueNumber();
        caseNumber = s.caseNumber();
        noticeFrom = s.noticeFrom();
        notifiedAt = s.notifiedAt();
        mergedIntoId = s.mergedIntoId();
        splitFromId = s.splitFromId();
        rating = s.rating();
        ratingComment = s.ratingComment();
        ratedAt = s.ratedAt();
        version = s.version();
        loaded = audited();
    }

    static Filing restore(Saved saved) {
        return new Filing(saved, List.of());
    }

    /** As stored, with the verification clock's pauses (oldest first). */
    static Filing restore(Saved saved, List<Deadline.Pause> pauses) {
        return new Filing(saved, pauses);
    }

    Saved saved() {
        return new Saved(id, trackingNo, track, status, matter, filer, unitId, handlerUserId, receivedAt, acceptedAt,
                referredAt, decidedAt, refusalGround, outcome, resultText, verifyExtension, clueId, clueNumber,
                caseNumber, noticeFrom, notifiedAt, mergedIntoId, splitFromId, rating, ratingComment, ratedAt,
                version);
    }

    /**
     * Why {@code action} is not possible now (a message code), or empty when it is: the one place each staff
     * step's rule is written, for the guards below and for the buttons ({@link FilingView#actionsFor}).
     */
    public Optional<String> refusal(FilingAction action) {
        String rule = switch (action) {
            case ACCEPT, REFUSE, CLOSE -> track == Track.ENQUIRY ? "filing.refused.enquiryIsAnswered" : null;
            case ANSWER -> track != Track.ENQUIRY ? "filing.refused.onlyEnquiry" : null;
            case REFER -> track != Track.REPORT ? "filing.refused.onlyReport" : null;
            case REROUTE, MERGE -> null;
            case EXTEND -> track != Track.REPORT ? "filing.refused.onlyReport"
                    : verifyExtension != null ? "filing.refused.alreadyExtended" : null;
            case NOTIFY -> needsNotice() ? null : "filing.refused.noNoticeDue";
            case PAUSE -> track != Track.REPORT ? "filing.refused.onlyReport"
                    : verificationPaused() ? "filing.refused.alreadyPaused" : null;
            case RESUME -> verificationPaused() ? null : "filing.refused.notPaused";
            case SPLIT -> track == Track.ENQUIRY || splitFromId != null ? "filing.refused.cannotSplit" : null;
        };
        if (rule == null && !action.possibleIn(status)) {
            rule = action.refusedState();
        }
        return Optional.ofNullable(rule);
    }

    /** 受理: the actor becomes the assigned handler. */
    public void accept(Actor by, LocalDateTime now) {
        require(FilingAction.ACCEPT);
        acceptedAt = now;
        step(by, FilingStatus.ACCEPTED, FilingEventKind.ACCEPTED, null, now);
    }

    /** 不予受理, on one of the grounds the rules give. */
    public void refuse(Actor by, RefusalGround ground, String explanation, LocalDateTime now) {
        require(FilingAction.REFUSE);
        if (ground == null) {
            throw new InvalidInput("ground", "error.required");
        }
        refusalGround = ground;
        resultText = FilingValidator.strip(explanation);
        decidedAt = now;
        endOpenPause(now);
        step(by, FilingStatus.REFUSED, FilingEventKind.REFUSED, ground.name(), now);
    }

    /** An enquiry is answered, which closes it. */
    public void answer(Actor by, String answer, LocalDateTime now) {
        require(FilingAction.ANSWER);
        resultText = requireText("answer", answer);
        outcome = Outcome.ANSWERED;
        decidedAt = now;
        step(by, FilingStatus.CLOSED, FilingEventKind.ANSWERED, null, now);
        closed();
    }

    /** The handler's own decision on an accepted complaint or tip; a real-name tipster's notice clock starts today. */
    public void close(Actor by, Outcome chosen, String text, LocalDateTime now) {
        require(FilingAction.CLOSE);
        if (chosen == null) {
            throw new InvalidInput("outcome", "error.required");
        }
        if (chosen.track() != track || !chosen.handlerMayChoose()) {
            throw new InvalidInput("outcome", "filing.error.outcomeTrack");
        }
        resultText = requireText("resultText", text);
        outcome = chosen;
        decidedAt = now;
        endOpenPause(now);
        if (track == Track.REPORT && !filer.anonymous()) {
            noticeFrom = now.toLocalDate();
        }
        step(by, FilingStatus.CLOSED, FilingEventKind.CLOSED, chosen.name(), now);
        closed();
    }

    /** 转为线索: an accepted tip goes to the cases module, once; the tipster's identity is not part of it. */
    public void referToCases(Actor by, LocalDateTime now) {
        require(FilingAction.REFER);
        referredAt = now;
        endOpenPause(now);
        step(by, FilingStatus.REFERRED, FilingEventKind.REFERRED, null, now);
        events.add(new TipReferredToCases(id, trackingNo, unitId, matter.regionCode(), matter.targetName(),
                matter.targetUscc(), matter.category().name(), matter.content(), by.username(), receivedAt));
    }

    /** The +15 working days for verifying a tip, granted once with the approval. */
    public void extendVerification(Actor by, String approval, LocalDateTime now) {
        require(FilingAction.EXTEND);
        verifyExtension = requireText("approval", approval);
        step(by, status, FilingEventKind.EXTENDED, verifyExtension, now);
    }

    /**
     * 中止: the tip's verification clock stands still while the goods are tested, inspected, quarantined or
     * appraised, experts review them or the rights holder identifies them (the time is not counted).
     */
    public void pauseVerification(Actor by, VerificationPauseReason reason, String note, LocalDateTime now) {
        require(FilingAction.PAUSE);
        if (reason == null) {
            throw new InvalidInput("ground", "filing.error.pauseReason");
        }
        String text = FilingValidator.strip(note);
        if (text != null && text.length() > 300) {
            throw new InvalidInput("explanation", "filing.error.tooLong", 300);
        }
        pauses.add(new Deadline.Pause(now, null, reason.name()));
        pauseBegun = new PauseBegun(reason, text, by.username(), now);
        step(by, status, FilingEventKind.PAUSED, reason.name(), now);
    }

    /** 恢复: the verification clock runs again from {@code now}. */
    public void resumeVerification(Actor by, LocalDateTime now) {
        require(FilingAction.RESUME);
        endOpenPause(now);
        step(by, status, FilingEventKind.RESUMED, null, now);
    }

    /** Whether the verification clock stands still now. */
    public boolean verificationPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }

    /** The verification clock's pauses, oldest first. */
    public List<Deadline.Pause> verificationPauses() {
        return List.copyOf(pauses);
    }

    /** A step that stops the verification clock also ends its open pause (a pause never outlives its clock). */
    private void endOpenPause(LocalDateTime now) {
        if (verificationPaused()) {
            Deadline.Pause open = pauses.remove(pauses.size() - 1);
            LocalDateTime end = now.isBefore(open.from()) ? open.from() : now;
            pauses.add(new Deadline.Pause(open.from(), end, open.reason()));
            pauseEndedAt = end;
        }
    }

    /** What the store writes of the pauses: the one begun since loading and the end of the open one. */
    PauseBegun pauseBegun() {
        return pauseBegun;
    }

    LocalDateTime pauseEndedAt() {
        return pauseEndedAt;
    }

    /** The real-name tipster was told the outcome. */
    public void markNotified(Actor by, LocalDateTime now) {
        require(FilingAction.NOTIFY);
        notifiedAt = now;
        step(by, status, FilingEventKind.NOTIFIED, null, now);
    }

    /** 转办: the new unit decides afresh (back to RECEIVED, no handler); the public sees the reason. */
    public void reroute(Actor by, long newUnitId, String reason, LocalDateTime now) {
        require(FilingAction.REROUTE);
        String why = requireText("reason", reason);
        if (newUnitId == unitId) {
            throw new InvalidInput("unitId", "filing.error.sameUnit");
        }
        unitId = newUnitId;
        acceptedAt = null;
        handlerUserId = null;
        status = FilingStatus.RECEIVED;
        lines.add(new Line(FilingEventKind.REROUTED, status, unitId, why, by.username(), now));
    }

    /** 合并处理: handled together with {@code primary}, another open filing; this one's clocks stop. */
    public void mergeInto(Actor by, Filing primary, LocalDateTime now) {
        require(FilingAction.MERGE);
        if (primary.id == id || !primary.status.isOpen() || primary.mergedIntoId != null) {
            throw new FilingTransitionRefused("filing.refused.badMergeTarget");
        }
        mergedIntoId = primary.id;
        decidedAt = now;
        endOpenPause(now);
        status = FilingStatus.MERGED;
        lines.add(new Line(FilingEventKind.MERGED, status, primary.unitId, primary.trackingNo, by.username(), now));
    }

    /** The tip to split off this complaint (same matter and filer, its own text); see {@link #splitInto}. */
    Matter splitMatter(String tipContent) {
        require(FilingAction.SPLIT);
        return matter.withContent(requireText("tipContent", tipContent));
    }

    /** What remains after the tip {@code tipTrackingNo} was split off: a complaint with its own clocks. */
    public void splitInto(Actor by, String tipTrackingNo, LocalDateTime now) {
        require(FilingAction.SPLIT);
        track = Track.COMPLAINT;
        lines.add(new Line(FilingEventKind.SPLIT, status, unitId, tipTrackingNo, by.username(), now));
    }

    /** The cases module registered the clue; false when it was linked already (the registry delivers again). */
    public boolean clueRegistered(long clue, String number, LocalDateTime now) {
        if (number.equals(clueNumber)) {
            return false;
        }
        clueId = clue;
        clueNumber = number;
        lines.add(new Line(FilingEventKind.CLUE_REGISTERED, status, unitId, number, CASES, now));
        return true;
    }

    /**
     * The cases module decided the clue: a referred tip is closed with that outcome and a real-name tipster's
     * notice clock starts on the day of the decision. False when it is no longer referred (delivered again).
     */
    public boolean clueDecided(ClueDecided decision, LocalDateTime now) {
        if (status != FilingStatus.REFERRED) {
            return false;
        }
        outcome = decision.caseOpened() ? Outcome.CASE_OPENED : Outcome.NO_CASE;
        caseNumber = blankToNull(decision.caseNumber());
        resultText = blankToNull(decision.reason());
        decidedAt = now;
        if (clueId == null) {
            clueId = decision.clueId();
        }
        noticeFrom = filer.anonymous() ? null : decision.decidedOn();
        status = FilingStatus.CLOSED;
        lines.add(new Line(FilingEventKind.CLUE_DECIDED, status, unitId, outcome.name(), CASES, now));
        closed();
        return true;
    }

    /** The filer's satisfaction (1–5) with a comment, once, after the filing was closed or refused. */
    public void rate(Integer score, String comment, LocalDateTime now) {
        if (status != FilingStatus.CLOSED && status != FilingStatus.REFUSED) {
            throw new FilingTransitionRefused("filing.refused.notClosed");
        }
        if (rating != null) {
            throw new FilingTransitionRefused("filing.refused.alreadyRated");
        }
        if (score == null || score < 1 || score > 5) {
            throw new InvalidInput("rating", "filing.error.rating");
        }
        String text = FilingValidator.strip(comment);
        if (text != null && text.length() > 500) {
            throw new InvalidInput("comment", "filing.error.tooLong", 500);
        }
        rating = score;
        ratingComment = text;
        ratedAt = now;
        lines.add(new Line(FilingEventKind.RATED, status, null, String.valueOf(score), PUBLIC, now));
    }

    /** The clocks of this filing at {@code now}: which run, which stopped, which ran out (domain.md). */
    public List<FilingClock> clocks(WorkingCalendar calendar, Rulebook rules, LocalDateTime now) {
        // the province of the matter's place may keep its own version of a period (the rulebook's override)
        String region = matter.regionPath();
        List<FilingClock> clocks = new ArrayList<>();
        switch (track) {
            case COMPLAINT -> {
                clocks.add(FilingClock.of(ClockKind.ACCEPTANCE, receivedAt, false, List.of(),
                        firstOf(acceptedAt, decidedAt), now, calendar, rules, region));
                if (acceptedAt != null) {
                    clocks.add(FilingClock.of(ClockKind.MEDIATION, acceptedAt, false, List.of(), decidedAt, now,
                            calendar, rules, region));
                }
            }
            case ENQUIRY -> clocks.add(FilingClock.of(ClockKind.ACCEPTANCE, receivedAt, false, List.of(), decidedAt,
                    now, calendar, rules, region));
            case REPORT -> {
                clocks.add(FilingClock.of(ClockKind.VERIFICATION, receivedAt, verifyExtension != null, pauses,
                        firstOf(referredAt, decidedAt), now, calendar, rules, region));
                if (!filer.anonymous() && noticeFrom != null) {
                    clocks.add(FilingClock.of(ClockKind.NOTICE, noticeFrom.atStartOfDay(), false, List.of(),
                            notifiedAt, now, calendar, rules, region));
                }
            }
        }
        return clocks;
    }

    /** A real-name tip whose outcome is decided and not yet told. */
    public boolean needsNotice() {
        return track == Track.REPORT && !filer.anonymous() && noticeFrom != null && notifiedAt == null;
    }

    /** The public rating form shows while this holds. */
    public boolean mayBeRated() {
        return (status == FilingStatus.CLOSED || status == FilingStatus.REFUSED) && rating == null;
    }

    /** What the audit trail records of a filing as loaded; compare with {@link #audited()}. */
    Map<String, Object> auditedAsLoaded() {
        return loaded;
    }

    /** What the audit trail records of a change (only the fields that differ are kept). */
    Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("track", track);
        m.put("unitId", unitId);
        m.put("handlerUserId", handlerUserId);
        m.put("outcome", outcome);
        m.put("refusalGround", refusalGround);
        m.put("verifyExtension", verifyExtension);
        m.put("verificationPaused", verificationPaused());
        m.put("clueNumber", clueNumber);
        m.put("caseNumber", caseNumber);
        m.put("notifiedAt", notifiedAt);
        m.put("mergedIntoId", mergedIntoId);
        m.put("rating", rating);
        return m;
    }

    /** Whether a step changed the filing since it was loaded. */
    boolean changed() {
        return !lines.isEmpty();
    }

    /** The history lines the steps since loading wrote, in order (the store appends them). */
    List<Line> newLines() {
        return List.copyOf(lines);
    }

    /** The domain events the steps since loading registered (the service publishes them after saving). */
    List<Object> events() {
        return List.copyOf(events);
    }

    private void require(FilingAction action) {
        refusal(action).ifPresent(reason -> {
            throw new FilingTransitionRefused(reason);
        });
    }

    /** A handler's step: the new state, its history line, and the first person who acts becomes the handler. */
    private void step(Actor by, FilingStatus next, FilingEventKind kind, String reason, LocalDateTime now) {
        status = next;
        assignHandler(by);
        lines.add(new Line(kind, next, unitId, reason, by.username(), now));
    }

    /** The first person who acts on a filing becomes its handler, the only one who may see the filer. */
    private void assignHandler(Actor by) {
        if (handlerUserId == null && !by.isSystem()) {
            handlerUserId = by.userId();
        }
    }

    private void closed() {
        events.add(FilingClosed.of(this));
    }

    static String requireText(String field, String text) {
        String t = FilingValidator.strip(text);
        if (t == null) {
            throw new InvalidInput(field, "error.required");
        }
        if (t.length() > 2000) {
            throw new InvalidInput(field, "filing.error.tooLong", 2000);
        }
        return t;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static LocalDateTime firstOf(LocalDateTime a, LocalDateTime b) {
        return a != null ? a : b;
    }

    public long id() { return id; }
    public String trackingNo() { return trackingNo; }
    public Track track() { return track; }
    public FilingStatus status() { return status; }
    public Matter matter() { return matter; }
    public Filer filer() { return filer; }
    public long unitId() { return unitId; }
    public Long handlerUserId() { return handlerUserId; }
    public LocalDateTime receivedAt() { return receivedAt; }
    public LocalDateTime acceptedAt() { return acceptedAt; }
    public LocalDateTime referredAt() { return referredAt; }
    public LocalDateTime decidedAt() { return decidedAt; }
    public RefusalGround refusalGround() { return refusalGround; }
    public Outcome outcome() { return outcome; }
    public String resultText() { return resultText; }
    public String verifyExtension() { return verifyExtension; }
    public Long clueId() { return clueId; }
    public String clueNumber() { return clueNumber; }
    public String caseNumber() { return caseNumber; }
    public LocalDate noticeFrom() { return noticeFrom; }
    public LocalDateTime notifiedAt() { return notifiedAt; }
    public Long mergedIntoId() { return mergedIntoId; }
    public Long splitFromId() { return splitFromId; }
    public Integer rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public int version() { return version; }
}
