/**
 * Reading input files safely, for every layer that reads one (knowledge, scenario, analyst-test and trace
 * files): only regular files are opened (a named pipe would block the run, a device would never end), and
 * a size limit is checked before a byte is read. Depends on nothing else of ours, so any layer may use it.
 */
package org.cyberarms.advisor.files;
