package org.shuangda.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.shuangda.complaints.RerouteApprovals;
import org.shuangda.complaints.RerouteRequest;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 转办 to oneself waiting for the unit head: the API beside the page ({@link RerouteRequestPages}). */
@RestController
@Tag(name = "Filings", description = "投诉举报: complaints, tips and enquiries from hotlines and call-centre systems")
class RerouteRequestApi {

    private final RerouteApprovals approvals;

    RerouteRequestApi(RerouteApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/api/v1/filings/reroute-requests")
    @Operation(summary = "转办 to oneself waiting for the unit head (FILING_APPROVE over the target unit)")
    List<RerouteRequest> api(Actor me) {
        return approvals.list(me);
    }

    @PostMapping("/api/v1/filings/reroute-requests/{id}/{decision:approve|refuse}")
    @Operation(summary = "Approve (the filing moves) or refuse (body {note}, required) a pending 转办")
    RerouteRequest apiDecide(Actor me, @PathVariable long id, @PathVariable String decision,
            @RequestBody(required = false) Map<String, Object> body) {
        Object note = body == null ? null : body.get("note");
        return RerouteRequestPages.take(approvals, me, id, decision, note == null ? null : String.valueOf(note));
    }

}
