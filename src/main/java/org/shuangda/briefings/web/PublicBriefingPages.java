package org.shuangda.briefings.web;

import org.shuangda.briefings.PublicBriefings;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An issued 通报 on the public portal: the office marks it public or withdraws it from its page; the public reads it
 * at {@code /public/briefings/{id}} (the portal's section 工作通报 lists them).
 */
@Controller
class PublicBriefingPages {

    private final PublicBriefings briefings;

    PublicBriefingPages(PublicBriefings briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/public/briefings/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("doc", briefings.document(id));
        return "briefings/public-document";
    }

    @PostMapping("/briefings/{id}/public")
    String publish(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        briefings.publish(me, id);
        redirect.addFlashAttribute("notice", "briefings.public.published");
        return "redirect:/briefings/" + id;
    }

    @PostMapping("/briefings/{id}/public/withdraw")
    String withdraw(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        briefings.withdraw(me, id);
        redirect.addFlashAttribute("notice", "briefings.public.withdrawn");
        return "redirect:/briefings/" + id;
    }
}
