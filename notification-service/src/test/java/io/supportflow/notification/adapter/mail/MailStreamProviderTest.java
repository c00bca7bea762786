package io.supportflow.notification.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

/** Mail is built without a ServiceLoader scan per part: the provider is named once, by the notifier. */
class MailStreamProviderTest {

  @Test
  void theNotifierNamesAngusMailAsTheStreamProvider() throws Exception {
    Class.forName(SmtpNotifier.class.getName(), true, SmtpNotifier.class.getClassLoader());

    assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
  }
}
