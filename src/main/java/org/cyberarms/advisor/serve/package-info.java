/**
 * The analyst's workbench ({@code advisor serve}): a local web server for the page and its JSON API, each
 * answer exactly what the command of the same name prints as JSON. It answers from {@link
 * org.cyberarms.advisor.serve.Inputs}, the seam live reload replaces, and writes nothing but scenario files.
 */
package org.cyberarms.advisor.serve;
