import { sql, type DB, type Kysely } from "@nianbao/db";

/**
 * Sign-in throttling, stored in `sign_in_throttle` (so every server on one database shares it). Failures are
 * counted under three keys, each with a growing back-off once its free allowance is used up (1 s, 2 s, 4 s …
 * up to 15 minutes), and forgotten after 15 quiet minutes:
 *
 * - `pair:<username>|<address>`: one account from one address (5 free failures) — always applies;
 * - `account:<username>`: one account from anywhere (20 free) — a guesser spread over many addresses;
 * - `address:<address>`: one address over every account (50 free by default) — a guesser trying many names.
 *
 * The account-wide and address-wide back-offs never apply to an address the account has signed in from
 * before (`known:<username>|<address>`, kept on success): someone guessing cannot lock the account's owner,
 * or the colleagues behind the same NAT, out of their usual place. Keys use the username as typed
 * (normalised), whether or not such an account exists, so the answers reveal nothing about accounts.
 */
export interface ThrottleLimits {
  pair: number;
  account: number;
  address: number;
}
export const DEFAULT_LIMITS: ThrottleLimits = { pair: 5, account: 20, address: 50 };
export const MAX_BACKOFF_SECONDS = 15 * 60;
const FORGET_AFTER = "15 minutes";

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase().slice(0, 64);
}

function keys(username: string, address: string) {
  const u = normalizeUsername(username);
  return {
    pair: `pair:${u}|${address}`,
    account: `account:${u}`,
    address: `address:${address}`,
    known: `known:${u}|${address}`,
  };
}

/** Seconds this sign-in must wait (0: go ahead). */
export async function signInWait(
  db: Kysely<DB>,
  username: string,
  address: string,
  now = new Date(),
): Promise<number> {
  const k = keys(username, address);
  const rows = await db
    .selectFrom("sign_in_throttle")
    .select(["key", "blocked_until"])
    .where("key", "in", [k.pair, k.account, k.address, k.known])
    .execute();
  const known = rows.some((r) => r.key === k.known);
  let until = 0;
  for (const r of rows) {
    if (!r.blocked_until || r.key === k.known) continue;
    if (known && r.key !== k.pair) continue;
    until = Math.max(until, r.blocked_until.getTime());
  }
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Count a failed sign-in under its three keys, starting or growing their back-off. */
export async function recordSignInFailure(
  db: Kysely<DB>,
  username: string,
  address: string,
  limits: ThrottleLimits = DEFAULT_LIMITS,
): Promise<void> {
  const k = keys(username, address);
  for (const [key, free] of [
    [k.pair, limits.pair],
    [k.account, limits.account],
    [k.address, limits.address],
  ] as const) {
    await sql`
      insert into sign_in_throttle as t (key, failures, blocked_until, updated_at)
      values (${key}, 1, null, now())
      on conflict (key) do update set
        failures = case when t.updated_at < now() - ${FORGET_AFTER}::interval then 1 else t.failures + 1 end,
        blocked_until = case
          when (case when t.updated_at < now() - ${FORGET_AFTER}::interval then 1 else t.failures + 1 end) > ${free}
          then now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, least(20, (case when t.updated_at < now() - ${FORGET_AFTER}::interval then 1 else t.failures + 1 end) - ${free} - 1))))
          else t.blocked_until end,
        updated_at = now()
    `.execute(db);
  }
}

/** A successful sign-in: its pair and account counts cleared, the address remembered for the account. */
export async function recordSignInSuccess(db: Kysely<DB>, username: string, address: string): Promise<void> {
  const k = keys(username, address);
  await db.deleteFrom("sign_in_throttle").where("key", "in", [k.pair, k.account]).execute();
  await db
    .insertInto("sign_in_throttle")
    .values({ key: k.known, failures: 0, blocked_until: null })
    .onConflict((oc) => oc.column("key").doUpdateSet({ updated_at: new Date() }))
    .execute();
  // Housekeeping: counts long quiet, and addresses not used for 90 days.
  await sql`delete from sign_in_throttle where (key not like 'known:%' and updated_at < now() - interval '1 day') or (key like 'known:%' and updated_at < now() - interval '90 days')`.execute(
    db,
  );
}
