package io.supportflow.console.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.supportflow.console.adapter.persistence.MongoSessions.StoredSession;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.ConsoleUser;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/**
 * The page sessions on the Mongo wire server, as two console instances (two repositories on one
 * database) share them: what one stores the other reads, sealed so the key never lies in the clear.
 */
class MongoSessionsTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');
  private static final String AGENTS_INTAKE_KEY = "acme-agent-olaf-key-0123456789abcdef";
  private static final Duration IDLE = Duration.ofMinutes(15);

  private final MongoDatabase database = TestDatabases.fresh("console-sessions");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final List<String> deleted = new ArrayList<>();
  private final MongoSessions one = instance(KEY);
  private final MongoSessions other = instance(KEY);

  private MongoSessions instance(String key) {
    return new MongoSessions(database, SessionSeal.of(key), IDLE, clock, session -> deleted.add(session.getId()));
  }

  private static SignedIn olaf() {
    return new SignedIn(new ConsoleUser("acme", "ACME Support", ConsoleUser.Role.AGENT, "olaf", "olaf"),
        AGENTS_INTAKE_KEY);
  }

  private StoredSession signedInOn(MongoSessions instance) {
    StoredSession session = instance.createSession();
    session.setAttribute("who", olaf());
    instance.save(session);
    return session;
  }

  @Test
  void aSessionMadeOnOneInstanceIsReadOnAnother() {
    StoredSession made = signedInOn(one);

    StoredSession read = other.findById(made.getId());

    assertThat(read).isNotNull();
    assertThat((SignedIn) read.getAttribute("who")).isEqualTo(olaf());
    assertThat(read.getMaxInactiveInterval()).isEqualTo(IDLE);
    assertThat(read.getCreationTime()).isEqualTo(made.getCreationTime());
    assertThat(other.live(made.getId())).isTrue();
  }

  @Test
  void theIntakeKeyIsNotStoredInTheClear() {
    StoredSession made = signedInOn(one);

    Document stored = database.getCollection("console_sessions").find(eq("_id", made.getId())).first();

    assertThat(stored).isNotNull();
    Binary sealed = (Binary) stored.get("attributes", Document.class).values().iterator().next();
    assertThat(new String(sealed.getData(), StandardCharsets.ISO_8859_1))
        .doesNotContain(AGENTS_INTAKE_KEY).doesNotContain("olaf");
    assertThat(stored.toJson()).doesNotContain(AGENTS_INTAKE_KEY).doesNotContain("olaf");
  }

  @Test
  void anInstanceWithAnotherKeyOrContentsMovedToAnotherIdReadNothing() {
    StoredSession made = signedInOn(one);
    MongoSessions stranger = instance("");
    Document stored = database.getCollection("console_sessions").find(eq("_id", made.getId())).first();
    database.getCollection("console_sessions").insertOne(new Document(stored).append("_id", "forged-id"));

    assertThat(stranger.findById(made.getId())).isNull();
    assertThat(other.findById("forged-id")).isNull();
  }

  @Test
  void aSessionIdlePastItsIntervalIsGoneEverywhere() {
    StoredSession made = signedInOn(one);
    clock.advance(IDLE.minusSeconds(1));
    StoredSession used = other.findById(made.getId());
    used.setLastAccessedTime(clock.instant());
    other.save(used);

    clock.advance(IDLE.minusSeconds(1));
    assertThat(one.findById(made.getId())).as("used within the interval").isNotNull();
    clock.advance(Duration.ofSeconds(2));
    assertThat(one.findById(made.getId())).isNull();
    assertThat(one.live(made.getId())).isFalse();
  }

  @Test
  void aChangedIdLeavesTheOldIdOpeningNothing() {
    StoredSession made = signedInOn(one);
    StoredSession read = other.findById(made.getId());
    String before = read.getId();

    String after = read.changeSessionId();
    other.save(read);

    assertThat(one.findById(before)).isNull();
    assertThat((SignedIn) one.findById(after).getAttribute("who")).isEqualTo(olaf());
  }

  @Test
  void twoRequestsAtOnceKeepEachOthersChanges() {
    StoredSession made = signedInOn(one);
    StoredSession stream = other.findById(made.getId());
    StoredSession post = one.findById(made.getId());

    post.setAttribute("flash", "The case was resolved.");
    one.save(post);
    stream.setLastAccessedTime(clock.instant());
    other.save(stream);

    assertThat((String) one.findById(made.getId()).getAttribute("flash")).isEqualTo("The case was resolved.");
    assertThat((SignedIn) one.findById(made.getId()).getAttribute("who")).isEqualTo(olaf());
  }

  @Test
  void aRequestStillRunningDoesNotBringBackASessionSignedOutElsewhere() {
    StoredSession made = signedInOn(one);
    StoredSession running = other.findById(made.getId());

    one.deleteById(made.getId());
    running.setAttribute("flash", "late");
    other.save(running);

    assertThat(one.findById(made.getId())).isNull();
  }

  @Test
  void signingOutDeletesTheSessionForEveryInstanceAndSaysSo() {
    StoredSession made = signedInOn(one);

    other.deleteById(made.getId());

    assertThat(one.findById(made.getId())).isNull();
    assertThat(one.live(made.getId())).isFalse();
    assertThat(deleted).containsExactly(made.getId());
  }

  @Test
  void aSessionKeyOfTheWrongLengthIsRefusedAtStart() {
    assertThatThrownBy(() -> SessionSeal.of(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }
}
