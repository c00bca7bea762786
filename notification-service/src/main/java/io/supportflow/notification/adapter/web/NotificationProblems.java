package io.supportflow.notification.adapter.web;

import io.supportflow.web.ProblemAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem+json for every HTTP error of notification-service (a 404 included), like the
 * other services. It has no API of its own, only the health probes, so it has no authentication.
 */
@RestControllerAdvice
public class NotificationProblems extends ProblemAdvice {}
