package org.shuangda.sampling.web;

import org.shuangda.sampling.PublishedSamplingResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of sampling, without signing in (检测结果及时向社会公布): the results the rules publish, only once
 * final (a failure after its re-test window closed), failed first, persons masked
 * ({@link PublishedSamplingResults}); one business's results by its unified social credit code.
 */
@Controller
class PublicSamplingPages {

    private final PublishedSamplingResults results;

    PublicSamplingPages(PublishedSamplingResults results) {
        this.results = results;
    }

    @GetMapping("/public/sampling")
    String index(@RequestParam(required = false) String uscc, Model model) {
        boolean byEntity = uscc != null && !uscc.isBlank();
        model.addAttribute("uscc", byEntity ? uscc.strip() : "");
        model.addAttribute("results", byEntity ? results.ofEntity(uscc) : results.latest(200));
        return "sampling/public";
    }
}
