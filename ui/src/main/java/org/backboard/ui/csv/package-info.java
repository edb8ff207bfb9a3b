/**
 * CSV in and out, through Apache Commons CSV (a format adapter, so here and not in core): the one
 * writer both exports use, with the one guard against spreadsheet formulas, and the reader that
 * understands or refuses what a spreadsheet saves.
 */
package org.backboard.ui.csv;
