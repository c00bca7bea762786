package io.supportflow.escalation.adapter.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem+json for every error of the escalation API (a 404 included). */
@RestControllerAdvice
public class EscalationProblems extends ResponseEntityExceptionHandler {}
