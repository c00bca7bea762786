package io.supportflow.contracts.domain;

import java.util.List;

/**
 * A product the tenant supports: its version lines, and the customised builds made for single
 * customers (original code modified), which support does not cover.
 */
public record Product(String productId, String name, List<VersionLine> lines, List<String> customisedBuilds) {

  public Product {
    Checks.id("productId", productId);
    name = Checks.text("name", name, Checks.NAME);
    lines = Checks.list("lines", lines, 200);
    Checks.unique("lines", lines, VersionLine::line);
    customisedBuilds = Checks.list("customisedBuilds", customisedBuilds, 500).stream()
        .map(b -> Checks.text("customisedBuilds", b, 60)).toList();
  }
}
