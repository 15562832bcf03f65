package dev.mapguard.extract;

import dev.mapguard.model.MapKind;

/**
 * What a declared type says about maps: whether values of it are maps at all, which kind when the
 * class decides it, whether reads write (WeakHashMap), or whether it is a holder of one map
 * (AtomicReference&lt;Map&gt;).
 */
record MapTypeInfo(MapKind kind, boolean weakReadsWrite, boolean holder, String simpleName) {
  boolean isMap() {
    return !holder;
  }
}
