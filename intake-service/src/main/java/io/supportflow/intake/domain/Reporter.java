package io.supportflow.intake.domain;

/** Who raised a request; any part may be unknown on some channel. */
public record Reporter(String name, String email, String phone) {}
