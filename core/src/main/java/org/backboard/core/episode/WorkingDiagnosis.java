package org.backboard.core.episode;

/** Suspected cause (docs/clinical-rules.md section 7, seeds 000 and 002). */
public enum WorkingDiagnosis {
    SPRAIN_STRAIN("Sprain or strain"),
    HERNIATED_DISC("Herniated disc"),
    DEGENERATIVE_DISC_DISEASE("Degenerative disc disease"),
    SCIATICA("Sciatica"),
    SPINAL_STENOSIS("Spinal stenosis"),
    SPONDYLOLISTHESIS("Spondylolisthesis"),
    OSTEOARTHRITIS("Osteoarthritis"),
    OSTEOPOROSIS("Osteoporosis"),
    SCOLIOSIS("Scoliosis"),
    INFLAMMATORY("Inflammatory (e.g. ankylosing spondylitis)"),
    OTHER("Other");

    private final String label;

    WorkingDiagnosis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
