package org.shuangda.complaints.web;

import java.util.List;
import org.shuangda.complaints.Category;
import org.shuangda.complaints.Channel;
import org.shuangda.complaints.FilerKind;
import org.shuangda.complaints.Track;
import org.shuangda.organization.Region;
import org.shuangda.organization.RegionLevel;
import org.shuangda.organization.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the filing forms offer; places from {@code shuangda.complaints.public.region-root} down to counties. */
@Component
class FormOptions {

    private final Regions regions;
    private final String root;

    FormOptions(Regions regions, @Value("${shuangda.complaints.public.region-root:140000}") String root) {
        this.regions = regions;
        this.root = root;
    }

    void addTo(Model model) {
        model.addAttribute("tracks", Track.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("filerKinds", FilerKind.values());
        model.addAttribute("channels", Channel.agentChannels());
        model.addAttribute("regions", places());
    }

    List<Region> places() {
        return regions.find(root).map(r -> regions.within(r.path(), RegionLevel.COUNTY)).orElse(List.of());
    }
}
