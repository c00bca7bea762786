package io.supportflow.console.application;

import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.ConsoleUser;
import java.util.Optional;

/**
 * Intake's API, called with the signed-in person's own key: intake names the key's holder and
 * records every action, so the console keeps no key store and writes nothing itself.
 * Every call throws {@link IntakeRefusedException} when intake answers with a problem, and
 * {@link IntakeUnavailableException} when it cannot be reached.
 */
public interface Intake {

  /** The holder of the key; empty when intake does not know it. */
  Optional<ConsoleUser> whoAmI(String key);

  /** Forwards an agent's action on a case of the key's tenant. */
  void act(String key, String caseNumber, CaseAction action);

  /** A customer's reply to one of its own cases. */
  void reply(String key, String caseNumber, String message);

  /** A customer opens a request; answers the new case's number. */
  String openRequest(String key, NewRequest request);

  /** A request as a customer fills it in on its page. */
  record NewRequest(String reporterName, String reporterEmail, String subject, String description, String severity) {}
}
