package org.shuangda.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.assessment.Bulletin.Paragraph;
import org.shuangda.assessment.SchemeStore.Placed;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核通报: the office composes a draft from a published scheme's scores ({@link BulletinText}), edits it and issues it
 * under a number (default 〔year〕n号 per scheme), after which it never changes; the issued DOCX is read by whoever
 * sees the published results. Drafts are the office's; anything else is not found.
 */
@Service
public class Bulletins {

    private static final String TYPE = "assessment_bulletin";
    static final int MAX_PARAGRAPHS = 200;

    private final Schemes schemes;
    private final Rankings rankings;
    private final RunStore runs;
    private final BulletinStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bulletins(Schemes schemes, Rankings rankings, RunStore runs, BulletinStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.schemes = schemes;
        this.rankings = rankings;
        this.runs = runs;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The scheme's bulletins the actor may read (the office: drafts too), newest first. */
    public List<Bulletin> list(Actor actor, long schemeId) {
        Placed p = schemes.placed(actor, schemeId);
        boolean manages = Access.manages(actor, p);
        return store.ofScheme(schemeId).stream().filter(b -> manages || b.issued()).toList();
    }

    public Bulletin get(Actor actor, long id) {
        Bulletin b = store.find(id).orElseThrow(() -> new NotFoundProblem(TYPE, id));
        Placed p;
        try {
            p = schemes.placed(actor, b.schemeId());
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem(TYPE, id);
        }
        if (!Access.manages(actor, p) && !b.issued()) {
            throw new NotFoundProblem(TYPE, id);
        }
        return b;
    }

    /** Whether the actor may edit and issue {@code b} now. */
    public boolean mayEdit(Actor actor, Bulletin b) {
        return !b.issued() && schemes.manages(actor, schemes.get(actor, b.schemeId()));
    }

    /** Composes a draft from the published results. */
    @Transactional
    public Bulletin compose(Actor actor, long schemeId) {
        Placed p = schemes.managed(actor, schemeId);
        if (p.scheme().status() != SchemeStatus.PUBLISHED) {
            throw new AssessmentRefused("assessment.refused.bulletinCompose",
                    "assessment.schemeStatus." + p.scheme().status().name());
        }
        RankingTable table = Rankings.table(p.scheme(), runs.ofScheme(schemeId), true);
        List<Paragraph> text = BulletinText.compose(table, today());
        long id = store.insert(schemeId, actor.username(), clock.instant().atOffset(ZoneOffset.UTC), text);
        Bulletin saved = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, TYPE, id, saved.title(), Map.of("schemeId", schemeId)));
        return saved;
    }

    /** Replaces a draft's paragraphs (blank ones dropped); {@code version} null: the current one. */
    @Transactional
    public Bulletin update(Actor actor, long id, Integer version, List<Paragraph> paragraphs) {
        Bulletin before = managed(actor, id);
        before.requireDraft();
        List<Paragraph> kept = checked(paragraphs);
        if (!store.update(id, version == null ? before.version() : version, kept)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Bulletin after = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, after.title(), texts(before), texts(after)));
        return after;
    }

    /** Issues a draft under {@code docNumber} (default 〔year〕n号), dated today: archived, never changed again. */
    @Transactional
    public Bulletin issue(Actor actor, long id, String docNumber) {
        Bulletin draft = managed(actor, id);
        draft.requireDraft();
        LocalDate today = today();
        String number = docNumber == null || docNumber.isBlank() ? nextNumber(draft.schemeId(), today) : docNumber.strip();
        if (number.length() > 60) {
            throw new InvalidInput("docNumber", "error.tooLong", 60);
        }
        if (store.numberTaken(draft.schemeId(), number)) {
            throw new InvalidInput("docNumber", "assessment.bulletin.numberTaken", number);
        }
        if (!store.issue(id, draft.version(), number, today, actor.username(), clock.instant().atOffset(ZoneOffset.UTC))) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Bulletin issued = store.find(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, TYPE, id, issued.title(),
                Map.of("status", draft.status(), "docNumber", ""),
                Map.of("status", issued.status(), "docNumber", number, "issuedOn", today)));
        return issued;
    }

    /** The issued bulletin as DOCX with the ranking table as its annex; a draft has none (422). */
    public byte[] docx(Actor actor, long id) {
        Bulletin b = get(actor, id);
        if (!b.issued()) {
            throw new AssessmentRefused("assessment.refused.bulletinDocx", "assessment.bulletinStatus." + b.status().name());
        }
        return BulletinDocx.write(b, rankings.ranking(actor, b.schemeId()));
    }

    private Bulletin managed(Actor actor, long id) {
        Bulletin b = store.find(id).orElseThrow(() -> new NotFoundProblem(TYPE, id));
        try {
            schemes.managed(actor, b.schemeId());
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem(TYPE, id);
        }
        return b;
    }

    private String nextNumber(long schemeId, LocalDate today) {
        int n = store.issuedCount(schemeId);
        String number;
        do {
            number = "〔" + today.getYear() + "〕" + ++n + "号";
        } while (store.numberTaken(schemeId, number));
        return number;
    }

    private static List<Paragraph> checked(List<Paragraph> paragraphs) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<Paragraph> out = new ArrayList<>();
        List<Paragraph> in = paragraphs == null ? List.of() : paragraphs;
        if (in.size() > MAX_PARAGRAPHS) {
            throw new InvalidInput("paragraphs", "error.limit.items", in.size(), MAX_PARAGRAPHS);
        }
        for (int i = 0; i < in.size(); i++) {
            Paragraph p = in.get(i);
            if (p == null || p.text() == null || p.text().isBlank()) {
                continue;
            }
            if (p.style() == null) {
                problems.add("paragraphs[" + i + "].style", "error.required");
                continue;
            }
            if (p.text().length() > 5000) {
                problems.add("paragraphs[" + i + "].text", "error.tooLong", 5000);
            }
            out.add(new Paragraph(p.style(), p.text().strip()));
        }
        if (out.isEmpty()) {
            problems.add("paragraphs", "assessment.bulletin.empty");
        }
        problems.throwIfAny();
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private static Map<String, Object> texts(Bulletin b) {
        return Map.of("paragraphs", b.paragraphs().stream().map(p -> p.style() + ": " + p.text()).toList());
    }
}
