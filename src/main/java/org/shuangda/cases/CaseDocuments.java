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
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    CaseDocuments(CaseAccess access, Cases cases, DocumentStore store, Clock clock, ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.access = access;
        this.cases = cases;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The document for a case the actor sees ({@code CASE_VIEW}). A 行政处罚决定书 is refused (422 on
     * {@code document}) until the decision names its legal basis and at least one penalty: the text would read
     * "依据，本局决定…：。".
     */
    @Transactional(readOnly = true)
    public byte[] render(Actor actor, CaseDocument document, long caseId) {
        CaseView c = access.visible(actor, caseId);
        if (!document.offeredFor(c)) {
            throw new CaseTransitionRefused("case.refused.documentNotYet");
        }
        if (document == CaseDocument.PENALTY_DECISION) {
            requireDecision(c);
        }
        String police = store.policeUnitBeside(c.unitId()).orElse("公安机关");
        return DocxTemplates.fill(templateInForce(document, c.regionPath()), values(c, police,
                store.transferCharge(c.id()).orElse(null), categoryLabel(c), LocalDate.now(clock)));
    }

    static void requireDecision(CaseView c) {
        PenaltyDecision d = c.decision();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (d == null || d.legalBasis() == null || d.legalBasis().isBlank()) {
            problems.add("document", "case.documents.noLegalBasis");
        }
        if (d == null || d.kinds().isEmpty()) {
            problems.add("document", "case.documents.noPenalty");
        }
        problems.throwIfAny();
    }

    private String categoryLabel(CaseView c) {
        return messages.getMessage("case.category." + c.category().name(), null, c.category().name(), Locale.CHINA);
    }

    /**
     * 涉嫌犯罪案件移送书 addressed to {@code receiver} (the police unit's name), for the transfer package. No
     * scope check: the transfer code has authorised the caller.
     */
    @Transactional(readOnly = true)
    public byte[] renderTransferLetter(long caseId, String receiver, CriminalCharge charge, String recordedCharge) {
        CaseView c = cases.get(caseId);
        return DocxTemplates.fill(templateInForce(CaseDocument.TRANSFER_LETTER, c.regionPath()), values(c, receiver,
                charge != null ? charge.chargeName() : recordedCharge, categoryLabel(c), LocalDate.now(clock)));
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

    /**
     * The placeholders' values, as a legal text reads them: labels not codes (案件类别：商标侵权), amounts as
     * "12,345.00" ({@code caseValue} …) or with their unit "12,345.00元" ({@code caseValueText} …), "—" for an
     * unknown one (never "—元"), goods as "青花郎酒 2,060瓶", the case named without a doubled 案 ("销售假冒白酒一案").
     *
     * @param charge 涉嫌罪名 (the transfer's), null when none is named yet
     */
    static Map<String, String> values(CaseView c, String receiver, String charge, String categoryLabel,
            LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("caseNumber", c.number());
        v.put("letterNumber", letterNumber(c.number()));
        v.put("unitName", c.unitName());
        v.put("title", c.title());
        v.put("caseName", caseName(c.title()));
        v.put("category", categoryLabel);
        v.put("productCategory", orDash(c.productCategory()));
        v.put("registeredOn", c.registeredAt().toLocalDate().format(CHINESE_DATE));
        v.put("parties", c.parties().stream().map(p -> p.name() + "（" + (p.uscc() != null ? "统一社会信用代码：" + p.uscc()
                : "身份证号码：" + orDash(p.idNumberMasked())) + "）").collect(Collectors.joining("；")));
        v.put("goods", c.goods().isEmpty() ? "—" : c.goods().stream().map(CaseDocuments::goods)
                .collect(Collectors.joining("、")));
        v.put("caseValue", amount(c.caseValue()));
        v.put("illegalGains", amount(c.illegalGains()));
        v.put("illegalBusinessAmount", amount(c.illegalBusinessAmount()));
        v.put("caseValueText", yuan(c.caseValue()));
        v.put("illegalGainsText", yuan(c.illegalGains()));
        v.put("illegalBusinessAmountText", yuan(c.illegalBusinessAmount()));
        v.put("facts", orDash(c.facts()));
        v.put("factsSentence", sentence(c.facts()));
        // 罪名 of the catalogue with its article (涉嫌罪名：假冒注册商标罪（《中华人民共和国刑法》第二百一十三条）)
        CriminalCharge named = CriminalCharge.resolve(charge).orElse(null);
        v.put("charge", named != null ? named.cited() : charge == null || charge.isBlank() ? "—" : charge.strip());
        v.put("crime", named != null ? named.chargeName() : charge == null || charge.isBlank() ? "犯罪" : charge.strip());
        v.put("officers", c.officers().stream().map(HandlingOfficer::displayName).collect(Collectors.joining("、")));
        v.put("receiver", receiver);
        v.put("today", today.format(CHINESE_DATE));
        PenaltyDecision d = c.decision();
        v.put("decisionNumber", d == null ? "" : d.decisionNumber());
        v.put("legalBasis", d == null ? "" : orDash(d.legalBasis()));
        v.put("fineAmount", d == null ? "" : amount(d.fineAmount()));
        v.put("decidedOn", d == null || d.decidedOn() == null ? "" : d.decidedOn().format(CHINESE_DATE));
        v.put("penalty", d == null ? "" : penalty(d));
        if (d != null && d.facts() != null && !d.facts().isBlank()) {
            v.put("facts", d.facts());
        }
        return v;
    }

    /** "青花郎酒 2,060瓶": name, quantity (grouped, no trailing zeros) and unit apart. */
    static String goods(SeizedGoods g) {
        String quantity = g.quantity() == null ? "" : grouped(g.quantity());
        return (g.name() + " " + quantity + nz(g.unitLabel())).strip();
    }

    /** The case as a letter names it before "一案": its title without a trailing 案 or 一案. */
    static String caseName(String title) {
        String t = title == null ? "" : title.strip();
        if (t.endsWith("一案")) {
            return t.substring(0, t.length() - 2);
        }
        return t.endsWith("案") ? t.substring(0, t.length() - 1) : t;
    }

    /** A 移送书's 文号 beside the case number: 黎工商处〔2026〕12号 → 黎工商移〔2026〕12号. */
    static String letterNumber(String caseNumber) {
        if (caseNumber == null) {
            return "";
        }
        int bracket = caseNumber.indexOf('〔');
        if (bracket < 0) {
            return caseNumber;
        }
        String abbreviation = caseNumber.substring(0, bracket);
        String base = abbreviation.endsWith("处") ? abbreviation.substring(0, abbreviation.length() - 1) : abbreviation;
        return base + "移" + caseNumber.substring(bracket);
    }

    /** "12,345.00", "—" when unknown. */
    static String amount(BigDecimal v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.2f", v);
    }

    /** "12,345.00元", "—" when unknown. */
    static String yuan(BigDecimal v) {
        return v == null ? "—" : amount(v) + "元";
    }

    private static String grouped(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols
                .getInstance(Locale.ROOT));
        return f.format(s.scale() < 0 ? s.setScale(0) : s);
    }

    /** The facts as a sentence ending in 。 (nothing when there are none). */
    private static String sentence(String facts) {
        if (facts == null || facts.isBlank()) {
            return "";
        }
        String f = facts.strip().replaceFirst("^经查[，,：:]", "");
        return f.endsWith("。") ? f : f.replaceAll("[，,；;.]$", "") + "。";
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static String penalty(PenaltyDecision d) {
        return d.kinds().stream().map(k -> switch (k) {
            case WARNING -> "警告";
            case REPRIMAND -> "通报批评";
            case FINE -> "罚款" + amount(d.fineAmount()) + "元";
            case CONFISCATION_OF_GAINS -> "没收违法所得";
            case CONFISCATION_OF_GOODS -> "没收侵权商品";
            case SUSPENSION_OF_BUSINESS -> "责令停产停业";
            case LICENCE_REVOCATION -> "吊销许可证照";
            case OTHER -> "其他";
        }).collect(Collectors.joining("、"));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

}
