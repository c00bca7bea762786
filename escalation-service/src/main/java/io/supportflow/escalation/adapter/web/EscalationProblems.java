package io.supportflow.escalation.adapter.web;

import io.supportflow.web.ProblemAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for every error of the escalation API (a 404 included): the kit's, nothing of its own. */
@RestControllerAdvice
public class EscalationProblems extends ProblemAdvice {}
