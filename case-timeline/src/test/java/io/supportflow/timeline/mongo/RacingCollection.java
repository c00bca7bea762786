package io.supportflow.timeline.mongo;

import com.mongodb.client.MongoCollection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;

/** A collection that lets a competing write in just before its first versioned update or bulk write. */
final class RacingCollection {

  private RacingCollection() {}

  @SuppressWarnings("unchecked")
  static MongoCollection<Document> around(MongoCollection<Document> real, Runnable competitor) {
    AtomicBoolean raced = new AtomicBoolean();
    return (MongoCollection<Document>) Proxy.newProxyInstance(RacingCollection.class.getClassLoader(),
        new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
          boolean versioned = method.getName().equals("updateOne") && args[0] instanceof Document filter
              && filter.containsKey("version");
          if ((versioned || method.getName().equals("bulkWrite")) && raced.compareAndSet(false, true)) {
            competitor.run();
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
