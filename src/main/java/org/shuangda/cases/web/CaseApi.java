package org.shuangda.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.shuangda.cases.CaseAction;
import org.shuangda.cases.CaseAttachments;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CasePage;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseStatus;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PartyIdentity;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "案件: register, correct, lifecycle steps, clocks (办案期限, 查封扣押), 督办; scoped to the handling unit")
class CaseApi {

    /**
     * The body of a step, each step reading its fields: {@code reason} (不予处罚, 撤销立案, 结案, 报告进展; the pause
     * reason code for clock/pause), {@code note}, {@code approval}, {@code collectiveDecision}, {@code at}
     * (查封扣押), {@code everyWorkingDays} (督办), and the decision's fields for decide (with {@code mitigated},
     * {@code aggravated} and the {@code seriousListing} proposal).
     */
    record StepRequest(String reason, String note, String approval, String collectiveDecision, LocalDateTime at,
            Integer everyWorkingDays, String decisionNumber, Procedure procedure, List<PenaltyKind> kinds,
            BigDecimal fineAmount, String legalBasis, String facts, LocalDate decidedOn,
            org.shuangda.cases.SeizureMeasure measure, String place, List<org.shuangda.cases.SeizureItem> items,
            LocalDate releasedOn, org.shuangda.cases.SeizureDisposal disposal, Boolean mitigated, Boolean aggravated,
            org.shuangda.cases.SeriousListingProposal seriousListing) implements StepInput {

        static final StepRequest EMPTY = new StepRequest(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);

        /** 查封扣押: measure, place, decisionNumber (blank: numbered), decidedOn, items. */
        @Override
        public org.shuangda.cases.SeizureRecord.Order seizureOrder() {
            return new org.shuangda.cases.SeizureRecord.Order(measure, place, decisionNumber, decidedOn,
                    items == null ? List.of() : items);
        }

        @Override
        public PauseReason pauseReason() {
            try {
                return reason == null ? null : PauseReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("reason", "error.required");
            }
        }

        @Override
        public LocalDateTime seizedAt() {
            return at;
        }

        @Override
        public int reportEvery() {
            return everyWorkingDays == null ? 0 : everyWorkingDays;
        }

        @Override
        public String progress() {
            return reason;
        }

        @Override
        public PenaltyDecision decision() {
            return new PenaltyDecision(decisionNumber, procedure == null ? Procedure.GENERAL : procedure, kinds,
                    fineAmount, legalBasis, facts, decidedOn, Boolean.TRUE.equals(mitigated),
                    Boolean.TRUE.equals(aggravated), seriousListing);
        }
    }

    private final Cases cases;
    private final CaseActions actions;
    private final CaseClocks clocks;
    private final CaseAttachments attachments;
    private final PartyIdentity partyIdentity;
    private final ClientAddress clientAddress;

    /** Why the caller opens a party's full ID number (4–500 characters). */
    record Reveal(String reason) {
    }

    /** A party's full ID number. */
    record PartyIdNumber(int party, String idNumber) {
    }

    private final PartyCreditAlerts creditAlerts;

    CaseApi(Cases cases, CaseActions actions, CaseClocks clocks, CaseAttachments attachments,
            PartyIdentity partyIdentity, ClientAddress clientAddress, PartyCreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.partyIdentity = partyIdentity;
        this.clientAddress = clientAddress;
        this.cases = cases;
        this.actions = actions;
        this.clocks = clocks;
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "Cases the caller may see, newest first; fuzzy q over number, title, parties, goods and facts")
    CasePage list(Actor me, @RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseQuery.ClockState clock, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return cases.list(me, new CaseQuery(q, status, category, clock, unit, null, page, size));
    }

