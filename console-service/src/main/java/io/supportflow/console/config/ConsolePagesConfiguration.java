package io.supportflow.console.config;

import com.mongodb.client.MongoDatabase;
import io.supportflow.console.adapter.intake.IntakeHttpClient;
import io.supportflow.console.adapter.persistence.MongoSessions;
import io.supportflow.console.adapter.persistence.SessionSeal;
import io.supportflow.console.adapter.web.page.KeySignIn;
import io.supportflow.console.adapter.web.page.LiveUpdates;
import io.supportflow.console.adapter.web.page.PageOptions;
import io.supportflow.console.adapter.web.page.RevokedKeySessions;
import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.Intake;
import io.supportflow.console.application.SignIn;
import io.supportflow.console.application.WorkCase;
import io.supportflow.console.domain.SignInThrottle;
import io.supportflow.web.SharedApiKeys;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.events.SessionDeletedEvent;

/**
 * The browser console: its pages, their session security and the use cases behind them.
 *
 * <p>A person signs in with their own intake key ({@link KeySignIn} asks intake who it is); the
 * session then carries who they are and the key, server-side only (in Mongo, sealed, so that every
 * instance serves every session: {@link MongoSessions}), and ends once the key no longer opens the
 * shared key store ({@link RevokedKeySessions}). The session cookie is HttpOnly
 * and SameSite=Strict (Secure behind TLS, see application.yml); every POST carries Spring
 * Security's CSRF token (a hidden field, or the X-CSRF-TOKEN header htmx sends from the page's
 * meta tag). This chain covers the page paths only; the JSON API under /api/** has its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
@EnableSpringHttpSession
@Import({
  KeySignIn.class,
  WorkCase.class,
  BrowseCases.class
})
class ConsolePagesConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ConsolePagesConfiguration.class);

  static final String[] PAGE_PATHS = {
    "/", "/sign-in", "/sign-out", "/refused", "/queue", "/queue/**", "/cases/**", "/reports/**",
    "/customer", "/customer/**", "/static/**", "/webjars/**", "/favicon.ico"
  };

  /** Only the app's own files: no inline script, no other origin (htmx and its SSE extension are served from webjars). */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
      + "object-src 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain consolePages(HttpSecurity http, KeySignIn keySignIn, SharedApiKeys keys) throws Exception {
    AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
    refused.setErrorPage("/refused");
    LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/sign-in");
    return http
        .securityMatcher(PAGE_PATHS)
        .authorizeHttpRequests(auth -> auth
            // A live stream's later dispatches were authorised when it opened.
            .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
            .requestMatchers("/sign-in", "/refused", "/static/**", "/webjars/**", "/favicon.ico").permitAll()
            .requestMatchers("/queue", "/queue/**", "/cases/**", "/reports/**").hasRole("AGENT")
            .requestMatchers("/customer", "/customer/**").hasRole("CUSTOMER")
            .requestMatchers("/", "/sign-out").authenticated()
            .anyRequest().denyAll())
        .authenticationProvider(keySignIn)
        .formLogin(form -> form
            .loginPage("/sign-in")
            .loginProcessingUrl("/sign-in")
            .passwordParameter("key")
            .defaultSuccessUrl("/", true)
            .failureHandler(keySignIn.failures()))
        .logout(logout -> logout
            .logoutUrl("/sign-out")
            .logoutSuccessUrl("/sign-in?signed-out")
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            .deleteCookies("SUPPORTFLOW_CONSOLE"))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        // A key revoked or expired since sign-in ends its session at the next request (docs/adr/0012).
        .addFilterAfter(new RevokedKeySessions(keys), SecurityContextHolderFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> {
              if (!RevokedKeySessions.sentHtmxToSignIn(request, response)) {
                signInPage.commence(request, response, ex);
              }
            })
            .accessDeniedHandler(refused))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }

  @Bean
  Intake intake(ConsoleSettings settings) {
    return new IntakeHttpClient(settings.intakeUrl(), settings.intakeTimeout());
  }

  @Bean
  SignIn signIn(Intake intake, ConsoleSettings settings, Clock clock) {
    ConsoleSettings.SignIn limits = settings.signIn();
    return new SignIn(intake, new SignInThrottle(limits.maxFailures(), limits.window(), limits.maxClients(), clock));
  }

  @Bean
  LiveUpdates liveUpdates(BrowseCases cases, ConsoleSettings settings, MongoSessions sessions) {
    return new LiveUpdates(cases, settings.live(), Duration.ofSeconds(20), sessions::live);
  }

  /**
   * The page sessions, shared by every console instance through Mongo (docs/adr/0010), their
   * contents sealed with CONSOLE_SESSION_KEY; a sign-out here tells the live streams at once.
   */
  @Bean
  MongoSessions sessions(MongoDatabase database, ConsoleSettings settings, Clock clock,
      @Value("${server.servlet.session.timeout}") Duration idle, ApplicationEventPublisher events) {
    if (settings.sessionKey().isBlank()) {
      log.warn("CONSOLE_SESSION_KEY is not set: sessions are sealed with a key of this instance's own, so another "
          + "instance (or this one after a restart) cannot read them and people sign in again there");
    }
    return new MongoSessions(database, SessionSeal.of(settings.sessionKey()), idle, clock,
        session -> events.publishEvent(new SessionDeletedEvent(MongoSessions.class, session)));
  }

  @Bean
  PageOptions pageOptions(ConsoleSettings settings) {
    return new PageOptions(settings.zone());
  }
}
