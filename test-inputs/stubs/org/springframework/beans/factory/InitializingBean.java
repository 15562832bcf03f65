package org.springframework.beans.factory;

/** Stub of Spring's InitializingBean. */
public interface InitializingBean {
  void afterPropertiesSet() throws Exception;
}
