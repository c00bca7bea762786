package io.supportflow.presets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a plan's terms out of a preset (by name and tier) or out of a tenant policy document in
 * contracts-service's import format (JSON or YAML, by contract id). Only what timing needs is read:
 * the plan's targets and round-the-clock priorities and the calendar it names; other fields
 * (customers, channels, the tenant...) are skipped, since contracts-service checks a whole document
 * when it is imported. What is read is checked here, with the place in the document in the error.
 */
public final class PlanTermsReader {

  /** The largest document read: as large as contracts-service's import accepts by default. */
  public static final int MAX_DOCUMENT_CHARS = 1_000_000;

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");
  private static final Pattern REGION = Pattern.compile("[a-z0-9_-]{1,20}");
  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  private static final Set<String> METRICS = Set.of("FIRST_RESPONSE", "FOLLOW_UP", "UPDATE_CADENCE");
  private static final List<String> UNITS = List.of(
      "CLOCK_MINUTES", "BUSINESS_MINUTES", "BUSINESS_HOURS", "BUSINESS_DAYS", "WORKING_DAYS", "NEXT_WORKING_DAY");
  private static final int LISTED_IDS = 20;

  private final ObjectMapper json = configure(JsonMapper.builder(
      JsonFactory.builder().streamReadConstraints(PolicyDocuments.LIMITS).build())).build();
  private final ObjectMapper yaml = configure(YAMLMapper.builder(
      YAMLFactory.builder().streamReadConstraints(PolicyDocuments.LIMITS).build())).build();
  private final Map<String, Document> presets = new LinkedHashMap<>();

  public PlanTermsReader() {
    for (String name : PresetFiles.NAMES) {
      try (InputStream in = PresetFiles.open(name)) {
        presets.put(name, yaml.readValue(in, Document.class));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read preset " + name, e);
      }
    }
  }

  /** The plan of the tier (any case); without a tier, the preset's only plan. */
  public PlanTerms preset(String name, String tier) {
    Document preset = presets.get(name);
    if (preset == null) {
      throw new PlanTermsException("preset", "No preset '" + name + "'; the presets are " + PresetFiles.NAMES + ".");
    }
    List<Plan> plans = orEmpty(preset.plans());
    List<String> tiers = plans.stream().map(Plan::tier).filter(Objects::nonNull).toList();
    Plan plan;
    if (tier == null || tier.isBlank()) {
      if (plans.size() != 1) {
        throw new PlanTermsException("tier", "Preset " + name + " sells several plans: name a tier, one of " + tiers + ".");
      }
      plan = plans.getFirst();
    } else {
      plan = plans.stream()
          .filter(p -> p.tier() != null && p.tier().equalsIgnoreCase(tier.strip()))
          .findFirst()
          .orElseThrow(() -> new PlanTermsException("tier", tiers.isEmpty()
              ? "Preset " + name + " has no tiers; leave the tier out."
              : "Preset " + name + " has no tier '" + tier + "'; its tiers are " + tiers + "."));
    }
    return terms(plan, preset.calendars(), "preset " + name + " plans[" + plan.tier() + "]", "preset " + name + " calendars");
  }

  /**
   * The plan of a contract in a policy document.
   *
   * @param document the document as JSON or YAML text
   * @param contractId the contract; may be left out when the document has exactly one
   */
  public PlanTerms contract(String document, String contractId) {
    if (document == null || document.isBlank()) {
      throw new PlanTermsException("policy", "The policy document is empty.");
    }
    if (document.length() > MAX_DOCUMENT_CHARS) {
      throw new PlanTermsException("policy", "The policy document is longer than " + MAX_DOCUMENT_CHARS + " characters.");
    }
    Document policy = parse(document);
    List<Contract> contracts = orEmpty(policy.contracts());
    List<String> ids = contracts.stream().map(Contract::contractId).toList();
    Contract contract;
    if (contractId == null || contractId.isBlank()) {
      if (contracts.size() != 1) {
        throw new PlanTermsException("contractId", contracts.isEmpty()
            ? "The policy document has no contracts."
            : "The policy document has " + contracts.size() + " contracts: name one of " + listed(ids) + ".");
      }
      contract = contracts.getFirst();
    } else {
      contract = contracts.stream().filter(c -> contractId.strip().equals(c.contractId())).findFirst()
          .orElseThrow(() -> new PlanTermsException("contractId", ids.isEmpty()
              ? "The policy document has no contracts, so none named '" + contractId + "'."
              : "The policy document has no contract '" + contractId + "'; its contracts are " + listed(ids) + "."));
    }
    String at = "policy.contracts[" + contract.contractId() + "].plan";
    if (contract.plan() == null) {
      throw new PlanTermsException(at, "The contract has no plan.");
    }
    return terms(contract.plan(), policy.calendars(), at, "policy.calendars");
  }

