package org.shuangda.sampling;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.organization.UnitType;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.shuangda.shared.events.SampleClueRegistered;
import org.shuangda.shared.events.SampleViolationReferred;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up (核查处置) of failed samples. When the failure notice is served, one task per business (the seller
 * sampled; the labelled producer when it is another business) goes to the unit of the platform where it is
 * registered: a unit of the sampling unit's kind in that region (else the market supervision unit), so another
 * county's unit receives it in its to-dos and its message centre, and nobody else does; a business registered where
 * the platform has no unit is listed to be pushed to that province (产品质量监督抽查管理暂行办法 art.44: 通报生产者所在地).
 * The assigned unit records recall, removal and what it found; a violation goes to cases as a clue by event.
 */
@Service
public class FollowUps {

    static final int LIST_MAX = 500;

    private final FollowUpStore store;
    private final UnitDirectory units;
    private final SamplingClocks clocks;
    private final NotificationSender notifications;
    private final ApplicationEventPublisher events;

    FollowUps(FollowUpStore store, UnitDirectory units, SamplingClocks clocks, NotificationSender notifications,
            ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.clocks = clocks;
        this.notifications = notifications;
        this.events = events;
    }

    /** Opens the follow-ups of a sample whose failure notice was served (once per business). */
    void open(Actor actor, Sample s) {
        java.time.LocalDate started = s.kind() == SamplingKind.PRODUCT_QUALITY ? s.notice().servedOn()
                : s.lab().reportedOn();
        openFor(actor, s, FollowUp.Subject.SELLER, s.site().entityName(), s.site().uscc(), s.site().regionCode(),
                started);
        String producer = s.product().producerName();
        boolean sameBusiness = producer == null || producer.equals(s.site().entityName())
                || s.product().producerUscc() != null && s.product().producerUscc().equals(s.site().uscc());
        if (!sameBusiness) {
            openFor(actor, s, FollowUp.Subject.PRODUCER, producer, s.product().producerUscc(),
                    s.product().producerRegionCode(), started);
        }
    }

    private void openFor(Actor actor, Sample s, FollowUp.Subject subject, String name, String uscc, String region,
            java.time.LocalDate started) {
        Optional<UnitRef> unit = region == null ? Optional.empty() : unitFor(region, s.unitId());
        Optional<Long> id = store.insert(s.id(), subject, name, uscc, region, unit.map(UnitRef::id).orElse(null),
                unit.map(UnitRef::path).orElse(null), unit.map(UnitRef::regionPath).orElse(null), started);
        if (id.isEmpty()) {
            return;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sampleId", s.id());
        f.put("subject", subject.name());
        f.put("name", name);
        f.put("regionCode", region);
        f.put("unitId", unit.map(UnitRef::id).orElse(null));
        events.publishEvent(AuditableChange.created(actor, "sampling_follow_up", id.get(),
                s.number() + " " + name, f));
        unit.filter(u -> u.id() != s.unitId()).ifPresent(u -> notifications.send(
                new NotificationSender.Notification(u.id(), u.name(), "SAMPLING_FOLLOW_UP",
                        "不合格样品核查处置：" + s.product().name() + "（" + name + "）",
                        "抽样编号 " + s.number() + "，" + s.product().name() + "检验不合格（"
                                + String.join("、", s.lab().failedItems()) + "）。" + name
                                + "登记在贵单位辖区，请依法核查处置并录入结果。",
                        "/sampling/follow-ups/" + id.get(), Permission.SAMPLING_HANDLE, actor.username())));
    }

    /**
     * The platform's unit for a business registered in {@code regionCode}: a unit placed in exactly that region of
     * the sampling unit's kind, else its market supervision unit; empty when the platform has no such unit there.
     */
    Optional<UnitRef> unitFor(String regionCode, long samplingUnitId) {
        UnitType kind = units.find(samplingUnitId).map(UnitRef::type).orElse(UnitType.MARKET_SUPERVISION);
        List<UnitRef> here = units.inRegion(regionCode).stream()
                .filter(u -> u.active() && regionCode.equals(u.regionCode())).toList();
        return here.stream().filter(u -> u.id() == samplingUnitId).findFirst()
                .or(() -> here.stream().filter(u -> u.type() == kind).min(Comparator.comparingLong(UnitRef::id)))
                .or(() -> here.stream().filter(u -> u.type() == UnitType.MARKET_SUPERVISION)
                        .min(Comparator.comparingLong(UnitRef::id)));
    }

    /** The follow-ups the actor sees: those given to a unit of his scope, and those of his scope's samples. */
    @Transactional(readOnly = true)
    public List<FollowUp> list(Actor actor, boolean openOnly) {
        return store.list(visible(actor), openOnly, LIST_MAX);
    }

    @Transactional(readOnly = true)
    public FollowUp get(Actor actor, long id) {
        FollowUp f = store.find(id).orElseThrow(() -> new NotFoundProblem("sampling_follow_up", id));
        DataScope scope = actor.require(Permission.SAMPLING_VIEW);
        boolean ours = f.unitId() != null && scope.coversUnit(f.unitPath(), f.regionPath());
        if (!ours && !scope.coversUnit(f.sampleUnitPath(), f.sampleRegionPath())) {
            throw new NotFoundProblem("sampling_follow_up", id);
        }
        return f;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> ofSample(long sampleId) {
        return store.ofSample(sampleId);
    }

    /** The open follow-ups given to the actor's own unit (the to-dos). */
    @Transactional(readOnly = true)
    public List<FollowUp> openForUnit(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.SAMPLING_HANDLE)) {
            return List.of();
        }
        return store.openOfUnit(actor.unitId());
    }

