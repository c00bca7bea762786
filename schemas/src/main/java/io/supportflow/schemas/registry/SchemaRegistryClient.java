package io.supportflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent Schema Registry REST API, the dialect Confluent, Apicurio (under
 * /apis/ccompat/v7), Karapace and Redpanda all speak. Ids and schemas are cached for the life of
 * the client: a schema id never changes its meaning, so the registry is asked once per schema.
 */
public final class SchemaRegistryClient {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUri;
  private final String authorization;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  private record SubjectSchema(String subject, Schema schema) {}

  /**
   * @param baseUrl registry base URL, e.g. http://localhost:8081/apis/ccompat/v7
   * @param basicAuthUserInfo "user:password" for HTTP basic auth, or null
   */
  public SchemaRegistryClient(String baseUrl, String basicAuthUserInfo, Duration requestTimeout) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("schema registry URL is not set");
    }
    this.baseUri = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    this.authorization =
        basicAuthUserInfo == null || basicAuthUserInfo.isBlank()
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(basicAuthUserInfo.getBytes(StandardCharsets.UTF_8));
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
  }

  public String baseUrl() {
    return baseUri.toString();
  }

  /** Registers the schema under the subject (a no-op if it is there already) and returns its id. */
  public int register(String subject, Schema schema) {
    return idsBySubjectSchema.computeIfAbsent(
        new SubjectSchema(subject, schema),
        key -> {
          JsonNode answer = post("subjects/" + encode(subject) + "/versions", schemaBody(schema));
          int id = answer.path("id").asInt(-1);
          schemasById.putIfAbsent(id, schema);
          return id;
        });
  }

  /** The id of a schema already registered under the subject, without registering it. */
  public int lookup(String subject, Schema schema) {
    return idsBySubjectSchema.computeIfAbsent(
        new SubjectSchema(subject, schema),
        key -> {
          JsonNode answer = post("subjects/" + encode(subject), schemaBody(schema));
          int id = answer.path("id").asInt(-1);
          schemasById.putIfAbsent(id, schema);
          return id;
        });
  }

  /** The schema a writer registered under this id. */
  public Schema schemaById(int id) {
    return schemasById.computeIfAbsent(
        id,
        key -> {
          JsonNode answer = get("schemas/ids/" + id);
          return new Schema.Parser().parse(answer.path("schema").asText());
        });
  }

  /** Sets the compatibility level of a subject, or globally when subject is null. */
  public void setCompatibility(String subject, String level) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", level);
    send(
        request(subject == null ? "config" : "config/" + encode(subject))
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private static String schemaBody(Schema schema) {
    return JSON.createObjectNode().put("schema", schema.toString()).toString();
  }

  private JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  private JsonNode post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(baseUri.resolve(path))
            .timeout(requestTimeout)
            .header("Accept", CONTENT_TYPE + ", application/json")
            .header("Content-Type", CONTENT_TYPE);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SchemaRegistryException(
          "Schema registry at " + baseUri + " could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      throw new SchemaRegistryException(
          "Schema registry at %s answered %d to %s %s: %s (error code %d)"
              .formatted(
                  baseUri,
                  response.statusCode(),
                  request.method(),
                  request.uri().getPath(),
                  body.path("message").asText(response.body()),
                  body.path("error_code").asInt(-1)),
          response.statusCode(),
          body.path("error_code").asInt(-1));
    }
    return body;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("message", body);
    }
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8);
  }
}
