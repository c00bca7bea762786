package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.CaseSummary;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.session.events.SessionDestroyedEvent;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams (server-sent events): one per browser tab on the queue or on a case page.
 * Each gets an event named {@value #CHANGED} with the case number when a case it may see and is
 * about changes (the queue: any; a case page: that case), and a comment
 * every {@code heartbeat} so a browser that left is noticed and its subscription dropped. A stream
 * ends with its session: at once on a sign-out here, and at the next beat when the session ended
 * elsewhere (sign-out on another instance, expiry). On shutdown every stream is completed first, so the
 * server's graceful shutdown does not wait for them.
 */
public final class LiveUpdates implements SmartLifecycle, ApplicationListener<SessionDestroyedEvent> {

  static final String CHANGED = "case-changed";

  private final BrowseCases cases;
  private final Duration live;
  private final Duration heartbeat;
  private final Predicate<String> sessionLive;
  /** An open stream's subscription and the session it belongs to. */
  private record Stream(AutoCloseable watch, String sessionId) {}

  private final Map<SseEmitter, Stream> open = new ConcurrentHashMap<>();
  /** The beat's thread, from start to stop (a stopped context may be started again). */
  private volatile ScheduledExecutorService beats;
  private volatile boolean running;

  /** @param sessionLive whether a session (by id) is still live, asked on each beat */
  public LiveUpdates(BrowseCases cases, Duration live, Duration heartbeat, Predicate<String> sessionLive) {
    this.cases = cases;
    this.live = live;
    this.heartbeat = heartbeat;
    this.sessionLive = sessionLive;
  }

  /** A stream of the changes the person may see and {@code about} selects. */
  SseEmitter open(SignedIn who, String sessionId, Predicate<CaseSummary> about) throws IOException {
    SseEmitter emitter = new SseEmitter(live.toMillis());
    emitter.onCompletion(() -> drop(emitter));
    emitter.onTimeout(() -> drop(emitter));
    emitter.onError(e -> drop(emitter));
    open.put(emitter, new Stream(cases.watch(who, summary -> {
      if (about.test(summary)) {
        send(emitter, SseEmitter.event().name(CHANGED).data(summary.caseNumber()));
      }
    }), sessionId));
    emitter.send(SseEmitter.event().comment("watching"));
    return emitter;
  }

  private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException gone) {
      drop(emitter);
    }
  }

  /** A sign-out here ends the session's streams at once: no case number flows to it after. */
  @Override
  public void onApplicationEvent(SessionDestroyedEvent ended) {
    open.forEach((emitter, stream) -> {
      if (stream.sessionId().equals(ended.getSessionId())) {
        end(emitter);
      }
    });
  }

  private void end(SseEmitter emitter) {
    drop(emitter);
    emitter.complete();
  }

  /** Each beat: a stream whose session ended (anywhere) ends; the others get a comment. */
  private void beat() {
    open.forEach((emitter, stream) -> {
      if (stillLive(stream.sessionId())) {
        send(emitter, SseEmitter.event().comment("beat"));
      } else {
        end(emitter);
      }
    });
  }

  private void drop(SseEmitter emitter) {
    Stream stream = open.remove(emitter);
    if (stream != null) {
      try {
        stream.watch().close();
      } catch (Exception ignored) {
        // the subscription is gone either way
      }
    }
  }

  private boolean stillLive(String sessionId) {
    try {
      return sessionLive.test(sessionId);
    } catch (RuntimeException unreachable) {
      return true; // the session store did not answer: ask again at the next beat
    }
  }

  @Override
  public synchronized void start() {
    long millis = heartbeat.toMillis();
    beats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "live-updates-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    beats.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (beats != null) {
      beats.shutdownNow();
    }
    open.keySet().forEach(this::end);
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
