package io.supportflow.console.adapter.web.page;

import java.time.ZoneId;

/** How the pages show things: the zone times are shown in. */
public record PageOptions(ZoneId zone) {}
