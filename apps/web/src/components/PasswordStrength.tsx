import type * as PasswordPolicy from "@nianbao/password";
import { Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppLocale } from "../hooks/use-app-locale.ts";

type Policy = typeof PasswordPolicy;

/** The password policy, loaded with the first password field (its dictionaries are large; most pages never need them). */
function usePolicy(): Policy | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    let live = true;
    void import("@nianbao/password").then((m) => live && setPolicy(m));
    return () => {
      live = false;
    };
  }, []);
  return policy;
}

const COLORS = ["red", "red", "orange", "teal", "green"] as const;

/**
 * Live feedback under a new-password field: how strong it is (the estimate the server applies) and, while it
 * would be refused, why — the same policy as the API and the command line (@nianbao/password).
 */
export function PasswordStrength({
  password,
  username,
  displayName,
}: {
  password: string;
  username?: string;
  displayName?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useAppLocale();
  const policy = usePolicy();
  if (!password || !policy) return null;
  const v = policy.checkPassword(password, { username, displayName });
  const score = v.ok ? v.score : Math.min(v.score, 2);
  return (
    <Stack gap={4} data-testid="password-strength" aria-live="polite">
      <Progress
        value={((score + 1) / 5) * 100}
        color={COLORS[score]}
        size="sm"
        aria-label={t("security.strength")}
      />
      <Text size="xs" c={v.ok ? "teal.8" : "red.8"}>
        {v.ok ? t("security.strongEnough") : locale === "zh-CN" ? v.reason!.zh : v.reason!.en}
      </Text>
    </Stack>
  );
}

/** Whether the policy accepts the password (for enabling a submit button); null while the policy loads. */
export function usePasswordAccepted(
  password: string,
  owner: { username?: string; displayName?: string },
): boolean | null {
  const policy = usePolicy();
  return policy ? policy.checkPassword(password, owner).ok : null;
}
