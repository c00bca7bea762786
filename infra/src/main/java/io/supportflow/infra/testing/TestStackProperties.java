package io.supportflow.infra.testing;

import io.supportflow.infra.stack.TestStack;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Puts the shared test stack's settings into the environment of every Spring test marked
 * {@link OnTestStack} (registered in META-INF/spring.factories): one place instead of a
 * {@code @DynamicPropertySource} copying them in each test class.
 */
public final class TestStackProperties implements ContextCustomizerFactory {

  static final String NAME = "SupportFlow test stack";
  /** The test's own sources (Spring's names), which stay above the stack's. */
  private static final List<String> TEST_SOURCES = List.of("Dynamic Test Properties", "Inlined Test Properties");

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, OnTestStack.class) ? new Customizer() : null;
  }

  /** All marked tests share one stack, so they are equal: Spring may reuse one context among them. */
  private record Customizer() implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      MutablePropertySources sources = context.getEnvironment().getPropertySources();
      MapPropertySource stack = new MapPropertySource(NAME, Map.copyOf(TestStack.shared().springProperties()));
      String below = TEST_SOURCES.stream().filter(sources::contains)
          .max(Comparator.comparingInt(name -> sources.precedenceOf(sources.get(name)))).orElse(null);
      if (below == null) {
        sources.addFirst(stack);
      } else {
        sources.addAfter(below, stack);
      }
    }
  }
}