  private Document parse(String document) {
    String text = document.strip();
    boolean isJson = text.startsWith("{");
    try {
      Document read = (isJson ? json : yaml).readValue(text, Document.class);
      if (read == null) {
        throw new PlanTermsException("policy", "The policy document is empty.");
      }
      return read;
    } catch (StreamReadException e) {
      throw new PlanTermsException("policy", "The policy document is not readable " + (isJson ? "JSON" : "YAML")
          + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (JacksonException e) {
      String path = PolicyDocuments.path(e);
      throw new PlanTermsException(path.isEmpty() ? "policy" : "policy." + path,
          "The policy document has the wrong type or format at " + (path.isEmpty() ? "its top" : path) + ".");
    }
  }

  private static PlanTerms terms(Plan plan, List<CalendarEntry> calendars, String at, String calendarsAt) {
    if (plan.calendarId() == null) {
      throw new PlanTermsException(at + ".calendarId", "The plan names no calendar.");
    }
    CalendarEntry calendar = orEmpty(calendars).stream()
        .filter(c -> plan.calendarId().equals(c.calendarId()))
        .findFirst()
        .orElseThrow(() -> new PlanTermsException(at + ".calendarId",
            "The plan names calendar '" + plan.calendarId() + "', which the document does not define."));
    List<PlanTerms.Target> targets = bounded(at + ".targets", plan.targets(), 48);
    for (int i = 0; i < targets.size(); i++) {
      targets.set(i, target(at + ".targets[" + i + "]", targets.get(i)));
    }
    List<String> roundTheClock = bounded(at + ".aroundTheClockOnceWorking", plan.aroundTheClockOnceWorking(), 4);
    for (int i = 0; i < roundTheClock.size(); i++) {
      roundTheClock.set(i, oneOf(at + ".aroundTheClockOnceWorking[" + i + "]", roundTheClock.get(i), PRIORITIES));
    }
    return new PlanTerms(plan.planName(), plan.tier(),
        calendar(calendarsAt + "[" + calendar.calendarId() + "]", calendar), targets, roundTheClock);
  }

  private static PlanTerms.Calendar calendar(String at, CalendarEntry c) {
    ZoneId zone;
    try {
      zone = ZoneId.of(Objects.requireNonNull(c.zone(), "zone"));
    } catch (DateTimeException | NullPointerException e) {
      throw new PlanTermsException(at + ".zone", "'" + c.zone() + "' is not an IANA time zone such as Europe/Amsterdam.");
    }
    List<PlanTerms.Hours> hours = bounded(at + ".weeklyHours", c.weeklyHours(), 50);
    for (int i = 0; i < hours.size(); i++) {
      PlanTerms.Hours h = hours.get(i);
      String field = at + ".weeklyHours[" + i + "]";
      if (h.days() == null || h.days().isEmpty() || h.days().contains(null)) {
        throw new PlanTermsException(field + ".days", "Name the days of the week these hours cover.");
      }
      if (minute(field + ".from", h.from()) >= minute(field + ".to", h.to())) {
        throw new PlanTermsException(field + ".to", "The hours end (" + h.to() + ") before they start (" + h.from() + ").");
      }
    }
    List<PlanTerms.Stretch> stretches = bounded(at + ".extraCoverage", c.extraCoverage(), 14);
    for (int i = 0; i < stretches.size(); i++) {
      PlanTerms.Stretch s = stretches.get(i);
      String field = at + ".extraCoverage[" + i + "]";
      required(field + ".fromDay", s.fromDay());
      required(field + ".toDay", s.toDay());
      minute(field + ".fromTime", s.fromTime());
      minute(field + ".toTime", s.toTime());
    }
    if (hours.isEmpty() && stretches.isEmpty()) {
      throw new PlanTermsException(at + ".weeklyHours", "The calendar covers no time: give its weekly hours.");
    }
    List<LocalDate> holidays = bounded(at + ".holidays", c.holidays(), 400);
    return new PlanTerms.Calendar(c.calendarId(), zone, hours, region(at + ".publicHolidays", c.publicHolidays()),
        holidays, stretches);
  }

  private static PlanTerms.HolidayRegion region(String at, PlanTerms.HolidayRegion region) {
    if (region == null) {
      return null;
    }
    String country = region.country() == null ? "" : region.country().strip().toLowerCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      throw new PlanTermsException(at + ".country", "'" + region.country() + "' is not an ISO 3166 country code such as nl.");
    }
    String code = region.region() == null || region.region().isBlank() ? null : region.region().strip().toLowerCase(Locale.ROOT);
    if (code != null && !REGION.matcher(code).matches()) {
      throw new PlanTermsException(at + ".region", "'" + region.region() + "' is not a region code such as by.");
    }
    return new PlanTerms.HolidayRegion(country, code);
  }

  private static PlanTerms.Target target(String at, PlanTerms.Target t) {
    String unit = oneOf(at + ".unit", t.unit(), UNITS);
    if (t.amount() < 1 || t.amount() > 100_000) {
      throw new PlanTermsException(at + ".amount", "The amount must be between 1 and 100000, was " + t.amount() + ".");
    }
    if (unit.equals("NEXT_WORKING_DAY") && t.amount() != 1) {
      throw new PlanTermsException(at + ".amount", "The amount of NEXT_WORKING_DAY is 1.");
    }
    return new PlanTerms.Target(oneOf(at + ".priority", t.priority(), PRIORITIES),
        oneOf(at + ".metric", t.metric(), METRICS), t.amount(), unit);
  }

  private static String oneOf(String field, String value, Collection<String> allowed) {
    String upper = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    if (upper == null || !allowed.contains(upper)) {
      throw new PlanTermsException(field, "'" + value + "' is not one of " + allowed.stream().sorted().toList() + ".");
    }
    return upper;
  }

  private static int minute(String field, String hhmm) {
    if (hhmm == null || !TIME.matcher(hhmm).matches()) {
      throw new PlanTermsException(field, "'" + hhmm + "' is not a time HH:mm between 00:00 and 24:00.");
    }
    return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
  }

  private static void required(String field, Object value) {
    if (value == null) {
      throw new PlanTermsException(field, "Required.");
    }
  }

  /** A mutable copy; null reads as empty; more than max entries, or an empty entry, is refused. */
  private static <T> List<T> bounded(String field, List<T> values, int max) {
    List<T> list = new ArrayList<>(orEmpty(values));
    if (list.size() > max) {
      throw new PlanTermsException(field, "At most " + max + " entries.");
    }
    if (list.contains(null)) {
      throw new PlanTermsException(field, "An entry is empty.");
    }
    return list;
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static String listed(List<String> ids) {
    return ids.size() <= LISTED_IDS ? ids.toString()
        : ids.subList(0, LISTED_IDS).toString().replaceFirst("]$", ", ...]");
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        // A policy document carries much the preview does not need (customers, channels...).
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A missing amount reads as 0 and is refused with its place, not as a type error.
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
  }

  /** The parts of a preset or a policy document the terms are read from. */
  record Document(List<CalendarEntry> calendars, List<Plan> plans, List<Contract> contracts) {}

  record CalendarEntry(
      String calendarId, String zone, List<PlanTerms.Hours> weeklyHours, PlanTerms.HolidayRegion publicHolidays,
      List<LocalDate> holidays, List<PlanTerms.Stretch> extraCoverage) {}

  record Plan(String planName, String tier, String calendarId, List<PlanTerms.Target> targets,
      List<String> aroundTheClockOnceWorking) {}

  record Contract(String contractId, Plan plan) {}
}
