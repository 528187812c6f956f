/** Sign-in and sign-out go to better-auth on the same origin (/api/auth/*); one's own password and sessions go through tRPC (session.*). */
export type AuthFailure = "invalid" | "rate-limited" | "other";

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
}

function failure(status: number): AuthFailure {
  if (status === 401 || status === 400) return "invalid";
  if (status === 429) return "rate-limited";
  return "other";
}

export async function signIn(username: string, password: string): Promise<AuthFailure | null> {
  const res = await post("sign-in/username", { username: username.trim(), password });
  return res.ok ? null : failure(res.status);
}

export async function signOut(): Promise<void> {
  await post("sign-out", {});
}
