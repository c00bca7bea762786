package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ProblemsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aProblemWrittenByAFilterIsProblemJsonWithEveryMemberAndEscapedText() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    Problems.write(response, Problems.problem(HttpStatus.BAD_REQUEST, "rejected", "Request rejected",
        "a \"quoted\" detail\nwith a line break"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    var body = JSON.readTree(response.getContentAsString());
    assertThat(body.get("type").asString()).isEqualTo("https://supportflow.io/problems/rejected");
    assertThat(body.get("title").asString()).isEqualTo("Request rejected");
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("detail").asString()).isEqualTo("a \"quoted\" detail\nwith a line break");
  }

  @Test
  void anInvalidRequestListsItsFieldsAndAnEmptyPathIsTheBody() {
    ProblemDetail problem = Problems.invalid(List.of(new FieldProblem("reporter.email", "must be an address"),
        new FieldProblem("", "is empty")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(Problems.json(problem)).contains(
        "\"errors\":[{\"field\":\"reporter.email\",\"message\":\"must be an address\"},{\"field\":\"(body)\",\"message\":\"is empty\"}]");
  }
}
