/** The registry decisions the review page has forms for (a subset of the workflow's actions). */
export const DECISIONS = ['accept', 'startVerification', 'answerVerification', 'returnDraft', 'confirmAtDesk', 'register', 'sign', 'pickupDone', 'refuse', 'cancelResult', 'requestSupplement'] as const;
export type Decision = (typeof DECISIONS)[number];
