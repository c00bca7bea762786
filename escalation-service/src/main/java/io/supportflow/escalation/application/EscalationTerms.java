package io.supportflow.escalation.application;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.Roster;

/** What the decision's terms say about escalating: the matrix, who holds its roles, and the calendar. */
public record EscalationTerms(EscalationMatrix matrix, Roster roster, BusinessCalendar calendar) {}
