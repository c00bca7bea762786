package io.supportflow.notification.adapter.mail;

import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Lays a mail's fields out as plain text and HTML with Thymeleaf. Each kind has a text and an HTML
 * template (status-update.txt, status-update.html, ...) on the classpath under mail-templates/; a
 * tenant overrides any of them with a file of the same name in {@code <directory>/<tenantId>/}, file
 * by file. Text templates are TEXT mode (nothing escaped), HTML templates HTML mode, where th:text
 * escapes what customers wrote.
 */
public final class MailTemplates {

  /** The two parts of a multipart/alternative mail. */
  public record Rendered(String text, String html) {}

  static final String DEFAULTS = "mail-templates/";
  private static final Logger LOG = LoggerFactory.getLogger(MailTemplates.class);
  // A tenant id becomes a folder name: nothing that could climb out of the directory.
  private static final Pattern SAFE_TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

  private final TemplateEngine defaults;
  private final TemplateEngine overrides;
  private final Path directory;

  /**
   * @param directory the tenants' folders, or null for the defaults only
   * @param reloadAfter how long a tenant's template is kept before its file is read again
   */
  public MailTemplates(Path directory, Duration reloadAfter) {
    ClassLoaderTemplateResolver classpath = configure(new ClassLoaderTemplateResolver(), DEFAULTS);
    classpath.setCacheable(true);
    this.defaults = engine(classpath);
    this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    if (this.directory == null) {
      this.overrides = null;
    } else {
      FileTemplateResolver files = configure(new FileTemplateResolver(), this.directory + "/");
      files.setCacheable(true);
      files.setCacheTTLMs(reloadAfter.toMillis());
      this.overrides = engine(files);
    }
  }

  /**
   * Both parts of the mail. A tenant's template that fails to render is logged and replaced by the
   * built-in one: a customer still gets the acknowledgement while the tenant fixes the file. A
   * broken built-in template throws (a bug of ours, caught by the tests).
   */
  public Rendered render(OutgoingMail mail) {
    Context context = new Context(Locale.ENGLISH, new HashMap<>(mail.fields()));
    String name = templateName(mail.kind());
    return new Rendered(process(mail.tenantId(), name + ".txt", context),
        process(mail.tenantId(), name + ".html", context));
  }

  /** STATUS_UPDATE -> status-update. */
  public static String templateName(NotificationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String process(String tenantId, String file, Context context) {
    Optional<String> own = tenantFile(tenantId, file);
    if (own.isPresent()) {
      try {
        return overrides.process(own.get(), context);
      } catch (RuntimeException broken) {
        LOG.warn("Tenant {}'s mail template {} cannot be rendered, the built-in one is used instead: {}",
            tenantId, file, broken.getMessage());
      }
    }
    return defaults.process(file, context);
  }

  // Checked on every mail, so a file dropped in (or removed) counts from the next mail on.
  private Optional<String> tenantFile(String tenantId, String file) {
    if (directory == null || tenantId == null || !SAFE_TENANT.matcher(tenantId).matches()) {
      return Optional.empty();
    }
    Path candidate = directory.resolve(tenantId).resolve(file).normalize();
    if (!candidate.startsWith(directory) || !Files.isRegularFile(candidate)) {
      return Optional.empty();
    }
    return Optional.of(tenantId + "/" + file);
  }

  private static <R extends AbstractConfigurableTemplateResolver> R configure(R resolver, String prefix) {
    resolver.setPrefix(prefix);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setTextTemplateModePatterns(Set.of("*.txt"));
    resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
    return resolver;
  }

  private static TemplateEngine engine(AbstractConfigurableTemplateResolver resolver) {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
