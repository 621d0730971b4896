package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangda.reporting.rounds.BulkAcceptance;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** 全部采用 for API clients: {@code POST /api/v1/rounds/{id}/accept-all} (the page's button: {@code RoundPages}). */
@RestController
@Tag(name = "Reporting rounds 报送批次")
class BulkAcceptanceApi {

    private final BulkAcceptance bulk;

    BulkAcceptanceApi(BulkAcceptance bulk) {
        this.bulk = bulk;
    }

    @PostMapping("/api/v1/rounds/{id}/accept-all")
    @Operation(summary = "Accept every submitted report of the round in the caller's scope that passes the rules "
            + "(REPORT_REVIEW)", description = "Each is accepted and audited on its own; answers the units accepted "
            + "and the submissions left, with how many rules each breaks (0: it changed meanwhile)")
    BulkAcceptance.Result acceptAll(Actor me, @PathVariable long id) {
        return bulk.acceptAll(me, id);
    }
}
