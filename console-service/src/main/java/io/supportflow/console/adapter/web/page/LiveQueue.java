package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.SignedIn;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live-queue streams (server-sent events): one per browser tab on the queue. Each gets an
 * event named {@value #CHANGED} with the case number when a case it may see changes, and a comment
 * every {@code heartbeat} so a browser that left is noticed and its subscription dropped. On
 * shutdown every stream is completed first, so the server's graceful shutdown does not wait for them.
 */
public final class LiveQueue implements SmartLifecycle {

  static final String CHANGED = "case-changed";

  private final BrowseCases cases;
  private final Duration live;
  private final Duration heartbeat;
  private final Map<SseEmitter, AutoCloseable> open = new ConcurrentHashMap<>();
  private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "live-queue-heartbeat");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean running;

  public LiveQueue(BrowseCases cases, Duration live, Duration heartbeat) {
    this.cases = cases;
    this.live = live;
    this.heartbeat = heartbeat;
  }

  SseEmitter open(SignedIn who) throws IOException {
    SseEmitter emitter = new SseEmitter(live.toMillis());
    emitter.onCompletion(() -> drop(emitter));
    emitter.onTimeout(() -> drop(emitter));
    emitter.onError(e -> drop(emitter));
    open.put(emitter, cases.watch(who, summary -> send(emitter, SseEmitter.event().name(CHANGED)
        .data(summary.caseNumber()))));
    emitter.send(SseEmitter.event().comment("watching"));
    return emitter;
  }

  int size() {
    return open.size();
  }

  private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException gone) {
      drop(emitter);
    }
  }

  private void drop(SseEmitter emitter) {
    AutoCloseable watch = open.remove(emitter);
    if (watch != null) {
      try {
        watch.close();
      } catch (Exception ignored) {
        // the subscription is gone either way
      }
    }
  }

  @Override
  public void start() {
    long millis = heartbeat.toMillis();
    beats.scheduleWithFixedDelay(() -> open.keySet().forEach(e -> send(e, SseEmitter.event().comment("beat"))),
        millis, millis, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    beats.shutdownNow();
    open.keySet().forEach(emitter -> {
      drop(emitter);
      emitter.complete();
    });
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
