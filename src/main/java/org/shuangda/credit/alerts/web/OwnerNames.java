package org.shuangda.credit.alerts.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.shuangda.organization.Regions;
import org.shuangda.shared.ConfigOwner;

/** The names of the levels keeping measures and rules, by region path (山西省 长治市 黎城县), for the pages. */
final class OwnerNames {

    private OwnerNames() {
    }

    static Map<String, String> of(Regions regions, Collection<ConfigOwner> owners) {
        Map<String, String> out = new HashMap<>();
        for (ConfigOwner o : owners) {
            if (!o.national()) {
                String code = o.regionCode();
                String name = regions.fullName(code);
                out.put(o.regionPath(), name == null || name.isBlank() ? code : name);
            }
        }
        return out;
    }
}
