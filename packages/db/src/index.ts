export * from "./schema.ts";
export * from "./create-db.ts";
export { migrations } from "./migrations/index.ts";
export { sql, type Kysely, type Transaction } from "kysely";
