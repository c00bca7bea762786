package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.ConsoleUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in form (Spring Security takes its POST), the start page by role, and the refusal page. */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
    model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
    model.addAttribute("expired", request.getParameterMap().containsKey("expired"));
    model.addAttribute("problem", switch (error == null ? "" : error) {
      case "wrong-key" -> "That key was not accepted. Use your own agent or customer key.";
      case "throttled" -> "Too many wrong keys from here. Wait a few minutes and try again.";
      case "unavailable" -> "Sign-in is not possible right now (intake did not answer). Try again shortly.";
      default -> null;
    });
    return "sign-in";
  }

  @GetMapping("/")
  String start(@AuthenticationPrincipal SignedIn me) {
    return me.user().role() == ConsoleUser.Role.AGENT ? "redirect:/queue" : "redirect:/customer";
  }

  /** Where Spring Security forwards a refused request (a missing CSRF token, a page of the other role). */
  @RequestMapping("/refused")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "refused";
  }
}