    @PostMapping("/{id}/parties/{party}/id-number")
    @Operation(summary = "A natural-person party's full ID number (party: 0-based as listed) for a handling officer of "
            + "the case, with {\"reason\": \"…\"} (4–500 characters, else 422; 403 for anyone else); stored on the "
            + "unit head's review list and audited")
    PartyIdNumber partyIdNumber(Actor me, @PathVariable long id, @PathVariable int party,
            @RequestBody(required = false) Reveal body, HttpServletRequest request) {
        return new PartyIdNumber(party, partyIdentity.reveal(me, id, party, body == null ? null : body.reason(),
                clientAddress.of(request)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its timeline and clocks (ID numbers masked)",
            description = "`creditAlerts`: for each business party on a credit blacklist (严重违法失信名单, 经营异常名录), "
                    + "the listing and the joint punishment measures that apply (empty without CREDIT_VIEW).")
    CaseJson one(Actor me, @PathVariable long id) {
        return json(me, cases.find(me, id));
    }

    @PostMapping
    @Operation(summary = "立案: register a case (CASE_HANDLE; at least two handling officers of the unit)")
    ResponseEntity<CaseJson> create(Actor me, @RequestBody CaseDraft draft) {
        CaseJson saved = json(me, cases.register(me, draft));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + saved.caseRecord().id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a case's details before the decision; send the version you read",
            description = "A natural person sent without an ID number, where the same person (by name) stood at the "
                    + "same place, keeps the stored number: the API returns it only masked.")
    CaseJson update(Actor me, @PathVariable long id, @RequestParam int version, @RequestBody CaseDraft draft) {
        return json(me, cases.update(me, id, draft, version));
    }

    @PostMapping("/{id}/{*step}")
    @Operation(summary = "A step of the case: investigate, notify, decide, no-penalty, revoke, execute, close, "
            + "clock/pause, clock/resume, clock/extend, seizure, seizure/extend, seizure/release, supervise, "
            + "end-supervision, progress",
            description = "立案 → 调查取证 (investigate) → 告知/听证 (notify: needs facts and the case value) → 处罚决定 "
                    + "(decide: general procedure after notice, simple procedure straight from investigation) → 执行 "
                    + "(execute) → 结案 (close, with a summary); 不予处罚 (no-penalty) and 撤销立案 (revoke) with the "
                    + "reason. The decision clock pauses (suspension, hearing, testing, notice period), resumes and is "
                    + "extended +30 days (CASE_APPROVE; a further extension also needs the collective decision); "
                    + "查封扣押 (30 days) is extended once (CASE_APPROVE) and released; 督办 asks for progress every N "
                    + "working days (CASE_SUPERVISE). A step the case's state does not allow answers 422 on status.")
    CaseJson step(Actor me, @PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) StepRequest body) {
        CaseAction action = Arrays.stream(CaseAction.values()).filter(CaseAction::onCasePage)
                .filter(a -> step.equals("/" + apiPath(a)))
                .findFirst().orElseThrow(() -> new NotFoundProblem("case action", step));
        return json(me, actions.take(me, id, action, body == null ? StepRequest.EMPTY : body));
    }

    /** Where each step is posted under {@code /api/v1/cases/{id}/}; the clock and seizure steps are grouped. */
    static String apiPath(CaseAction action) {
        return switch (action) {
            case PAUSE -> "clock/pause";
            case RESUME -> "clock/resume";
            case EXTEND -> "clock/extend";
            case SEIZE -> "seizure";
            case EXTEND_SEIZURE -> "seizure/extend";
            case RELEASE -> "seizure/release";
            default -> action.slug();
        };
    }

    @PostMapping(value = "/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Add an evidence file (PDF, DOCX, XLSX, JPG, PNG; ≤ 20 MB; checked by content)")
    ResponseEntity<CaseAttachments.Attachment> attach(Actor me, @PathVariable long id,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "attachment.empty");
        }
        var saved = attachments.add(me, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The case's evidence files")
    List<CaseAttachments.Attachment> attachments(Actor me, @PathVariable long id) {
        return attachments.list(me, id);
    }

    private CaseJson json(Actor me, CaseView c) {
        return new CaseJson(c, clocks.decision(c).orElse(null), clocks.seizure(c).orElse(null),
                creditAlerts.of(me, c));
    }
}
