package io.supportflow.intake.adapter.ops;

import java.time.Duration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The base of the outage tests: the service's two ports, probed as a kubelet or an operator would. */
abstract class OutageTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  final Probes probes = new Probes();

  /** See {@link Probes#outageTakesItOutOfRotation}. */
  void outageTakesItOutOfRotation(String component, Duration within, Runnable outage) throws Exception {
    probes.outageTakesItOutOfRotation(port, managementPort, component, within, outage);
  }
}
