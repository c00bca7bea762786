package io.supportflow.contracts.adapter.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.supportflow.presets.PolicyDocuments;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one JSON/YAML shape of the domain records: the import/export format, the admin API's bodies
 * and the stored documents. Strict on input (an unknown field is a typo in a policy file, not
 * something to ignore), bounded (no giant strings or deep nesting), dates as ISO text.
 */
public final class PolicyFormat {

  private static final StreamReadConstraints LIMITS = PolicyDocuments.LIMITS;

  private PolicyFormat() {}

  public static JsonMapper.Builder jsonBuilder() {
    return policyRules(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build()));
  }

  public static YAMLMapper.Builder yamlBuilder() {
    return policyRules(YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build())
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES));
  }

  /** The format's rules, one list for JSON and YAML alike. */
  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B policyRules(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A switch left out of a policy file is off (Jackson 3 would refuse the missing boolean).
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL));
  }

  public static JsonMapper json() {
    return jsonBuilder().build();
  }

  public static YAMLMapper yaml() {
    return yamlBuilder().build();
  }
}
