package org.shuangda.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizen's front door, no login: 我要举报/投诉/咨询, 查询办理进度 and 行政处罚信息公示, linked from the sign-in
 * page. A new public page adds its entry to {@code templates/public/index.html} and {@code public/bar.html}.
 */
@Controller
class PublicLanding {

    @GetMapping({"/public", "/public/"})
    String landing() {
        return "public/index";
    }
}
