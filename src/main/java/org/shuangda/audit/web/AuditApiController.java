package org.shuangda.audit.web;

import org.shuangda.audit.AuditChain;
import org.shuangda.audit.ChainVerification;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail on the API: the chain check, for monitoring and for an external anchor of the head hash. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditChain chain;

    AuditApiController(AuditChain chain) {
        this.chain = chain;
    }

    /**
     * Recomputes the whole chain ({@code AUDIT_VIEW}, else 403). Answers
     * {@code {"intact":true,"checkedEntries":1234,"headId":1234,"headHash":"…"}} or, when broken,
     * {@code {"intact":false,"firstBrokenId":42,"problem":"CONTENT_CHANGED","reason":"entry 42: content changed",…}}.
     */
    @GetMapping("/verify")
    ChainVerification verify(Actor me) {
        return chain.verify(me);
    }
}
