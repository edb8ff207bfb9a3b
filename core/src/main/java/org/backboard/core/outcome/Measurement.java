package org.backboard.core.outcome;

/** The answers of one questionnaire, which know how they are scored. */
public sealed interface Measurement permits OdiAnswers, StartBackAnswers, PsfsAnswers {

    Instrument instrument();

    /** The score as the patient page lists it, e.g. "34 % · moderate disability". */
    String scoreText();

    /** What was answered, in one line, for the clinician reading the patient's own answers. */
    String answersText();
}
