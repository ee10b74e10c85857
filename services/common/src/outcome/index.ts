/** A task's fate: its attempts record and the results and hand-backs built from it. */
export { DEFAULT_MAX_ATTEMPTS, decodeAttempts, diskFullHandbacks, errorHistory, hasAttempts, maxAttemptsOf, oomDevices } from "./attempts";
export { doneResult, failedResult, handBackError, handbackReasonOf, type AttemptFields, type HandBack, type DoneFields } from "./results";
