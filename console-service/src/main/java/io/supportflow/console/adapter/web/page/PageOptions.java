package io.supportflow.console.adapter.web.page;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the pages show and stream: the zone times are shown in, and how long one live queue
 * connection stays open (the browser reconnects by itself after).
 */
public record PageOptions(ZoneId zone, Duration live) {}
