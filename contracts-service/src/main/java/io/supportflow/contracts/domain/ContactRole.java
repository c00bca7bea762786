package io.supportflow.contracts.domain;

/** Who a contact is to the customer: administrators and account holders open cases, end users ask them. */
public enum ContactRole {
  ADMINISTRATOR, ACCOUNT_HOLDER, END_USER
}
