package io.supportflow.intake.adapter.web;

import io.supportflow.intake.adapter.phone.E164Numbers;
import io.supportflow.intake.adapter.phone.WebhookSignatures;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.application.TenantChannels;
import io.supportflow.intake.application.phone.CallReport;
import io.supportflow.intake.application.phone.OpenCaseFromCall;
import io.supportflow.intake.application.phone.PhoneLine;
import io.supportflow.intake.application.phone.TrackCall;
import io.supportflow.intake.domain.CallEvent;
import io.supportflow.intake.domain.CallerNumber;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone channel: a tenant's telephony system and operators post signed webhooks. The body is
 * read raw, its signature checked with the tenant's secret, and only then parsed; the tenant is
 * in the path because a webhook carries no API key.
 */
@RestController
@RequestMapping(path = "/api/v1/phone/{tenantId}", produces = "application/json")
@Tag(name = "Phone", description = "Signed telephony webhooks (HMAC-SHA256, or Twilio's signature)")
public record PhoneWebhookController(TenantChannels channels, TrackCall trackCall, OpenCaseFromCall openCaseFromCall,
    WebhookSignatures signatures, E164Numbers numbers, JsonMapper json, BodyValidator validator, Clock clock,
    PublicBaseUrl publicBaseUrl) {

  static final String SIGNATURE = "X-SupportFlow-Signature";
  static final String TIMESTAMP = "X-SupportFlow-Timestamp";
  static final String REFUSED = "The webhook's signature could not be verified.";
  private static final System.Logger LOG = System.getLogger(PhoneWebhookController.class.getName());
  private static final java.util.regex.Pattern TENANT = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Autowired
  public PhoneWebhookController(TenantChannels channels, TrackCall trackCall, OpenCaseFromCall openCaseFromCall,
      WebhookSignatures signatures, E164Numbers numbers, JsonMapper json, jakarta.validation.Validator validator,
      Clock clock, PublicBaseUrl publicBaseUrl) {
    this(channels, trackCall, openCaseFromCall, signatures, numbers, json, new BodyValidator(validator), clock,
        publicBaseUrl);
  }

  record CallEventBody(
      @NotNull @Pattern(regexp = "NEW_CALL|ANSWERED|HANG_UP") String event,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,128}") String callId,
      @Size(max = 40) String from,
      @Size(max = 40) String to,
      @NotNull @Pattern(regexp = "INBOUND|OUTBOUND") String direction,
      @Size(max = 40) String at) {}

  record CallerBody(@Size(max = 200) String name, @Email @Size(max = 320) String email,
      @Size(max = 40) String phone) {}

  record CallReportBody(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,128}") String callId,
      @NotNull @Valid CallerBody caller,
      @NotBlank @Size(max = 250) String summary,
      @Size(max = 20_000) String description,
      @Size(max = 20) String severity,
      @Size(max = 100) String product,
      @Size(max = 50) String version,
      @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String language,
      @Size(max = 200) String customer) {}

  record CallOutcome(String callId, String caseId, String caseNumber, boolean created) {}

  @Operation(summary = "A telephony event: NEW_CALL, ANSWERED or HANG_UP (signed JSON)",
      description = "Headers X-SupportFlow-Timestamp (Unix seconds, within 5 minutes) and X-SupportFlow-Signature "
          + "(sha256=hex HMAC-SHA256 of timestamp + '.' + body with the tenant's secret). An inbound call opens one "
          + "case, whichever of its events comes first; outbound calls open none.")
  @PostMapping(path = "/events", consumes = "application/json")
  ResponseEntity<CallOutcome> event(@PathVariable String tenantId,
      @RequestHeader(name = TIMESTAMP, required = false) String timestamp,
      @RequestHeader(name = SIGNATURE, required = false) String signature,
      @RequestBody byte[] body) {
    PhoneLine line = signed(tenantId, timestamp, signature, body);
    CallEventBody e = validator.valid(json.readValue(body, CallEventBody.class));
    CallEvent event = new CallEvent(CallEvent.Kind.valueOf(e.event()), e.callId(),
        numbers.read(e.from(), line.defaultRegion()).orElse(null), e.to(),
        CallEvent.Direction.valueOf(e.direction()), at(e.at()));
    return answer(e.callId(), trackCall.track(tenantId, event));
  }

  @Operation(summary = "An operator's case from a call (signed JSON)",
      description = "Same signature as events. Opens the call's case (201); when the phone system already opened it, "
          + "the summary is added to it and a stated severity becomes its priority with the caller's consent (200).")
  @PostMapping(path = "/calls", consumes = "application/json")
  ResponseEntity<CallOutcome> caseFromCall(@PathVariable String tenantId,
      @RequestHeader(name = TIMESTAMP, required = false) String timestamp,
      @RequestHeader(name = SIGNATURE, required = false) String signature,
      @RequestBody byte[] body) {
    PhoneLine line = signed(tenantId, timestamp, signature, body);
    CallReportBody r = validator.valid(json.readValue(body, CallReportBody.class));
    CallerNumber phone = null;
    if (r.caller().phone() != null && !r.caller().phone().isBlank()) {
      phone = numbers.read(r.caller().phone(), line.defaultRegion())
          .orElseThrow(() -> new InvalidRequestException("caller.phone", "must be a phone number"));
    }
    Priority priority = r.severity() == null ? null : SeverityScale.read(r.severity())
        .orElseThrow(() -> new InvalidRequestException("severity", "'" + r.severity() + "' is not a severity"));
    Opening opening = openCaseFromCall.open(tenantId, new CallReport(
        r.callId(),
        new Reporter(r.caller().name(),
            r.caller().email() == null ? null : r.caller().email().toLowerCase(Locale.ROOT),
            phone == null ? null : phone.e164()),
        r.summary().strip(), r.description(), r.severity(), priority, r.product(), r.version(), r.language(),
        r.customer()));
    return answer(r.callId(), Optional.of(opening));
  }

  @Operation(summary = "Twilio call status callback (form post, X-Twilio-Signature)",
      description = "CallSid, From, To, Direction and CallStatus as Twilio posts them; ringing/queued is a new call, "
          + "in-progress answered, completed/busy/failed/no-answer/canceled a hang-up.")
  @PostMapping(path = "/twilio", consumes = "application/x-www-form-urlencoded")
  ResponseEntity<CallOutcome> twilio(@PathVariable String tenantId,
      @RequestHeader(name = "X-Twilio-Signature", required = false) String signature,
      HttpServletRequest request) {
    PhoneLine line = line(tenantId);
    if (line.twilioAuthToken() == null) {
      throw refused("this tenant takes no Twilio webhooks");
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    signatures.twilioRefusal(line.twilioAuthToken(), url(request), params, signature).ifPresent(reason -> {
      throw refused(reason);
    });
    String callSid = first(params, "CallSid");
    if (callSid == null || !callSid.matches("[A-Za-z0-9]{1,64}")) {
      throw new InvalidRequestException("CallSid", "must be Twilio's call id");
    }
    String status = String.valueOf(first(params, "CallStatus")).toLowerCase(Locale.ROOT);
    CallEvent.Kind kind = switch (status) {
      case "queued", "ringing", "initiated" -> CallEvent.Kind.NEW_CALL;
      case "in-progress", "answered" -> CallEvent.Kind.ANSWERED;
      case "completed", "busy", "failed", "no-answer", "canceled" -> CallEvent.Kind.HANG_UP;
      default -> throw new InvalidRequestException("CallStatus", "is not a Twilio call status");
    };
    String direction = String.valueOf(first(params, "Direction"));
    CallEvent event = new CallEvent(kind, callSid, numbers.read(first(params, "From"), line.defaultRegion()).orElse(null),
        bounded(first(params, "To")),
        direction.startsWith("outbound") ? CallEvent.Direction.OUTBOUND : CallEvent.Direction.INBOUND,
        clock.instant());
    return answer(callSid, trackCall.track(tenantId, event));
  }

  private PhoneLine signed(String tenantId, String timestamp, String signature, byte[] body) {
    PhoneLine line = line(tenantId);
    if (line.hmacSecret() == null) {
      throw refused("this tenant takes no signed phone webhooks");
    }
    signatures.refusal(line.hmacSecret(), timestamp, signature, body).ifPresent(reason -> {
      throw refused(reason);
    });
    return line;
  }

  /** An unknown tenant and one without a phone line look the same: nothing to learn from probing. */
  private PhoneLine line(String tenantId) {
    if (!TENANT.matcher(tenantId).matches()) {
      throw refused("malformed tenant id");
    }
    return channels.phoneLine(tenantId).orElseThrow(() -> refused("no phone line for tenant " + tenantId));
  }

  /**
   * Every unauthenticated phone request gets the same 401, whatever the tenant and whatever was
   * wrong: a different answer would tell a prober which tenants have a phone line. The reason is
   * logged for the tenant's operators.
   */
  private static BadSignatureException refused(String reason) {
    LOG.log(System.Logger.Level.INFO, "Phone webhook refused: " + reason);
    return new BadSignatureException(REFUSED);
  }

  private String url(HttpServletRequest request) {
    String base = !publicBaseUrl.isSet()
        ? request.getRequestURL().toString()
        : publicBaseUrl.value().replaceAll("/+$", "") + request.getRequestURI();
    return request.getQueryString() == null ? base : base + "?" + request.getQueryString();
  }

  private Instant at(String text) {
    if (text == null) {
      return clock.instant();
    }
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("at", "must be an RFC 3339 timestamp");
    }
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static String bounded(String s) {
    return s == null ? null : s.length() > 40 ? s.substring(0, 40) : s;
  }

  private static ResponseEntity<CallOutcome> answer(String callId, Optional<Opening> opening) {
    if (opening.isEmpty()) {
      return ResponseEntity.ok(new CallOutcome(callId, null, null, false));
    }
    SupportCase c = opening.get().opened().supportCase();
    CallOutcome body = new CallOutcome(callId, c.caseId(), c.caseNumber().toString(), opening.get().created());
    return opening.get().created() ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
  }
}
