package io.supportflow.infra.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test whose service runs against the shared {@link io.supportflow.infra.stack.TestStack}:
 * its Kafka, registry, Mongo and mail settings are in the test's environment, below the test's own
 * {@code @DynamicPropertySource} and {@code properties}, which may still override one of them.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnTestStack {}
