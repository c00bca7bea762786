package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.CaseQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agents' queue: open cases soonest deadline first, filtered by a GET form; the browser keeps
 * one server-sent-event stream open and re-reads the rows (htmx) whenever a case of the tenant changes.
 */
@Controller
record QueueController(BrowseCases cases, LiveUpdates live, Clock clock) {

  @GetMapping("/queue")
  String queue(@AuthenticationPrincipal SignedIn me, QueueFilter filter, Model model) {
    rows(me, filter, model);
    model.addAttribute("statuses", QueueFilter.STATUSES);
    model.addAttribute("priorities", QueueFilter.PRIORITIES);
    model.addAttribute("channels", QueueFilter.CHANNELS);
    return "queue";
  }

  /** The results alone, for htmx: after a filter change and after each live change. */
  @GetMapping("/queue/rows")
  String rows(@AuthenticationPrincipal SignedIn me, QueueFilter filter, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    rows(me, filter, model);
    String query = request.getQueryString();
    response.setHeader("HX-Push-Url", "/queue" + (query == null || query.isEmpty() ? "" : "?" + query));
    return "queue :: results";
  }

  private void rows(SignedIn me, QueueFilter filter, Model model) {
    CaseQuery query = filter.query();
    model.addAttribute("filter", filter);
    model.addAttribute("page", cases.search(me, query));
    model.addAttribute("now", clock.instant());
    model.addAttribute("window", query.atRiskWithin());
  }

  /** One event per change of a case the person may see; the data is the case number only. */
  @GetMapping(path = "/queue/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@AuthenticationPrincipal SignedIn me, HttpSession session) throws IOException {
    return live.open(me, session.getId(), summary -> true);
  }
}
