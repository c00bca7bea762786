package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.Intake;
import io.supportflow.console.application.IntakeRefusedException;
import io.supportflow.console.application.IntakeUnavailableException;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.application.WorkCase;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseView;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's own pages: its cases however they were opened (the read side knows the customer
 * once contracts identified it), each with the thread entries meant for it, a reply form, and a
 * form to open a new request. Every read is scoped to the signed-in customer.
 */
@Controller
record CustomerPagesController(BrowseCases cases, WorkCase work, Intake intake) {

  private static final int PAGE_SIZE = 50;

  @GetMapping("/customer")
  String ownCases(@AuthenticationPrincipal SignedIn me, Model model) {
    CaseQuery all = new CaseQuery(Set.of(), Set.of(), me.user().customerIdOrNull(), null, null, CaseQuery.Risk.ANY,
        null, CaseQuery.Sort.RECEIVED, null, PAGE_SIZE);
    model.addAttribute("page", cases.search(me, all));
    return "customer-cases";
  }

  @GetMapping("/customer/cases/{caseNumber}")
  String ownCase(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, Model model) {
    CaseView view = work.visible(me, CasePageController.checked(caseNumber));
    model.addAttribute("c", view);
    model.addAttribute("thread", view.thread().stream().filter(CaseView.ThreadEntry::visibleToCustomer).toList());
    return "customer-case";
  }

  @PostMapping("/customer/cases/{caseNumber}/replies")
  String reply(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, @RequestParam String message,
      RedirectAttributes flash) {
    String number = CasePageController.checked(caseNumber);
    CasePageController.outcome(flash, () -> work.reply(me, number, message), "Your reply was sent.");
    return "redirect:/customer/cases/" + number;
  }

  @GetMapping("/customer/requests/new")
  String newRequest() {
    return "customer-request";
  }

  @PostMapping("/customer/requests")
  String open(@AuthenticationPrincipal SignedIn me, @RequestParam String name, @RequestParam String email,
      @RequestParam String subject, @RequestParam String description,
      @RequestParam(defaultValue = "") String severity, RedirectAttributes flash) {
    try {
      String number = intake.openRequest(me.key(), new Intake.NewRequest(name, email, subject, description, severity));
      flash.addFlashAttribute("notice", "Your request was received as case " + number + ".");
      return "redirect:/customer";
    } catch (IntakeRefusedException refused) {
      flash.addFlashAttribute("refusal", refused.plainWords());
    } catch (IntakeUnavailableException unavailable) {
      flash.addFlashAttribute("refusal", "Your request could not be sent right now. Try again shortly.");
    }
    return "redirect:/customer/requests/new";
  }
}
