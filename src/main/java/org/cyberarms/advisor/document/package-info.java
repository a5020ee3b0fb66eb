/**
 * One document model for every answer the advisor gives, and one backend per format that prints it.
 *
 * <p>An answer (report, what-if, path, explain, check, diff...) is built once as a {@link
 * org.cyberarms.advisor.document.Document}: sections, paragraphs, lists, tables, notes, definitions,
 * figures and pasteable commands, with inline marks for what a reader must not miss (a value a what-if
 * changed, a dimension that holds an element down). A {@link org.cyberarms.advisor.document.Backend} per
 * {@link org.cyberarms.advisor.document.Format} lays it out; a new answer or a new format is one class.
 *
 * <p>Machine formats: JSON prints the document's {@link org.cyberarms.advisor.document.Document#data() data}
 * tree (each answer's schema is in {@code docs/}) through the one {@link
 * org.cyberarms.advisor.document.JsonPrinter}; CSV prints the document's {@link
 * org.cyberarms.advisor.document.Document#sheet() sheet} table. This package depends on nothing of ours.
 */
package org.cyberarms.advisor.document;
