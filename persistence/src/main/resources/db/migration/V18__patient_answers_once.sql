-- docs/clinical-rules.md section 7a: a patient answers a questionnaire in their app only while it is
-- due, and once answered it is not due again for weeks. Two devices sending the same one at the
-- same moment would both see it due; this keeps one and refuses the other.
create unique index outcome_measure_patient_answers_once_idx
    on outcome_measure (episode_id, instrument, taken_on) where recorded_by is null;
