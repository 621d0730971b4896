package org.shuangda.credit.record.web;

import org.shuangda.credit.record.CreditRecords;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The entity's credit record page (信用档案), linked from the entity page. */
@Controller
class CreditRecordPages {

    private final CreditRecords records;

    CreditRecordPages(CreditRecords records) {
        this.records = records;
    }

    @GetMapping("/credit/entities/{id}")
    String record(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("record", records.of(me, id));
        return "credit/record";
    }
}
