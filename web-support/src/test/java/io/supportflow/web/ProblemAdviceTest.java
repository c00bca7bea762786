package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ProblemAdviceTest {

  record Reporter(String name) {}

  record Body(Reporter reporter, int count) {}

  private final JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final ProblemAdvice advice = new ProblemAdvice();

  @Test
  void anUnknownFieldIsNamedByItsPath() {
    ProblemDetail problem = advice.unreadable(catchThrowable(() ->
        strict.readValue("{\"reporter\":{\"name\":\"x\",\"$where\":\"1\"}}", Body.class)));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties()).containsEntry("errors",
        List.of(new FieldProblem("reporter.$where", "is not a field of this document")));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsPath() {
    ProblemDetail problem = advice.unreadable(catchThrowable(() -> strict.readValue("{\"count\":\"many\"}", Body.class)));

    assertThat(problem.getProperties()).containsEntry("errors",
        List.of(new FieldProblem("count", "has the wrong type or format")));
    assertThat(problem.getDetail()).isEqualTo("The request body is not valid JSON for this endpoint. See errors.");
  }

  @Test
  void aBodyOverItsLimitIs413AndTextThatIsNoJsonIsUnreadable() {
    assertThat(advice.unreadable(new RuntimeException(new BodyTooLargeException(10))).getStatus()).isEqualTo(413);
    ProblemDetail garbage = advice.unreadable(catchThrowable(() -> strict.readValue("{nope", Map.class)));
    assertThat(garbage.getStatus()).isEqualTo(400);
    assertThat(garbage.getType().toString()).endsWith("/unreadable-body");
  }
}
