package org.shuangda.complaints.web;

import org.shuangda.complaints.Category;
import org.shuangda.complaints.Channel;
import org.shuangda.complaints.FilerKind;
import org.shuangda.complaints.Track;
import org.shuangda.organization.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the filing forms offer. 发生地 is the cascading region picker below
 * {@code shuangda.complaints.public.region-root} (140000); the public form starts at
 * {@code shuangda.complaints.public.region-start} (140400 长治市), the hotline form at the agent's own region.
 */
@Component
class FormOptions {

    private final Regions regions;
    private final String root;
    private final String start;

    FormOptions(Regions regions, @Value("${shuangda.complaints.public.region-root:140000}") String root,
            @Value("${shuangda.complaints.public.region-start:140400}") String start) {
        this.regions = regions;
        this.root = root.strip();
        this.start = start.strip();
    }

    /** Where the public form's 发生地 starts: the configured region when it lies below the root, else nothing. */
    String start() {
        return regions.find(start).filter(r -> regions.find(root).map(top -> r.path().startsWith(top.path())
                && !r.code().equals(top.code())).orElse(false)).map(r -> r.code()).orElse("");
    }

    void addTo(Model model) {
        model.addAttribute("tracks", Track.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("filerKinds", FilerKind.values());
        model.addAttribute("channels", Channel.agentChannels());
        model.addAttribute("regionRoot", regions.find(root).isPresent() ? root : "");
    }
}
