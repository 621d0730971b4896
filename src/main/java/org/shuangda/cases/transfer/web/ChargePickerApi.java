package org.shuangda.cases.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.cases.CriminalCharge;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.PickerOption;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 罪名 picker of the transfer form: the catalogue ({@link CriminalCharge}) searched by name, article (第二百一十三条
 * or 213) or code, in the order of the 刑法. The catalogue is law, no one's data; it is offered to whoever may
 * propose a transfer.
 */
@RestController
@RequestMapping("/api/v1/pickers/charges")
@Tag(name = "Pickers")
class ChargePickerApi {

    @GetMapping
    @Operation(summary = "罪名 of the catalogue matching a name, article or code, for the transfer form's picker",
            description = "Each option: the code (what a transfer stores), the name, and its article of the 刑法.")
    List<PickerOption> search(Actor me, @Parameter(description = "part of a name, an article (第二百一十三条, 213) or a code")
            @RequestParam(required = false) String q, @Parameter(description = "1 to 20, default 20")
            @RequestParam(required = false) Integer limit) {
        me.require(Permission.CASE_HANDLE);
        return CriminalCharge.search(q).stream().limit(limit == null ? PickerOption.MAX_LIMIT : PickerOption.limit(limit))
                .map(c -> new PickerOption(c.name(), c.chargeName(), c.citation())).toList();
    }
}
