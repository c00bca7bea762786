package io.supportflow.notification.application;

/** A mail the server did not take, leased from the outbox for its next try, with the attempts counted so far (this one included). */
public record WaitingMail(PendingNotification notification, int attempts) {}
