package io.supportflow.infra.stack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The readiness check of a process the stack starts: a 200 to the request; no answer yet is a no. */
final class HttpReadiness {

  private HttpReadiness() {}

  static boolean answersOk(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
