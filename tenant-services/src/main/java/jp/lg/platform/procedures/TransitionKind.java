package jp.lg.platform.procedures;

/** What a move between stages means to the applicant. */
public enum TransitionKind {
    /** On to the next stage (受付, 審査開始, 交付). */
    ADVANCE,
    /** 差戻し: back to the applicant for correction. */
    RETURN,
    /** 却下: refused; final. */
    REJECT,
    /** The corrected application is submitted again. */
    RESUBMIT
}
