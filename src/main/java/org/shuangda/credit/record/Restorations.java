package org.shuangda.credit.record;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.entities.Uscc;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit restoration (信用修复, SAMR Order 107) of a penalty's public display. Anyone applies online for an
 * entity's penalty by its USCC and the decision number ({@link #apply}); an officer may enter an application
 * received on paper ({@link #applyFor}). The applicant follows it with the number and query code and sends missing
 * papers ({@link #track}, {@link #supplement}). The deciding unit's officers (CREDIT_MANAGE in their scope) accept
 * or list the missing papers within 2 working days, decide within 7 (+10 with approval), refuse with reasons, or
 * restore: the fact stops showing ({@link CreditFacts#hide}) and a {@link CreditFactKind#RESTORED} fact joins the
 * record. Earliest application: general tier 3 months after display began, serious 1 year; never for
 * revocation-type, minor or never-shown facts (422). Every step is audited.
 */
@Service
public class Restorations {

    /** What the applicant types (the public form, or an officer entering a paper application). */
    public record Application(String uscc, String decisionNumber, String applicantName, String applicantPhone,
            String commitment) {
    }

    /** A paper to keep with an application. */
    public record PaperUpload(String name, long size, InputStream content) {
    }

    /** What the applicant gets back: the number and the query code (shown once, stored only as a hash). */
    public record Receipt(String number, String queryCode, Restoration restoration) {
    }

    /** An application as an officer reads it: with its papers and the fact. */
    public record Details(Restoration restoration, List<RestorationPaper> papers, CreditFact fact) {
    }

    /** A stored paper to serve after the scope check. */
    public record PaperFile(RestorationPaper paper, Path path) {
    }

    static final String AUDIT_TYPE = "credit_restoration";
    static final String RESTORED_REASON = "信用修复";
    private static final Actor PUBLIC = Actor.system("信用修复申请人");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_PAPERS = 10;

    private final RestorationStore store;
    private final CreditFacts facts;
    private final MarketEntities entities;
    private final UnitDirectory units;
    private final DisplayPeriods periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UploadedFiles files;

    Restorations(RestorationStore store, CreditFacts facts, MarketEntities entities, UnitDirectory units,
            DisplayPeriods periods, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String filesDir) {
        this.store = store;
        this.facts = facts;
        this.entities = entities;
        this.units = units;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
        this.files = new UploadedFiles(filesDir, "credit");
    }

    /** An online application (no sign-in): checked in full before anything is written. */
    @Transactional
    public Receipt apply(Application application, List<PaperUpload> papers) {
        return create(PUBLIC, application, papers, DataScope.everything());
    }

    /** An application received on paper, entered by an officer of the deciding unit (CREDIT_MANAGE over it). */
    @Transactional
    public Receipt applyFor(Actor actor, Application application, List<PaperUpload> papers) {
        DataScope scope = actor.require(Permission.CREDIT_MANAGE);
        return create(actor, application, papers, scope);
    }

    private Receipt create(Actor actor, Application a, List<PaperUpload> papers, DataScope scope) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String uscc = a.uscc() == null ? "" : Uscc.normalize(a.uscc());
        if (uscc.isEmpty()) {
            problems.add("uscc", "error.required");
        } else if (uscc.length() != Uscc.LENGTH) {
            problems.add("uscc", "credit.restoration.uscc.length", Uscc.LENGTH, uscc.length());
        }
        String number = strip(a.decisionNumber());
        if (number == null) {
            problems.add("decisionNumber", "error.required");
        }
        String name = strip(a.applicantName());
        if (name == null) {
            problems.add("applicantName", "error.required");
        } else if (name.length() > 50) {
            problems.add("applicantName", "credit.restoration.tooLong", 50, name.length());
        }
        String phone = strip(a.applicantPhone());
        if (phone == null) {
            problems.add("applicantPhone", "error.required");
        } else if (!PHONE.matcher(phone).matches()) {
            problems.add("applicantPhone", "credit.restoration.phone");
        }
        String commitment = strip(a.commitment());
        if (commitment == null) {
            problems.add("commitment", "error.required");
        } else if (commitment.length() > 2000) {
            problems.add("commitment", "credit.restoration.tooLong", 2000, commitment.length());
        }
        if (papers.size() > MAX_PAPERS) {
            problems.add("papers", "credit.restoration.tooManyPapers", MAX_PAPERS, papers.size());
        }
        problems.throwIfAny();

        Long entityId = entities.idsByUscc(CreditIntake.SYSTEM, List.of(uscc)).get(uscc);
        if (entityId == null) {
            throw new InvalidInput("uscc", "credit.restoration.unknownEntity", uscc);
        }
        MarketEntity entity = entities.get(CreditIntake.SYSTEM, entityId);
        CreditFact fact = facts.record(CreditIntake.SYSTEM, entityId).stream()
                .filter(f -> f.kind() == CreditFactKind.PENALTY && number.equals(f.detail().get("decisionNumber")))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("decisionNumber", "credit.restoration.unknownPenalty", number,
                        entity.name()));
        UnitRef unit = fact.unitId() == null ? null : units.find(fact.unitId()).orElse(null);
        String unitPath = unit == null ? "" : unit.path();
        if (!scope.coversUnit(unitPath, fact.regionPath())) {
            throw new NotFoundProblem("credit_fact", fact.id());
        }
        LocalDate today = today();
        checkRestorable(fact, today);
        if (store.openForFact(fact.id())) {
            throw new InvalidInput("decisionNumber", "credit.restoration.openAlready", number);
        }
        String code = queryCode();
        LocalDate acceptDue = due(periods.acceptanceClock(today, fact.regionPath()));
        Restoration draft = new Restoration(null, newNumber(today), fact.id(), entityId, entity.name(), uscc, number,
                fact.unitId(), unitPath, fact.regionPath(), name, phone, commitment, RestorationStatus.SUBMITTED, today,
                acceptDue, null, null, null, 0, null, null, null, null, clock.instant(), 0);
        long id = store.insert(draft, hash(code), clock.instant());
        for (PaperUpload paper : papers) {
            addPaper(id, paper);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", draft.number());
        fields.put("factId", fact.id());
        fields.put("entityId", entityId);
        fields.put("decisionNumber", number);
        fields.put("acceptDue", acceptDue.toString());
        fields.put("papers", papers.size());
        events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, id, entity.name() + " " + number, fields));
        return new Receipt(draft.number(), code, store.find(SqlPredicate.TRUE, id).orElseThrow());
    }

    /**
     * Refuses an application for a fact that cannot be restored (yet): never shown (a warning only: nothing to
     * restore), no longer shown, minor (stops by itself), revocation type (never), or before the earliest day.
     */
    void checkRestorable(CreditFact fact, LocalDate today) {
        if (fact.tier() == DisplayTier.NOT_SHOWN || fact.publicFrom() == null) {
            throw new InvalidInput("decisionNumber", "credit.restoration.notShown");
        }
        if (!fact.shownOn(today)) {
            throw new InvalidInput("decisionNumber", "credit.restoration.noLongerShown",
                    fact.publicUntil() == null ? "" : fact.publicUntil().toString());
        }
        if (fact.tier() == DisplayTier.MINOR) {
            throw new InvalidInput("decisionNumber", "credit.restoration.minor", fact.publicUntil().toString());
        }
        if (Boolean.TRUE.equals(fact.detail().get("revocation"))) {
            throw new InvalidInput("decisionNumber", "credit.restoration.revocation", fact.publicUntil().toString());
        }
        LocalDate earliest = periods.earliestApplication(fact.tier(), fact.publicFrom(), fact.regionPath());
        if (today.isBefore(earliest)) {
            throw new InvalidInput("decisionNumber", "credit.restoration.tooEarly", fact.publicFrom().toString(),
                    earliest.toString(), fact.tier() == DisplayTier.SERIOUS ? 12 : 3);
        }
    }

    /** The applications in the officer's scope (CREDIT_MANAGE), open ones first by due day. */
    @Transactional(readOnly = true)
    public List<Restoration> list(Actor actor, RestorationStatus status) {
        DataScope scope = actor.require(Permission.CREDIT_MANAGE);
        return store.list(scope.unitOwned("r.unit_path", "r.region_path"), status, 500);
    }

    @Transactional(readOnly = true)
    public Details get(Actor actor, long id) {
        Restoration r = visible(actor, id);
        return new Details(r, store.papers(id), facts.fact(CreditIntake.SYSTEM, r.factId()));
    }

    /** A paper of an application in the officer's scope. */
    @Transactional(readOnly = true)
    public PaperFile paper(Actor actor, long id, long paperId) {
        visible(actor, id);
        RestorationPaper p = store.papers(id).stream().filter(x -> x.id() == paperId).findFirst()
                .orElseThrow(() -> new NotFoundProblem("paper", paperId));
        return new PaperFile(p, files.pathOf(p.fileKey()));
    }

    /**
     * Open applications whose running clock ends on or before {@code until} (the early warning of credit.alerts;
     * a clock paused for missing papers is not running). No scope: the warning carries the application's region.
     */
    @Transactional(readOnly = true)
    public List<Restoration> runningDueBy(LocalDate until) {
        return store.runningDueBy(until);
    }

    /** Applications of these facts (the record page shows them beside the fact). */
    @Transactional(readOnly = true)
    public List<Restoration> ofFacts(List<Long> factIds) {
        return store.ofFacts(factIds);
    }

    @Transactional
    public Restoration accept(Actor actor, long id) {
        Restoration r = visible(actor, id);
        LocalDate today = today();
        Restoration after = r.accepted(today, due(periods.decisionClock(today, r.regionPath())));
        return save(actor, r, after, "ACCEPT", Map.of("decideDue", after.decideDue().toString()));
    }

    @Transactional
    public Restoration requestPapers(Actor actor, long id, String missing) {
        Restoration r = visible(actor, id);
        Restoration after = r.papersRequested(missing);
        return save(actor, r, after, "REQUEST_PAPERS", Map.of("missingPapers", after.missingPapers()));
    }

    @Transactional
    public Restoration extend(Actor actor, long id, String approval) {
        Restoration r = visible(actor, id);
        if (!RestorationAction.EXTEND.possibleIn(r.status()) || r.acceptedOn() == null) {
            throw new RestorationRefused(RestorationAction.EXTEND, r.status());
        }
        int days = periods.decisionExtension(r.acceptedOn(), r.regionPath());
        if (days <= 0) {
            throw new InvalidInput("status", "credit.restoration.refused.noExtension");
        }
        if (r.extensionDays() > 0) {
            throw new InvalidInput("status", "credit.restoration.refused.extendedAlready", r.extensionDays());
        }
        if (approval == null || approval.isBlank()) {
            throw new InvalidInput("approval", "error.required");
        }
        LocalDate due = due(periods.decisionClock(r.acceptedOn(), r.regionPath()).extend(days, approval.strip()));
        Restoration after = r.extended(days, approval, due);
        return save(actor, r, after, "EXTEND", Map.of("decideDue", String.valueOf(due), "approval",
                after.extensionApproval()));
    }

    @Transactional
    public Restoration refuse(Actor actor, long id, String reason) {
        Restoration r = visible(actor, id);
        Restoration after = r.refused(reason, today(), actor.username());
        return save(actor, r, after, "REFUSE", Map.of("reason", after.refusalReason()));
    }

    /** 准予修复: the fact stops showing today and a RESTORED fact joins the entity's record. */
    @Transactional
    public Restoration restore(Actor actor, long id) {
        Restoration r = visible(actor, id);
        LocalDate today = today();
        Restoration after = r.restored(today, actor.username());
        Restoration saved = save(actor, r, after, "RESTORE", Map.of());
        facts.hide(actor, r.factId(), RESTORED_REASON);
        facts.record(actor, new NewCreditFact(r.entityId(), CreditFactKind.RESTORED, "credit",
                "restoration:" + r.id(), today, r.unitId(), r.regionPath(),
                "信用修复：" + r.decisionNumber() + " 停止公示（申请号 " + r.number() + "）",
                Map.of("restorationId", r.id(), "factId", r.factId(), "decisionNumber", r.decisionNumber()),
                DisplayTier.NOT_SHOWN, null, null));
        return saved;
    }

    /** The applicant's view of an application: its number and query code must match (404 otherwise). */
    @Transactional(readOnly = true)
    public Restoration track(String number, String code) {
        return tracked(number, code);
    }

    /** The applicant sends the missing papers: the application is received again, its acceptance clock restarts. */
    @Transactional
    public Restoration supplement(String number, String code, List<PaperUpload> papers) {
        Restoration r = tracked(number, code);
        if (papers.isEmpty()) {
            throw new InvalidInput("papers", "credit.restoration.papersRequired");
        }
        if (papers.size() > MAX_PAPERS) {
            throw new InvalidInput("papers", "credit.restoration.tooManyPapers", MAX_PAPERS, papers.size());
        }
        Restoration after = r.supplemented(due(periods.acceptanceClock(today(), r.regionPath())));
        for (PaperUpload paper : papers) {
            addPaper(r.id(), paper);
        }
        return save(PUBLIC, r, after, "SUPPLEMENT", Map.of("papers", papers.size(), "acceptDue",
                after.acceptDue().toString()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private Restoration tracked(String number, String code) {
        if (number == null || code == null || number.isBlank() || code.isBlank()) {
            throw new NotFoundProblem("restoration", number);
        }
        return store.byNumber(number.strip(), hash(code.strip().toUpperCase()))
                .orElseThrow(() -> new NotFoundProblem("restoration", number));
    }

    private void addPaper(long id, PaperUpload paper) {
        UploadedFiles.Stored stored = files.store(paper.name(), paper.size(), paper.content());
        store.addPaper(id, stored.name(), stored.contentType(), stored.size(), stored.key(), clock.instant());
    }

    private Restoration save(Actor actor, Restoration before, Restoration after, String step,
            Map<String, Object> fields) {
        if (!store.update(after, before.version(), clock.instant())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.put("status", after.status().name());
        changed.put("step", step);
        events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, before.id(), before.number(),
                Map.of("status", before.status().name()), changed));
        return store.find(SqlPredicate.TRUE, before.id()).orElseThrow();
    }

    private Restoration visible(Actor actor, long id) {
        DataScope scope = actor.require(Permission.CREDIT_MANAGE);
        return store.find(scope.unitOwned("r.unit_path", "r.region_path"), id)
                .orElseThrow(() -> new NotFoundProblem("restoration", id));
    }

    private LocalDate due(org.shuangda.calendar.Deadline clock) {
        return clock.due(periods.calendar()).orElseThrow().toLocalDate();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String newNumber(LocalDate today) {
        return "XF" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String queryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