    public ClockView clock(FollowUp f) {
        return clocks.view(f.ruleKey(), f.startedOn(), f.doneOn(), false,
                f.regionPath() != null ? f.regionPath() : f.sampleRegionPath());
    }

    /** The business's rectification period of a product-quality follow-up (art.46), shown beside the re-check. */
    public java.util.Optional<ClockView> rectifyClock(FollowUp f) {
        return java.util.Optional.ofNullable(f.rectifyRuleKey()).map(key -> clocks.view(key, f.startedOn(), f.doneOn(),
                true, f.regionPath() != null ? f.regionPath() : f.sampleRegionPath()));
    }

    /** What the follow-up did and found. */
    public record Outcome(Boolean recalled, Boolean removed, String measures, Boolean violation, String finding,
            Integer version) {
    }

    /** The assigned unit records the follow-up ({@code SAMPLING_HANDLE} over it); a violation becomes a clue. */
    @Transactional
    public FollowUp record(Actor actor, long id, Outcome o) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        FollowUp f = get(actor, id);
        if (f.unitId() == null || !scope.coversUnit(f.unitPath(), f.regionPath())) {
            throw new InvalidInput("unitId", "sampling.refused.notAssignedUnit");
        }
        if (f.state() != FollowUp.State.OPEN) {
            throw new InvalidInput("state", "sampling.refused.followUpDone");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String measures = Samples.text(o.measures(), 2000, "measures", true, problems);
        boolean violation = Boolean.TRUE.equals(o.violation());
        String finding = Samples.text(o.finding(), 2000, "finding", violation, problems);
        problems.throwIfAny();
        java.time.LocalDate today = clocks.today();
        if (!store.done(id, o.version() == null ? f.version() : o.version(), o.recalled(), o.removed(), measures,
                violation, finding, today, actor.username())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", "DONE");
        after.put("recalled", o.recalled());
        after.put("removed", o.removed());
        after.put("violation", violation);
        events.publishEvent(AuditableChange.updated(actor, "sampling_follow_up", id, f.sampleNumber() + " "
                + f.subjectName(), Map.of("state", f.state().name()), after));
        if (violation) {
            events.publishEvent(new SampleViolationReferred(id, f.unitId(), f.subjectName(), f.subjectUscc(),
                    "抽检不合格（" + f.sampleNumber() + "，" + f.productName() + "）核查处置发现违法行为：" + finding,
                    actor.username(), today));
        }
        return store.find(id).orElseThrow();
    }

    /** The sampling unit notes where a business registered outside the platform was pushed (通报). */
    @Transactional
    public FollowUp push(Actor actor, long id, String pushedTo) {
        DataScope scope = actor.require(Permission.SAMPLING_HANDLE);
        FollowUp f = get(actor, id);
        if (!scope.coversUnit(f.sampleUnitPath(), f.sampleRegionPath())) {
            throw new NotFoundProblem("sampling_follow_up", id);
        }
        if (f.state() != FollowUp.State.OUTSIDE) {
            throw new InvalidInput("state", "sampling.refused.notOutside");
        }
        String to = Samples.text(pushedTo, 200, "pushedTo", true, new InvalidInput.Collector());
        if (to == null) {
            throw new InvalidInput("pushedTo", "error.required");
        }
        if (!store.pushed(id, f.version(), to, clocks.today(), actor.username())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "sampling_follow_up", id, f.sampleNumber(),
                Map.of("state", f.state().name()), Map.of("state", "PUSHED", "pushedTo", to)));
        return store.find(id).orElseThrow();
    }

    /** A re-test found the product compliant: the open follow-ups end. */
    void endAfterRetestPass(Actor actor, Sample s) {
        int n = store.endOpen(s.id(), "复检结论合格，核查处置终止", clocks.today(), actor.username());
        if (n > 0) {
            events.publishEvent(AuditableChange.updated(actor, "sampling_follow_up", "sample:" + s.id(),
                    s.number() + " 复检合格", Map.of("open", n), Map.of("open", 0)));
        }
    }

    private static SqlPredicate visible(Actor actor) {
        DataScope scope = actor.require(Permission.SAMPLING_VIEW);
        return SqlPredicate.anyOf(scope.unitOwned("f.unit_path", "f.region_path", "fu"),
                scope.unitOwned("s.unit_path", "s.region_path", "fs"));
    }

    @ApplicationModuleListener
    void on(SampleClueRegistered registered) {
        store.linkClue(registered.followUpId(), registered.clueId(), registered.clueNumber());
    }
}
