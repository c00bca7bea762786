package io.supportflow.intake.application;

/** The case a request opened, or the one its origin had already opened ({@code created} false). */
public record Opening(OpenedCase opened, boolean created) {}
