export {
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  MIN_PASSWORD_SCORE,
  type PasswordOwner,
  type PasswordProblem,
  type PasswordVerdict,
} from "./policy.ts";
