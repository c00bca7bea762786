package io.supportflow.sla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SlaApplication {

  public static void main(String[] args) {
    SpringApplication.run(SlaApplication.class, args);
  }
}
