package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.CaseIncidents;
import io.supportflow.console.application.CaseNotFoundException;
import io.supportflow.console.application.IntakeRefusedException;
import io.supportflow.console.application.IntakeUnavailableException;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.application.WorkCase;
import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.ClockTimeline;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case for an agent: thread, files, decision, clocks as a timeline, escalations and mails,
 * kept current by a live stream of that case's changes; and the actions, each a plain form POST forwarded to intake with the agent's own key, then back
 * to the page with what happened (or why intake refused, in plain words).
 */
@Controller
record CasePageController(WorkCase work, LiveUpdates live, Clock clock, CaseIncidents incidents) {

  static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

  @GetMapping("/cases/{caseNumber}")
  String show(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, Model model) {
    caseModel(me, caseNumber, model);
    model.addAttribute("priorities", QueueFilter.PRIORITIES);
    return "case";
  }

  /** What changes on the page as the case changes (facts, clocks, thread, escalations, mails), for htmx. */
  @GetMapping("/cases/{caseNumber}/live")
  String liveParts(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, Model model) {
    caseModel(me, caseNumber, model);
    return "case :: live";
  }

  /**
   * One event per change of this case, only if the person may see it (another tenant's case
   * answers 404 as its page does); the data is the case number only.
   */
  @GetMapping(path = "/cases/{caseNumber}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, HttpSession session)
      throws IOException {
    String number = work.visible(me, checked(caseNumber)).caseNumber();
    return live.open(me, session.getId(), summary -> number.equals(summary.caseNumber()));
  }

  private void caseModel(SignedIn me, String caseNumber, Model model) {
    CaseView view = work.visible(me, checked(caseNumber));
    model.addAttribute("c", view);
    model.addAttribute("timeline", ClockTimeline.of(view, clock.instant()));
    model.addAttribute("incident", incidents.of(view.tenantId(), view.caseId()).orElse(null));
  }

  @PostMapping("/cases/{caseNumber}/responses")
  String respond(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber,
      @RequestParam String message, @RequestParam(defaultValue = "public") String visibility, RedirectAttributes flash) {
    return act(me, caseNumber, new CaseAction.Respond(message, !"internal".equals(visibility)), flash);
  }

  @PostMapping("/cases/{caseNumber}/priority")
  String priority(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber,
      @RequestParam String priority, @RequestParam(defaultValue = "false") boolean customerConsent,
      @RequestParam String reason, RedirectAttributes flash) {
    return act(me, caseNumber, new CaseAction.ChangePriority(priority, customerConsent, reason), flash);
  }

  /** The status changes, each with an optional reason (hold asks for one in the form). */
  @PostMapping("/cases/{caseNumber}/{change:hold|resume|resolve|close}")
  String change(@AuthenticationPrincipal SignedIn me, @PathVariable String caseNumber, @PathVariable String change,
      @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    CaseAction action = switch (change) {
      case "hold" -> new CaseAction.Hold(reason);
      case "resume" -> new CaseAction.Resume(reason);
      case "resolve" -> new CaseAction.Resolve(reason);
      default -> new CaseAction.Close(reason);
    };
    return act(me, caseNumber, action, flash);
  }

  private String act(SignedIn me, String caseNumber, CaseAction action, RedirectAttributes flash) {
    String number = checked(caseNumber);
    outcome(flash, () -> work.act(me, number, action), action.done());
    return "redirect:/cases/" + number;
  }

  /** Runs a forwarded action and leaves the page a notice: done, or why not in plain words. */
  static void outcome(RedirectAttributes flash, Runnable call, String done) {
    try {
      call.run();
      flash.addFlashAttribute("notice", done);
    } catch (IntakeRefusedException refused) {
      flash.addFlashAttribute("refusal", refused.plainWords());
    } catch (IntakeUnavailableException unavailable) {
      flash.addFlashAttribute("refusal", "Intake could not be reached, so nothing was recorded. Try again shortly.");
    }
  }

  static String checked(String caseNumber) {
    if (!CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new CaseNotFoundException("(malformed)");
    }
    return caseNumber;
  }
}
