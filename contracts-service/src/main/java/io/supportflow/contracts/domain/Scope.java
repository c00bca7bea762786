package io.supportflow.contracts.domain;

/** What a plan covers: everything, or only infrastructure incidents (a 24/7 operations plan). */
public enum Scope {
  ALL, INFRASTRUCTURE
}
