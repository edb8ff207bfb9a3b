/**
 * Importing patients from a clinic's list (a CSV file, read by the application): each row checked
 * with the same rules as the patient and episode forms, duplicates found within the file and against
 * the clinic, nothing saved until a lead confirms, then every valid row saved in one transaction.
 */
package org.backboard.core.patientimport;
