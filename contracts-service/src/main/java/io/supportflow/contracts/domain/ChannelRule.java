package io.supportflow.contracts.domain;

import java.util.List;

/** A channel a plan allows, for the priorities listed (none listed: every priority). */
public record ChannelRule(Channel channel, List<Priority> priorities) {

  public ChannelRule {
    Checks.required("channel", channel);
    priorities = Checks.list("priorities", priorities, 4);
  }

  public boolean allows(Channel requested, Priority priority) {
    return channel == requested && (priorities.isEmpty() || priorities.contains(priority));
  }
}
