package io.supportflow.delivery;

import java.nio.file.Path;
import java.util.List;

/** The six services as the chart and the images must know them (ports from the README's table). */
record Services(String key, String name, int port, String mainClass, boolean consumer) {

  static final List<Services> ALL =
      List.of(
          new Services("intake", "intake-service", 8080, "io.supportflow.intake.IntakeApplication", false),
          new Services("contracts", "contracts-service", 8082, "io.supportflow.contracts.ContractsApplication", true),
          new Services("sla", "sla-service", 8083, "io.supportflow.sla.SlaApplication", true),
          new Services("escalation", "escalation-service", 8084, "io.supportflow.escalation.EscalationApplication", true),
          new Services("notification", "notification-service", 8085, "io.supportflow.notification.NotificationApplication", true),
          new Services("console", "console-service", 8086, "io.supportflow.console.ConsoleApplication", true));

  String fullname() {
    return Chart.RELEASE + "-" + name;
  }

  Path applicationYml() {
    return Chart.ROOT.resolve(name).resolve("src/main/resources/application.yml");
  }

  Path imageTar() {
    return Chart.ROOT.resolve(name).resolve("target/jib-image.tar");
  }
}
