package io.supportflow.contracts.adapter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One exchange of the API tests over real HTTP: headers as name/value pairs, a header whose value is null left out. */
final class HttpCalls {

  private HttpCalls() {}

  static HttpResponse<String> send(HttpClient http, String url, String method, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i + 1] != null) {
        request.header(headers[i], headers[i + 1]);
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
