/** The password policy's limits, without its dictionaries (loading those takes a moment: see policy.ts). */

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest password accepted (better-auth's limit; longer inputs only cost hashing time). */
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" against an online attack with throttling. */
export const MIN_PASSWORD_SCORE = 3;
