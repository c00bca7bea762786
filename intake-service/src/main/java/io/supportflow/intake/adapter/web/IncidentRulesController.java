package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.incidents.IncidentRuleSettings;
import io.supportflow.intake.domain.incident.AlertRefiring;
import io.supportflow.intake.domain.incident.IncidentRules;
import io.supportflow.intake.domain.incident.ProductSurge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's rules that open major incidents by themselves (agent keys): each null (off, the
 * default) or set. docs/policies.md says what they do.
 */
@RestController
@RequestMapping(path = "/api/v1/agent/incident-rules", produces = "application/json")
@Tag(name = "Major incidents", description = "One incident across many cases: link, update, resolve")
public record IncidentRulesController(IncidentRuleSettings settings) {

  record Surge(@NotNull Integer cases, @NotNull Integer withinMinutes) {}

  record Refiring(@NotNull Integer firings, @NotNull Integer withinMinutes) {}

  record RulesBody(@Valid Surge productSurge, @Valid Refiring alertRefiring) {

    static RulesBody of(IncidentRules r) {
      ProductSurge s = r.productSurge();
      AlertRefiring a = r.alertRefiring();
      return new RulesBody(s == null ? null : new Surge(s.cases(), (int) s.within().toMinutes()),
          a == null ? null : new Refiring(a.firings(), (int) a.within().toMinutes()));
    }
  }

  @Operation(summary = "The tenant's incident rules")
  @GetMapping
  RulesBody read(@AuthenticationPrincipal CallerPrincipal agent) {
    return RulesBody.of(settings.rules(agent.tenantId()));
  }

  @Operation(summary = "Set the tenant's incident rules",
      description = "productSurge: {cases (2-1000), withinMinutes (1-1440)}: that many cases of the tenant's customers on "
          + "one product (as contracts identified it) within the minutes are one incident. alertRefiring: {firings "
          + "(2-100), withinMinutes}: one alert starting that many episodes within the minutes becomes an incident. "
          + "null turns a rule off.")
  @PutMapping(consumes = "application/json")
  RulesBody replace(@AuthenticationPrincipal CallerPrincipal agent, @Valid @RequestBody RulesBody body) {
    IncidentRules rules = new IncidentRules(
        body.productSurge() == null ? null
            : new ProductSurge(body.productSurge().cases(), Duration.ofMinutes(body.productSurge().withinMinutes())),
        body.alertRefiring() == null ? null
            : new AlertRefiring(body.alertRefiring().firings(), Duration.ofMinutes(body.alertRefiring().withinMinutes())));
    settings.save(agent.tenantId(), rules);
    return RulesBody.of(rules);
  }
}
