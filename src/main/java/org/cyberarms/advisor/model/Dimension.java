package org.cyberarms.advisor.model;

/** One of the impediments an element is assessed against (political endorsement, attribution, ...). */
public record Dimension(String id, String name, String meaning) {}
