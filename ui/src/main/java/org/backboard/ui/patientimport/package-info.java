/** The lead's import of a patient list from a CSV file: upload, preview with every problem, confirm, report. */
package org.backboard.ui.patientimport;
