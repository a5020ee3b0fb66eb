package org.cyberarms.advisor.model;

/** Conclusion: what to do about one element, tied to the dimension that blocks it. */
public record Recommendation(String elementId, String dimension, String title, String text) {}
