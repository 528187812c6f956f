import { Alert, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../trpc.ts";
import { SessionsTable } from "../SessionsTable.tsx";

type Role = "admin" | "reviewer" | "editor" | "viewer";
const ROLES: Role[] = ["admin", "reviewer", "editor", "viewer"];
interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
}

/** An account's active sessions, seen and ended by an administrator of its scope. */
export function AccountSessionsButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, modal] = useDisclosure(false);
  const sessions = useQuery({ ...trpc.account.sessions.queryOptions({ userId: account.id }), enabled: open });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey({ userId: account.id }) });
  const end = useMutation(trpc.account.endSessions.mutationOptions({ onSuccess: refresh }));
  return (
    <>
      <Button size="xs" variant="subtle" onClick={modal.open}>
        {t("security.sessions")}
      </Button>
      <Modal
        opened={open}
        onClose={modal.close}
        title={t("security.sessionsOf", { name: account.displayName })}
        size="lg"
      >
        <Stack>
          <SessionsTable
            sessions={(sessions.data ?? []).map((s) => ({ ...s, current: false }))}
            onEnd={(sessionId) => end.mutate({ userId: account.id, sessionId })}
            ending={end.isPending ? (end.variables?.sessionId ?? null) : null}
          />
          <Group justify="flex-end">
            <Button
              color="red"
              variant="light"
              disabled={!sessions.data?.length}
              loading={end.isPending && !end.variables?.sessionId}
              onClick={() => end.mutate({ userId: account.id })}
            >
              {t("security.endAll")}
            </Button>
          </Group>
          {end.error ? <Alert color="red">{end.error.message}</Alert> : null}
        </Stack>
      </Modal>
    </>
  );
}

/** Name, username, role and unit of an account: changed by an administrator only, each change audited. */
export function EditAccountButton({
  account,
  orgOptions,
}: {
  account: Account;
  orgOptions: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, modal] = useDisclosure(false);
  const [form, setForm] = useState(account);
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });
  const rename = useMutation(trpc.account.rename.mutationOptions({ onSuccess }));
  const setUsername = useMutation(trpc.account.setUsername.mutationOptions({ onSuccess }));
  const setRole = useMutation(trpc.account.setRole.mutationOptions({ onSuccess }));
  const error = rename.error ?? setUsername.error ?? setRole.error;
  const busy = rename.isPending || setUsername.isPending || setRole.isPending;
  const save = async () => {
    if (form.displayName !== account.displayName)
      await rename.mutateAsync({ userId: account.id, displayName: form.displayName });
    if (form.username !== account.username)
      await setUsername.mutateAsync({ userId: account.id, username: form.username });
    if (form.role !== account.role || form.orgUnitId !== account.orgUnitId)
      await setRole.mutateAsync({ userId: account.id, role: form.role, orgUnitId: form.orgUnitId });
    modal.close();
  };
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => {
          setForm(account);
          modal.open();
        }}
      >
        {t("security.edit")}
      </Button>
      <Modal opened={open} onClose={modal.close} title={t("security.editAccount")}>
        <Stack>
          <TextInput
            label={t("manage.displayName")}
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
          />
          <TextInput
            label={t("auth.username")}
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
          />
          <Select
            label={t("manage.role")}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={form.role}
            onChange={(v) => v && setForm({ ...form, role: v as Role })}
            allowDeselect={false}
          />
          <Select
            label={t("manage.org")}
            data={orgOptions}
            value={form.orgUnitId}
            onChange={(v) => v && setForm({ ...form, orgUnitId: v })}
            searchable
            allowDeselect={false}
          />
          {error ? <Alert color="red">{error.message}</Alert> : null}
          <Button loading={busy} onClick={() => void save().catch(() => undefined)}>
            {t("security.save")}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
