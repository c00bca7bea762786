package io.supportflow.contracts.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.contracts.domain.CaseQuota.QuotaPeriod;
import io.supportflow.infra.stack.TestStack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case quota against the Mongo wire server: exact under races and redeliveries. */
class MongoCaseQuotaLedgerTest {

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final MongoCaseQuotaLedger ledger =
      new MongoCaseQuotaLedger(client.getDatabase("contracts-quota-test-" + UUID.randomUUID()));
  private final QuotaPeriod oneCase = new QuotaPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 29), 1);

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aCaseDecidedAgainKeepsItsSlotAndAnotherCaseFindsNone() {
    assertThat(ledger.claim("acme", "c-1", oneCase, "case-a")).isTrue();
    assertThat(ledger.claim("acme", "c-1", oneCase, "case-a")).as("redelivered").isTrue();
    assertThat(ledger.claim("acme", "c-1", oneCase, "case-b")).isFalse();
    assertThat(ledger.claim("acme", "c-2", oneCase, "case-b")).as("another contract").isTrue();
  }

  @Test
  void casesRacingForTheLastSlotGetItOnlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String caseId = "case-" + i;
        claims.add(pool.submit((Callable<Boolean>) () -> ledger.claim("acme", "race", oneCase, caseId)));
      }
      int granted = 0;
      for (Future<Boolean> claim : claims) {
        granted += claim.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
