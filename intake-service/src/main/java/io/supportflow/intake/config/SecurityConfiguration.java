package io.supportflow.intake.config;

import io.supportflow.intake.adapter.web.CallerPrincipal;
import io.supportflow.intake.adapter.web.RateLimitFilter;
import io.supportflow.intake.application.AccessKeys;
import io.supportflow.intake.application.Remembered;
import io.supportflow.web.ApiKeyAuthenticationFilter;
import io.supportflow.web.ApiKeySecurity;
import io.supportflow.web.ApiKeySecurityConfiguration;
import io.supportflow.web.ApiKeys;
import io.supportflow.web.BodyLimitFilter;
import io.supportflow.web.KeyDigest;
import io.supportflow.web.KeyHolder;
import io.supportflow.web.KeyRole;
import io.supportflow.web.SharedApiKeys;
import io.supportflow.web.SharedApiKeysConfiguration;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Integration keys open requests and forward mail and alerts; customer keys
 * open, read and answer their own cases; agent keys act on the tenant's cases. Phone webhooks carry
 * no key: their signature is checked per tenant by the controller. A key issued as data (the
 * tenants.keys topic, docs/adr/0012) is decided by the shared key store alone, so its revocation or
 * expiry holds here too; then intake's own store (the demo tenant's keys); then configuration. The
 * rest is the web kit's {@link ApiKeySecurity}.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiKeySecurityConfiguration.class, SharedApiKeysConfiguration.class})
class SecurityConfiguration {

  private static final String INTEGRATION = KeyRole.INTEGRATION.name();
  private static final String CUSTOMER = KeyRole.CUSTOMER.name();
  private static final String AGENT = KeyRole.AGENT.name();

  @Bean
  SecurityFilterChain api(HttpSecurity http, AccessKeys keys, SharedApiKeys shared, IntakeSettings settings,
      Clock clock) throws Exception {
    Remembered<KeyDigest, KeyHolder> ownKeys = new Remembered<>(IntakeConfiguration.REMEMBERED_FOR, clock);
    return ApiKeySecurity.apply(http, holders(keys, ownKeys, shared), auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/v1/phone/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/requests").hasAnyRole(INTEGRATION, CUSTOMER)
            .requestMatchers(HttpMethod.POST, "/api/v1/inbound-mail", "/api/v1/alerts").hasRole(INTEGRATION)
            .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/replies").hasRole(CUSTOMER)
            .requestMatchers(HttpMethod.GET, "/api/v1/cases").hasRole(CUSTOMER)
            .requestMatchers(HttpMethod.GET, "/api/v1/cases/*", "/api/v1/cases/*/attachments/*")
                .hasAnyRole(CUSTOMER, AGENT)
            .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/contacts").hasRole(INTEGRATION)
            .requestMatchers("/api/v1/agent/**").hasRole(AGENT)
            .requestMatchers("/api/**").authenticated())
        .addFilterAfter(new RateLimitFilter(settings.rateLimit().perMinute()), ApiKeyAuthenticationFilter.class)
        .build();
  }

  /**
   * The shared store and intake's own behind the kit's port; the controllers are handed the caller
   * with its customer or agent id. A key with none of intake's roles (an admin's, the operator's)
   * opens nothing here. The shared store decides first at every request, so a key revoked there is
   * refused at once; intake's own store is asked on every request otherwise, so a key it holds is
   * remembered (by its digest) for {@link IntakeConfiguration#REMEMBERED_FOR}.
   */
  private static ApiKeys holders(AccessKeys keys, Remembered<KeyDigest, KeyHolder> ownKeys, SharedApiKeys shared) {
    return presented -> {
      KeyDigest digest = KeyDigest.of(presented);
      if (shared.published(digest).isEmpty()) {
        Optional<KeyHolder> own = ownKeys.get(digest, d -> keys.byKey(presented).map(c -> new KeyHolder(c.tenantId(),
            Set.of(KeyRole.valueOf(c.role().name())), c.subject(), new CallerPrincipal(c))));
        if (own.isPresent()) {
          return own;
        }
      }
      return shared.holderOfDigest(digest).flatMap(holder -> intakeHolder(holder, digest));
    };
  }

  /**
   * A shared store's holder as intake's caller: its most restricted intake role (customer, agent,
   * integration). A customer key that names no customer opens nothing here: it could be no one's.
   */
  private static Optional<KeyHolder> intakeHolder(KeyHolder holder, KeyDigest digest) {
    if (holder.roles().contains(KeyRole.CUSTOMER) && holder.subject() == null) {
      return Optional.empty();
    }
    for (AccessKeys.Role role : List.of(AccessKeys.Role.CUSTOMER, AccessKeys.Role.AGENT, AccessKeys.Role.INTEGRATION)) {
      if (holder.roles().contains(KeyRole.valueOf(role.name()))) {
        String subject = holder.subject() != null ? holder.subject() : holder.tenantId();
        AccessKeys.Caller caller = new AccessKeys.Caller(holder.tenantId(), role, subject, digest.hex(), null);
        return Optional.of(new KeyHolder(holder.tenantId(), Set.of(KeyRole.valueOf(role.name())), subject,
            new CallerPrincipal(caller)));
      }
    }
    return Optional.empty();
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(IntakeSettings settings) {
    long jsonLimit = settings.maxBodySize().toBytes();
    long mailLimit = settings.mail().maxSize().toBytes();
    // Raw mail may be larger than JSON.
    return BodyLimitFilter.registration(request ->
        request.getRequestURI().startsWith("/api/v1/inbound-mail") ? mailLimit : jsonLimit);
  }
}
