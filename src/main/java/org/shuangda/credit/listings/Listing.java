package org.shuangda.credit.listings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;

/**
 * One listing on one of the two lists: who is listed, on which ground, by which unit, and where it stands. Its
 * guarded method {@link #take} checks the step against {@link ListingAction} and the rules of the two orders
 * (dates within their periods, the upper level's agreement, removal not before its earliest day) and changes the
 * state; {@link ListingStore} persists it and never decides a state.
 */
public final class Listing {

    /** Listed as an organisation (name shown) or a natural person (name masked in public). */
    public enum SubjectKind { ENTITY, PERSON }

    /** How a listing left the list. */
    public enum RemovalKind { APPLICATION, EXPIRY, CORRECTION }

    /** A step's input: its day (today when not given) and the note or reason it needs. */
    public record Step(LocalDate on, String note) {
    }

    long id;
    final ListKind kind;
    ListingState state;
    final Long entityId;
    final String subjectName;
    final SubjectKind subjectKind;
    final String uscc;
    final String ground;
    final Map<String, Object> detail;
    final LocalDate triggerOn;
    final long unitId;
    final String unitPath;
    final String regionPath;
    final Long caseId;
    final String decisionNumber;
    final String agreementRegionPath;
    Long agreedByUnitId;
    String agreedBy;
    LocalDate agreedOn;
    LocalDate listedOn;
    LocalDate periodStart;
    LocalDate periodEnd;
    int periodNo;
    LocalDate stageStartedOn;
    String applicationText;
    LocalDate removedOn;
    RemovalKind removalKind;
    String removalReason;
    Long listedFactId;
    final String createdBy;
    int version;

    Listing(long id, ListKind kind, ListingState state, Long entityId, String subjectName, SubjectKind subjectKind,
            String uscc, String ground, Map<String, Object> detail, LocalDate triggerOn, long unitId, String unitPath,
            String regionPath, Long caseId, String decisionNumber, String agreementRegionPath, Long agreedByUnitId,
            String agreedBy, LocalDate agreedOn, LocalDate listedOn, LocalDate periodStart, LocalDate periodEnd,
            int periodNo, LocalDate stageStartedOn, String applicationText, LocalDate removedOn,
            RemovalKind removalKind, String removalReason, Long listedFactId, String createdBy, int version) {
        this.id = id;
        this.kind = kind;
        this.state = state;
        this.entityId = entityId;
        this.subjectName = subjectName;
        this.subjectKind = subjectKind;
        this.uscc = uscc;
        this.ground = ground;
        this.detail = detail == null ? Map.of() : Map.copyOf(detail);
        this.triggerOn = triggerOn;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.regionPath = regionPath;
        this.caseId = caseId;
        this.decisionNumber = decisionNumber;
        this.agreementRegionPath = agreementRegionPath;
        this.agreedByUnitId = agreedByUnitId;
        this.agreedBy = agreedBy;
        this.agreedOn = agreedOn;
        this.listedOn = listedOn;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.periodNo = periodNo;
        this.stageStartedOn = stageStartedOn;
        this.applicationText = applicationText;
        this.removedOn = removedOn;
        this.removalKind = removalKind;
        this.removalReason = removalReason;
        this.listedFactId = listedFactId;
        this.createdBy = createdBy;
        this.version = version;
    }

    /** A new 经营异常名录 entry for its ground, waiting for the listing decision. */
    static Listing abnormal(long entityId, String name, String uscc, AbnormalGround ground,
            Map<String, Object> detail, LocalDate triggerOn, long unitId, String unitPath, String regionPath,
            String createdBy) {
        return new Listing(0, ListKind.ABNORMAL, ListingState.PENDING, entityId, name, SubjectKind.ENTITY, uscc,
                ground.name(), detail, triggerOn, unitId, unitPath, regionPath, null, null, null, null, null, null,
                null, null, null, 1, triggerOn, null, null, null, null, null, createdBy, 0);
    }

