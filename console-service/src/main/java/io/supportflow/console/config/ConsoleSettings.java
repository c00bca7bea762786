package io.supportflow.console.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console pages' settings (application.yml, supportflow.console.*).
 *
 * @param intakeUrl where intake's API answers: sign-in asks it who a key is; actions go there
 * @param intakeTimeout how long one call to intake may take
 * @param zone the time zone pages show times in
 * @param live how long one live connection (server-sent events, queue or case page) stays open before
 *     the browser reconnects
 * @param sessionKey the key (32 bytes, base64) that seals the page sessions in Mongo, the same on every
 *     instance; blank: each instance draws its own, and sessions stay with it
 */
@ConfigurationProperties("supportflow.console")
record ConsoleSettings(
    @DefaultValue("http://localhost:8080") URI intakeUrl,
    @DefaultValue("5s") Duration intakeTimeout,
    @DefaultValue("UTC") ZoneId zone,
    @DefaultValue("10m") Duration live,
    @DefaultValue("") String sessionKey,
    @DefaultValue SignIn signIn) {

  /**
   * @param maxFailures wrong keys one client may try within {@code window} before it must wait
   * @param maxClients how many failing clients are remembered at most
   */
  record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration window,
      @DefaultValue("10000") int maxClients) {}
}
