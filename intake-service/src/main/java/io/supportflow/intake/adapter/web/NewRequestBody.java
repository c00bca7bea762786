package io.supportflow.intake.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request opened through the portal API. Every field is bounded here; its text is cleaned (or
 * refused) by the domain's InputHygiene, the same as on every other channel.
 */
record NewRequestBody(
    @NotNull @Valid ReporterBody reporter,
    @NotBlank @Size(max = 250) String subject,
    @NotBlank @Size(max = 20_000) String description,
    @Size(max = 20) String severity,
    @Size(max = 100) String product,
    @Size(max = 50) String version,
    @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag")
        String language,
    @Pattern(regexp = "infrastructure|functional|configuration|question",
        message = "must be infrastructure, functional, configuration or question") String category) {

  record ReporterBody(
      @Size(max = 200) String name,
      @NotBlank @Email @Size(max = 320) String email,
      @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()./-]{3,32}", message = "must be a phone number")
          String phone) {}
}
