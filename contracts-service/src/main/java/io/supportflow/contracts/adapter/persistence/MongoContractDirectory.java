package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.supportflow.contracts.application.ContractDirectory;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Customers and contracts in Mongo, one document each. */
public final class MongoContractDirectory implements ContractDirectory {

  private final MongoCollection<Document> customers;
  private final MongoCollection<Document> contracts;

  public MongoContractDirectory(MongoDatabase database) {
    this.customers = database.getCollection("customers");
    this.contracts = database.getCollection("contracts");
    customers.createIndex(Indexes.ascending("tenantId", "emailDomains"));
    contracts.createIndex(Indexes.ascending("tenantId", "customerId"), new IndexOptions());
  }

  @Override
  public Optional<Customer> customerByEmailDomain(String tenantId, String emailDomain) {
    return Optional.ofNullable(
            customers.find(and(eq("tenantId", tenantId), eq("emailDomains", emailDomain))).first())
        .map(ContractDocuments::customer);
  }

  @Override
  public Optional<Contract> contractFor(String tenantId, String customerId, Instant at) {
    List<Contract> all = new ArrayList<>();
    contracts
        .find(and(eq("tenantId", tenantId), eq("customerId", customerId)))
        .forEach(d -> all.add(ContractDocuments.contract(d)));
    Optional<Contract> running = all.stream().filter(c -> runsOn(c, at)).findFirst();
    if (running.isPresent()) {
      return running;
    }
    // Otherwise the most recently ended one explains the refusal best ("ended on ...").
    return all.stream()
        .filter(c -> c.endsOn().isBefore(localDay(c, at)))
        .max(Comparator.comparing(Contract::endsOn))
        .or(() -> all.stream().min(Comparator.comparing(Contract::startsOn)));
  }

  public void save(Customer customer) {
    customers.replaceOne(eq("_id", customer.customerId()), ContractDocuments.customer(customer),
        new ReplaceOptions().upsert(true));
  }

  public void save(Contract contract) {
    contracts.replaceOne(eq("_id", contract.contractId()), ContractDocuments.contract(contract),
        new ReplaceOptions().upsert(true));
  }

  private static boolean runsOn(Contract c, Instant at) {
    LocalDate day = localDay(c, at);
    return !day.isBefore(c.startsOn()) && !day.isAfter(c.endsOn());
  }

  private static LocalDate localDay(Contract c, Instant at) {
    return at.atZone(c.calendar().zone()).toLocalDate();
  }
}
