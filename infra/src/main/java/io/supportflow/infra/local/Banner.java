package io.supportflow.infra.local;

import io.supportflow.infra.stack.PlatformService;
/** What a person needs once the stack is up: where things are, how to log in, what to try. */
final class Banner {

  private Banner() {}

  static String render(LaunchOptions options, DemoCredentials credentials) {
    StringBuilder text = new StringBuilder();
    String host = LocalStack.HOST;
    text.append(
        """

        SupportFlow local stack is up (data in %s; logs in %s)

          Kafka                %s:%d
          Schema registry      http://%s:%d/apis/ccompat/v7
          MongoDB              mongodb://%s:%d
          SMTP / IMAP          %s:%d / %s:%d
        """
            .formatted(
                options.dataDir(), options.dataDir().resolve("logs"),
                host, LocalStack.KAFKA_PORT,
                host, LocalStack.REGISTRY_PORT,
                host, LocalStack.MONGO_PORT,
                host, LocalStack.SMTP_PORT, host, LocalStack.IMAP_PORT));
    if (options.infraOnly()) {
      text.append(
          """

          Infrastructure only: run a service from your IDE with KAFKA_BOOTSTRAP, SCHEMA_REGISTRY_URL,
          MONGODB_URI, SMTP_HOST and SMTP_PORT set as above.
          """);
    } else {
      text.append("  Service JVMs         %s profile (%s)%n"
          .formatted(options.profile().label(), String.join(" ", options.profile().options())));
      for (PlatformService service : options.services()) {
        text.append("  %-20s http://%s:%d   health and metrics: http://%s:%d/actuator/health, /actuator/prometheus%n"
            .formatted(service.instanceName(), host, service.port(), host, service.managementPort()));
      }
    }
    String contactLogin = LocalStack.DEMO_CONTACT + ":" + credentials.contactMailboxPassword();
    text.append(
        """

          Console              http://%s:%d  (sign in with the agent key, or the customer key)
          Demo tenant          %s
          API key              %s  (integration: opens requests)
          Agent key            %s  (support engineer: console sign-in, /api/v1/agent/..., SLA clocks)
          Customer key         %s  (Northwind: console sign-in, reads and answers its own cases)
          Admin key            %s  (contracts admin API: /api/v1/admin/tenants/%s/..., keys included)
          Operator key         %s  (contracts operator API: POST /api/v1/operator/tenants creates a tenant)
          Phone webhook secret %s  (HMAC-SHA256, header X-SupportFlow-Signature)
          Mailbox              %s  (IMAP login %s, password %s)
          Desk mailbox         %s  (IMAP login %s, password %s; mail sent here opens a case)

        Raise a P1 request:
          curl -s -X POST http://%s:8080/api/v1/requests -H 'Content-Type: application/json' -H 'X-API-Key: %s' -d '{"reporter":{"name":"Olivia Ops","email":"%s"},"subject":"Checkout is down","description":"All web shops return HTTP 500 since 09:12.","severity":"P1"}'

        Read the contact's first mail:
          curl -s --url 'imap://%s:%d/INBOX;UID=1' --user '%s'

        Ctrl-C stops everything.
        """
            .formatted(
                host, LocalStack.CONSOLE_PORT,
                LocalStack.DEMO_TENANT,
                credentials.apiKey(),
                credentials.agentKey(),
                credentials.customerKey(),
                credentials.adminKey(), LocalStack.DEMO_TENANT,
                credentials.operatorKey(),
                credentials.phoneSecret(),
                LocalStack.DEMO_CONTACT, LocalStack.DEMO_CONTACT, credentials.contactMailboxPassword(),
                LocalStack.DESK_ADDRESS, LocalStack.DESK_ADDRESS, credentials.deskMailboxPassword(),
                host, credentials.apiKey(), LocalStack.DEMO_CONTACT,
                host, LocalStack.IMAP_PORT, contactLogin));
    return text.toString();
  }
}
