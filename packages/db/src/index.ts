export * from "./schema.ts";
export * from "./create-db.ts";
export { migrations } from "./migrations/index.ts";
export { sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
export {
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_REASON,
  isDatabaseUnavailable,
} from "./unavailable.ts";
