package com.example.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Orders are accepted on the caller's thread and confirmed asynchronously. Every access to the
 * map holds the book's monitor, including the one three calls below the async task: safe.
 */
public class OrderBook {
  private final Map<String, Order> open = new LinkedHashMap<>();
  private final ExecutorService workers;

  public OrderBook(ExecutorService workers) {
    this.workers = workers;
  }

  public synchronized void accept(Order order) {
    open.put(order.id(), order);
  }

  public CompletableFuture<Void> confirmAsync(String id) {
    return CompletableFuture.runAsync(() -> confirm(id), workers);
  }

  private void confirm(String id) {
    synchronized (this) {
      close(id);
    }
  }

  private void close(String id) {
    remove(id);
  }

  private void remove(String id) {
    open.remove(id);
  }

  public synchronized int openCount() {
    return open.size();
  }
}
