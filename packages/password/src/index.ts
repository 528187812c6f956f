export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from "./limits.ts";
export { checkPassword, type PasswordOwner, type PasswordProblem, type PasswordVerdict } from "./policy.ts";
