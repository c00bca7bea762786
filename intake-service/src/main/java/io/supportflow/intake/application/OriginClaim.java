package io.supportflow.intake.application;

/** Which case owns an origin key; {@code fresh} when this very call claimed it. */
public record OriginClaim(String caseId, String fingerprint, boolean fresh) {}
