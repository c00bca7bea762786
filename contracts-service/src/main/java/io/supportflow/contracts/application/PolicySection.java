package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.Product;
import io.supportflow.contracts.domain.TenantPolicy;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One list of a tenant's policy that the admin API edits entry by entry, each entry by its id. */
public final class PolicySection<T> {

  public static final PolicySection<Customer> CUSTOMERS = new PolicySection<>(
      "customer", TenantPolicy::customers, TenantPolicy::withCustomers, Customer::customerId);
  public static final PolicySection<Contract> CONTRACTS = new PolicySection<>(
      "contract", TenantPolicy::contracts, TenantPolicy::withContracts, Contract::contractId);
  public static final PolicySection<Product> PRODUCTS = new PolicySection<>(
      "product", TenantPolicy::products, TenantPolicy::withProducts, Product::productId);
  public static final PolicySection<CoverageCalendar> CALENDARS = new PolicySection<>(
      "calendar", TenantPolicy::calendars, TenantPolicy::withCalendars, CoverageCalendar::calendarId);

  private final String noun;
  private final Function<TenantPolicy, List<T>> entries;
  private final BiFunction<TenantPolicy, List<T>, TenantPolicy> withEntries;
  private final Function<T, String> id;

  private PolicySection(
      String noun,
      Function<TenantPolicy, List<T>> entries,
      BiFunction<TenantPolicy, List<T>, TenantPolicy> withEntries,
      Function<T, String> id) {
    this.noun = noun;
    this.entries = entries;
    this.withEntries = withEntries;
    this.id = id;
  }

  public String noun() {
    return noun;
  }

  public String idOf(T entry) {
    return id.apply(entry);
  }

  public List<T> entries(TenantPolicy policy) {
    return entries.apply(policy);
  }

  public Optional<T> entry(TenantPolicy policy, String entryId) {
    return entries(policy).stream().filter(e -> id.apply(e).equals(entryId)).findFirst();
  }

  TenantPolicy with(TenantPolicy policy, List<T> newEntries) {
    return withEntries.apply(policy, newEntries);
  }
}