    /**
     * A 严重违法失信名单 entry proposed with a penalty decision on {@code decidedOn}: awaiting the upper level's
     * agreement when {@code agreementRegionPath} is set (a county or city unit, Order 44 art.22), else listed at once.
     */
    static Listing serious(Long entityId, String name, SubjectKind subjectKind, String uscc, String field,
            Map<String, Object> detail, LocalDate decidedOn, long unitId, String unitPath, String regionPath,
            long caseId, String decisionNumber, String agreementRegionPath, ListingPeriods periods, String createdBy) {
        Listing l = new Listing(0, ListKind.SERIOUS, ListingState.AWAITING_AGREEMENT, entityId, name, subjectKind,
                uscc, field, detail, decidedOn, unitId, unitPath, regionPath, caseId, decisionNumber,
                agreementRegionPath, null, null, null, null, null, null, 1, decidedOn, null, null, null, null, null,
                createdBy, 0);
        if (agreementRegionPath == null) {
            l.listFrom(decidedOn, periods);
        }
        return l;
    }

    public long id() {
        return id;
    }

    public ListKind kind() {
        return kind;
    }

    public ListingState state() {
        return state;
    }

    public Long entityId() {
        return entityId;
    }

    public String subjectName() {
        return subjectName;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public String uscc() {
        return uscc;
    }

    /** The 经营异常名录 ground ({@link AbnormalGround}) or the serious list's field (cases' {@code FIELDS}). */
    public String ground() {
        return ground;
    }

    public Map<String, Object> detail() {
        return detail;
    }

    public LocalDate triggerOn() {
        return triggerOn;
    }

    public long unitId() {
        return unitId;
    }

    public String unitPath() {
        return unitPath;
    }

    public String regionPath() {
        return regionPath;
    }

    public Long caseId() {
        return caseId;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public String agreementRegionPath() {
        return agreementRegionPath;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public LocalDate listedOn() {
        return listedOn;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public int periodNo() {
        return periodNo;
    }

    public LocalDate stageStartedOn() {
        return stageStartedOn;
    }

    public String applicationText() {
        return applicationText;
    }

    public LocalDate removedOn() {
        return removedOn;
    }

    public RemovalKind removalKind() {
        return removalKind;
    }

    public String removalReason() {
        return removalReason;
    }

    public Long listedFactId() {
        return listedFactId;
    }

    public String createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }

    /** Whether the public sees it on {@code day}: on the list, its period running. */
    public boolean shownOn(LocalDate day) {
        return state.onList() && listedOn != null && !day.isBefore(listedOn)
                && (periodEnd == null || !day.isAfter(periodEnd));
    }

    /** The list's and the aggregate's own rules beyond the state (a fraud reversal only of an applied removal). */
    boolean allows(ListingAction action) {
        if (!action.appliesTo(kind)) {
            return false;
        }
        return action != ListingAction.REVERSE_REMOVAL || removalKind == RemovalKind.APPLICATION;
    }

    /**
     * Takes {@code action} on {@code on} (not after {@code today}, not before the current stage began). Refused
     * steps throw {@link ListingTransitionRefused} (409); wrong input {@link InvalidInput} (422) naming the field and
     * the rule. Returns what changed for the audit trail.
     */
    Map<String, Object> take(Actor actor, ListingAction action, Step step, LocalDate today, ListingPeriods periods) {
        if (!action.possibleIn(state) || !allows(action)) {
            throw new ListingTransitionRefused(action, state);
        }
        LocalDate on = step.on() == null ? today : step.on();
        String note = step.note() == null || step.note().isBlank() ? null : step.note().strip();
        String dayField = action == ListingAction.OBJECT ? "objectedOn"
                : action == ListingAction.APPLY_REMOVAL ? "appliedOn" : "decidedOn";
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (on.isAfter(today)) {
            problems.add(dayField, "listing.invalid.future", on, today);
        } else if (stageStartedOn != null && on.isBefore(stageStartedOn) && action != ListingAction.EXPIRE) {
            problems.add(dayField, "listing.invalid.beforeStage", on, stageStartedOn);
        }
        if ((action.refuses() || action == ListingAction.OBJECT || action == ListingAction.APPLY_REMOVAL
                || action == ListingAction.UPHOLD_OBJECTION) && note == null) {
            problems.add("note", "listing.missing.note");
        }
        switch (action) {
            case AGREE, DISAGREE -> {
                if (!agreementRegionPath.equals(actor.unitRegionPath())) {
                    problems.add("agreement", "listing.invalid.agreementRegion", actor.unitName(),
                            agreementRegionPath);
                }
            }
            case OBJECT -> {
                LocalDate last = periods.objectionEnds(listedOn, regionPath);
                if (on.isAfter(last)) {
                    problems.add("objectedOn", "listing.invalid.objectionLate", on, listedOn, last);
                }
            }
            case APPLY_REMOVAL -> {
                LocalDate earliest = kind == ListKind.SERIOUS ? periods.earliestRemoval(periodStart, regionPath)
                        : listedOn;
                if (on.isBefore(earliest)) {
                    problems.add("appliedOn", kind == ListKind.SERIOUS ? "listing.invalid.removalTooEarly"
                            : "listing.invalid.removalBeforeListing", on, earliest);
                }
            }
            case EXPIRE -> {
                if (!today.isAfter(periodEnd)) {
                    problems.add("decidedOn", "listing.invalid.notExpired", periodEnd);
                }
            }
            default -> { }
        }
        problems.throwIfAny();

        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("state", state.name());
        switch (action) {
            case LIST -> listFrom(on, periods);
            case DROP -> state = ListingState.DROPPED;
            case AGREE -> {
                agreedByUnitId = actor.unitId();
                agreedBy = actor.unitName() + " " + actor.displayName();
                agreedOn = on;
                listFrom(on, periods);
            }
            case DISAGREE -> {
                agreedByUnitId = actor.unitId();
                agreedBy = actor.unitName() + " " + actor.displayName();
                agreedOn = on;
                state = ListingState.REJECTED;
            }
            case OBJECT -> {
                applicationText = note;
                state = ListingState.OBJECTION_FILED;
            }
            case ACCEPT_OBJECTION -> state = ListingState.OBJECTION_VERIFYING;
            case REFUSE_OBJECTION, DISMISS_OBJECTION, REFUSE_REMOVAL -> state = ListingState.LISTED;
            case UPHOLD_OBJECTION -> state = ListingState.CORRECTING;
            case CORRECT -> removed(on, RemovalKind.CORRECTION, note == null ? "异议成立，予以更正" : note,
                    ListingState.CORRECTED);
            case APPLY_REMOVAL -> {
                applicationText = note;
                state = ListingState.REMOVAL_APPLIED;
            }
            case ACCEPT_REMOVAL -> state = ListingState.REMOVAL_ACCEPTED;
            case REMOVE -> removed(on, RemovalKind.APPLICATION, note == null ? "申请移出" : note, ListingState.REMOVED);
            case EXPIRE -> removed(periodEnd.plusDays(1), RemovalKind.EXPIRY, "列入满三年自动移出",
                    ListingState.REMOVED);
            case REVERSE_REMOVAL -> {
                periodNo++;
                removedOn = null;
                removalKind = null;
                removalReason = note;
                listedFactId = null;
                listFrom(on, periods);
            }
        }
        if (action != ListingAction.EXPIRE) {
            stageStartedOn = on;
        }
        changed.put("newState", state.name());
        if (note != null) {
            changed.put("note", note);
        }
        changed.put("on", (action == ListingAction.EXPIRE ? removedOn : on).toString());
        return changed;
    }

    private void listFrom(LocalDate on, ListingPeriods periods) {
        state = ListingState.LISTED;
        listedOn = on;
        stageStartedOn = on;
        if (kind == ListKind.SERIOUS) {
            periodStart = on;
            periodEnd = periods.periodEnd(on, regionPath);
        } else {
            periodStart = on;
        }
    }

    private void removed(LocalDate on, RemovalKind how, String reason, ListingState to) {
        state = to;
        removedOn = on;
        removalKind = how;
        removalReason = reason;
    }
}
