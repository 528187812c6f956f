export * from "./schema.ts";
export * from "./create-db.ts";
export { migrations } from "./migrations/index.ts";
export {
  createQueryId,
  sql,
  type CompiledQuery,
  type Compilable,
  type Kysely,
  type QueryResult,
  type RawBuilder,
  type Transaction,
} from "kysely";
export {
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_REASON,
  isDatabaseUnavailable,
} from "./unavailable.ts";
