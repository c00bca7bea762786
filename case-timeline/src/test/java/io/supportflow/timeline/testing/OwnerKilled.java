package io.supportflow.timeline.testing;

import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.timeline.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The crash every replaying service must survive: the instance owning a case's partition decides
 * it and is killed before its timers are due; the next owner takes the partition over later and
 * publishes what came due meanwhile, once. Each owner is a fresh instance on one database.
 */
public final class OwnerKilled<T, R> {

  private final MongoDatabase database;
  private final MutableClock clock;
  private final BiFunction<MongoDatabase, Clock, ReplayingInstance<T, R>> instance;
  private int partition;

  /** @param instance the service's instance over a database and a clock */
  public OwnerKilled(String databasePrefix, Instant start,
      BiFunction<MongoDatabase, Clock, ReplayingInstance<T, R>> instance) {
    this.database = TestDatabases.fresh(databasePrefix);
    this.clock = new MutableClock(start);
    this.instance = instance;
  }

  /** The first owner gets the decision's partition and decides the case: what it published before the kill. */
  public List<String> firstOwnerDecides(Decision<T> decision) {
    partition = decision.partition();
    ReplayingInstance<T, R> first = instance.apply(database, clock).takesOver(partition);
    first.replays.decided(decision);
    return first.published;
  }

  /** Its in-memory timers are gone with it; Mongo still has them. What the next owner publishes on taking over later. */
  public List<String> nextOwnerAfter(Duration downtime) {
    clock.advance(downtime);
    return instance.apply(database, clock).takesOver(partition).published;
  }

  /** What another owner publishes on taking over and being woken for the case now: nothing is left. */
  public List<String> anotherOwnerWokenFor(String caseId) {
    ReplayingInstance<T, R> third = instance.apply(database, clock).takesOver(partition);
    third.replays.wokenAt(caseId, clock.instant());
    return third.published;
  }
}
