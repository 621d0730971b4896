package org.shuangda.cases;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.Configurable;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOCX documents of a case from editable templates: 立案审批表, 行政处罚决定书, 涉嫌犯罪案件移送书. Natural persons'
 * ID numbers appear masked. An administrator ({@code CASE_SETTINGS}) may replace a template with a .docx using
 * the same {@code ${placeholders}}; the shipped default is used until then.
 *
 * <p>Templates are owned by a level ({@link Configurable#CASE_DOCUMENT_TEMPLATE}): an upload is the version of the
 * uploader's own level (national for scope ALL, else the region of the uploader's region grant, e.g. the county),
 * and a case's document uses the most specific version that applies to the case's region: the county's own, else
 * the city's, the province's, the national upload, the shipped default. So a county replaces only its own.
 */
@Service
public class CaseDocuments {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private final CaseAccess access;
    private final Cases cases;
    private final DocumentStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseDocuments(CaseAccess access, Cases cases, DocumentStore store, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.cases = cases;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** The document for a case the actor sees ({@code CASE_VIEW}). */
    @Transactional(readOnly = true)
    public byte[] render(Actor actor, CaseDocument document, long caseId) {
        CaseView c = access.visible(actor, caseId);
        if (!document.offeredFor(c)) {
            throw new CaseTransitionRefused("case.refused.documentNotYet");
        }
        String police = store.policeUnitBeside(c.unitId()).orElse("公安机关");
        return DocxTemplates.fill(templateInForce(document, c.regionPath()), values(c, police, LocalDate.now(clock)));
    }

    /**
     * 涉嫌犯罪案件移送书 addressed to {@code receiver} (the police unit's name), for the transfer package. No
     * scope check: the transfer code has authorised the caller.
     */
    @Transactional(readOnly = true)
    public byte[] renderTransferLetter(long caseId, String receiver) {
        CaseView c = cases.get(caseId);
        return DocxTemplates.fill(templateInForce(CaseDocument.TRANSFER_LETTER, c.regionPath()), values(c, receiver,
                LocalDate.now(clock)));
    }

    /**
     * The template in force at the administrator's own level (uploaded there or above, or the default), for an
     * administrator ({@code CASE_SETTINGS}) to edit.
     */
    @Transactional(readOnly = true)
    public byte[] template(Actor actor, CaseDocument document) {
        actor.require(Permission.CASE_SETTINGS);
        return templateInForce(document, Configurable.CASE_DOCUMENT_TEMPLATE.ownLevel(actor).regionPath());
    }

    /** The most specific version that applies in the region at {@code regionPath} (null: the national one). */
    private byte[] templateInForce(CaseDocument document, String regionPath) {
        return ConfigOwner.mostSpecific(store.templateOwners(document), o -> o, regionPath)
                .flatMap(owner -> store.template(document, owner))
                .orElseGet(() -> DocxTemplates.defaultTemplate(document));
    }

    /** Replaces the template of the actor's own level (see the class comment); 403 where that level may not. */
    @Transactional
    public void replaceTemplate(Actor actor, CaseDocument document, byte[] docx) {
        actor.require(Permission.CASE_SETTINGS);
        ConfigOwner owner = Configurable.CASE_DOCUMENT_TEMPLATE.requireAdd(actor, null);
        List<String> used;
        try {
            used = docx.length < 4 || docx[0] != 0x50 || docx[1] != 0x4B ? List.of() : DocxTemplates.placeholders(docx);
        } catch (IOException | RuntimeException e) {
            used = List.of();
        }
        if (used.isEmpty()) {
            throw new InvalidInput("file", "case.invalid.template");
        }
        store.saveTemplate(document, owner, docx, actor.username(), OffsetDateTime.now(clock));
        String level = owner.national() ? "national" : owner.regionCode();
        events.publishEvent(AuditableChange.updated(actor, "case-template", document.name() + "@" + level,
                document.title() + "（" + (owner.national() ? "国家" : owner.regionCode()) + "）",
                Map.of("template", "previous", "owner", level),
                Map.of("template", String.join(",", used), "owner", level)));
    }

    static Map<String, String> values(CaseView c, String receiver, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("caseNumber", c.number());
        v.put("unitName", c.unitName());
        v.put("title", c.title());
        v.put("category", c.category().name());
        v.put("productCategory", orDash(c.productCategory()));
        v.put("registeredOn", c.registeredAt().toLocalDate().format(CHINESE_DATE));
        v.put("parties", c.parties().stream().map(p -> p.name() + "（" + (p.uscc() != null ? "统一社会信用代码：" + p.uscc()
                : "身份证号码：" + orDash(p.idNumberMasked())) + "）").collect(Collectors.joining("；")));
        v.put("goods", c.goods().stream().map(g -> g.name() + g.quantity().stripTrailingZeros().toPlainString()
                + g.unitLabel()).collect(Collectors.joining("、")));
        v.put("caseValue", amount(c.caseValue()));
        v.put("illegalGains", amount(c.illegalGains()));
        v.put("illegalBusinessAmount", amount(c.illegalBusinessAmount()));
        v.put("facts", orDash(c.facts()));
        v.put("officers", c.officers().stream().map(HandlingOfficer::displayName).collect(Collectors.joining("、")));
        v.put("receiver", receiver);
        v.put("today", today.format(CHINESE_DATE));
        PenaltyDecision d = c.decision();
        v.put("decisionNumber", d == null ? "" : d.decisionNumber());
        v.put("legalBasis", d == null ? "" : d.legalBasis());
        v.put("fineAmount", d == null ? "" : amount(d.fineAmount()));
        v.put("decidedOn", d == null || d.decidedOn() == null ? "" : d.decidedOn().format(CHINESE_DATE));
        v.put("penalty", d == null ? "" : penalty(d));
        if (d != null && d.facts() != null) {
            v.put("facts", d.facts());
        }
        return v;
    }

    private static String penalty(PenaltyDecision d) {
        return d.kinds().stream().map(k -> switch (k) {
            case WARNING -> "警告";
            case FINE -> "罚款" + amount(d.fineAmount()) + "元";
            case CONFISCATION_OF_GAINS -> "没收违法所得";
            case CONFISCATION_OF_GOODS -> "没收侵权商品";
            case SUSPENSION_OF_BUSINESS -> "责令停产停业";
            case LICENCE_REVOCATION -> "吊销许可证照";
            case OTHER -> "其他";
        }).collect(Collectors.joining("、"));
    }

    private static String amount(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

}
