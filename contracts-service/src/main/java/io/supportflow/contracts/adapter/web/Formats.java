package io.supportflow.contracts.adapter.web;

import org.springframework.http.MediaType;

/** The admin API reads and writes JSON and YAML alike; JSON when the caller does not say. */
final class Formats {

  static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  static final String YAML = MediaType.APPLICATION_YAML_VALUE;

  private Formats() {}
}
