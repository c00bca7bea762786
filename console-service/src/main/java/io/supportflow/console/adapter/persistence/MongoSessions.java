package io.supportflow.console.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The console's page sessions in Mongo ({@code console_sessions}), so any instance serves any
 * signed-in person: a session is read on each request and what the request changed is written
 * back after it, attribute by attribute, so concurrent requests of one person (a live stream, a
 * form post, an htmx re-read) do not undo each other's changes, and a session signed out on one
 * instance is not brought back by a request still running on another. Each attribute (who signed
 * in and their intake key, the CSRF token, flash notices) is sealed by {@link SessionSeal}
 * (AES-GCM, bound to the session id and the attribute's name) before it is stored; only the times
 * are in the clear. A session idle past its interval is gone: reads check the expiry against the
 * clock, and a TTL index removes the document soon after.
 */
public final class MongoSessions implements SessionRepository<MongoSessions.StoredSession> {

  private final MongoCollection<Document> sessions;
  private final SessionSeal seal;
  private final Duration idle;
  private final Clock clock;
  private final Consumer<Session> onDeleted;

  /**
   * @param idle how long a session lives without a request
   * @param onDeleted told of a session deleted here (sign-out), e.g. to end its live streams
   */
  public MongoSessions(MongoDatabase database, SessionSeal seal, Duration idle, Clock clock,
      Consumer<Session> onDeleted) {
    this.sessions = database.getCollection("console_sessions");
    this.seal = seal;
    this.idle = idle;
    this.clock = clock;
    this.onDeleted = onDeleted;
    sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
  }

  @Override
  public StoredSession createSession() {
    MapSession session = new MapSession();
    Instant now = clock.instant();
    session.setCreationTime(now);
    session.setLastAccessedTime(now);
    session.setMaxInactiveInterval(idle);
    return new StoredSession(session, true);
  }

  @Override
  public void save(StoredSession session) {
    String id = session.getId();
    if (session.isNew || !id.equals(session.map.getOriginalId())) {
      Document attributes = new Document();
      session.getAttributeNames().forEach(name -> attributes.append(field(name), sealed(id, name,
          session.getAttribute(name))));
      sessions.replaceOne(eq("_id", id), times(session).append("_id", id).append("attributes", attributes),
          new ReplaceOptions().upsert(true));
      if (!session.isNew) {
        // Signing in changes the id (session fixation): the old id must not open it any more.
        sessions.deleteOne(eq("_id", session.map.getOriginalId()));
      }
    } else {
      List<Bson> changes = new ArrayList<>();
      times(session).forEach((name, value) -> changes.add(Updates.set(name, value)));
      session.changed.forEach(name -> {
        Object value = session.getAttribute(name);
        changes.add(value == null ? Updates.unset("attributes." + field(name))
            : Updates.set("attributes." + field(name), sealed(id, name, value)));
      });
      // No upsert: a session signed out meanwhile stays signed out.
      sessions.updateOne(eq("_id", id), Updates.combine(changes));
    }
    session.isNew = false;
    session.changed.clear();
  }

  /** The live session, or null: none, expired, or sealed with another key (then it cannot be trusted). */
  @Override
  public StoredSession findById(String id) {
    Document stored = sessions.find(and(eq("_id", id), gt("expiresAt", Date.from(clock.instant())))).first();
    if (stored == null) {
      return null;
    }
    MapSession session = new MapSession(id);
    session.setCreationTime(stored.getDate("createdAt").toInstant());
    session.setLastAccessedTime(stored.getDate("lastAccessedAt").toInstant());
    session.setMaxInactiveInterval(Duration.ofSeconds(((Number) stored.get("maxInactiveSeconds")).longValue()));
    for (Map.Entry<String, Object> attribute : stored.get("attributes", new Document()).entrySet()) {
      String name = name(attribute.getKey());
      Optional<Object> value = seal.open(id + "/" + name, ((Binary) attribute.getValue()).getData())
          .map(MongoSessions::deserialized);
      if (value.isEmpty()) {
        return null;
      }
      session.setAttribute(name, value.get());
    }
    return new StoredSession(session, false);
  }

  @Override
  public void deleteById(String id) {
    StoredSession session = findById(id);
    sessions.deleteOne(eq("_id", id));
    if (session != null) {
      onDeleted.accept(session);
    }
  }

  /** Whether the session is still live (any instance may have ended it). */
  public boolean live(String id) {
    return sessions.countDocuments(and(eq("_id", id), gt("expiresAt", Date.from(clock.instant())))) > 0;
  }

  private static Document times(Session session) {
    return new Document("createdAt", Date.from(session.getCreationTime()))
        .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
        .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
        .append("expiresAt", Date.from(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())));
  }

  private Binary sealed(String id, String name, Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new IllegalStateException("Session attribute " + name + " cannot be stored (not serializable)", e);
    }
    return new Binary(seal.seal(id + "/" + name, bytes.toByteArray()));
  }

  /** Only bytes this console sealed reach here (the seal authenticates them), so reading them back is safe. */
  private static Object deserialized(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      // Written by another version of the console: the session cannot be used.
      return null;
    }
  }

  /** Attribute names hold dots, which Mongo field paths cannot: the field is the name in base64url. */
  private static String field(String name) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
  }

  private static String name(String field) {
    return new String(Base64.getUrlDecoder().decode(field), StandardCharsets.UTF_8);
  }

  /** A session as read or made here, remembering which attributes the request set or removed. */
  public static final class StoredSession implements Session {

    private final MapSession map;
    private final Set<String> changed = new HashSet<>();
    private boolean isNew;

    StoredSession(MapSession map, boolean isNew) {
      this.map = map;
      this.isNew = isNew;
    }

    @Override
    public String getId() {
      return map.getId();
    }

    @Override
    public String changeSessionId() {
      return map.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return map.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return map.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      map.setAttribute(name, value);
      changed.add(name);
    }

    @Override
    public void removeAttribute(String name) {
      map.removeAttribute(name);
      changed.add(name);
    }

    @Override
    public Instant getCreationTime() {
      return map.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant at) {
      map.setLastAccessedTime(at);
    }

    @Override
    public Instant getLastAccessedTime() {
      return map.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      map.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return map.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return map.isExpired();
    }
  }
}
