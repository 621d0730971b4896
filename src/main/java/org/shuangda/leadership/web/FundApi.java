package org.shuangda.leadership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.shuangda.leadership.FundLedger;
import org.shuangda.leadership.FundPurpose;
import org.shuangda.leadership.Funds;
import org.shuangda.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaign funds (专项经费, issue 15): allocations, disbursements and spending per unit and purpose. */
@RestController
@RequestMapping("/api/v1/funds")
@Tag(name = "Funds 专项经费")
class FundApi {

    record AllocationBody(Long unitId, FundPurpose purpose, BigDecimal amount, String note) {
    }

    record MovementBody(Long unitId, FundPurpose purpose, BigDecimal amount, LocalDate happenedOn, String document,
            String note) {
    }

    private final Funds funds;

    FundApi(Funds funds) {
        this.funds = funds;
    }

    @GetMapping("/{campaignId}")
    @Operation(summary = "The campaign's funds: every unit's for the office, the caller's unit's otherwise",
            description = "inPlaceRate is 经费到位率 (disbursed ÷ allocated, percent)")
    FundLedger ledger(Actor me, @PathVariable long campaignId) {
        return funds.ledger(me, campaignId);
    }

    @PostMapping("/{campaignId}/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Allocate money to a unit for a purpose (the office)")
    FundLedger.Allocation allocate(Actor me, @PathVariable long campaignId, @RequestBody AllocationBody body) {
        return funds.allocate(me, campaignId, body.unitId(), body.purpose(), body.amount(), body.note());
    }

    @PostMapping("/{campaignId}/disbursements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a disbursement (拨付); 422 when the unit's disbursements would pass its allocation")
    FundLedger.Movement disburse(Actor me, @PathVariable long campaignId, @RequestBody MovementBody body) {
        return funds.disburse(me, campaignId, body.unitId(), body.purpose(), body.amount(), body.happenedOn(),
                body.document(), body.note());
    }

    @PostMapping("/{campaignId}/spendings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record spending (a unit its own, the office any unit's); 422 beyond what was disbursed")
    FundLedger.Movement spend(Actor me, @PathVariable long campaignId, @RequestBody MovementBody body) {
        return funds.spend(me, campaignId, body.unitId(), body.purpose(), body.amount(), body.happenedOn(),
                body.document(), body.note());
    }
}
