package dev.mapguard.rules;

import dev.mapguard.model.SourcePos;

/** A second place that explains a finding, e.g. the access it races with. */
public record RelatedLocation(SourcePos pos, String message) {}
