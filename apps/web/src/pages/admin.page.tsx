import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  PasswordInput,
  Select,
  Stack,
  Table,
  Tabs,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AccountSessionsButton, EditAccountButton } from "../components/admin/AccountActions.tsx";
import { AppPage } from "../components/AppHeader.tsx";
import { AuditLog } from "../components/admin/AuditLog.tsx";
import { ResetPasswordButton } from "../components/admin/ResetPasswordButton.tsx";
import { PasswordStrength } from "../components/PasswordStrength.tsx";
import { useSession } from "../hooks/use-session.ts";
import { confirmAction } from "../lib/confirm.tsx";
import { useTRPC } from "../trpc.ts";

type Role = "admin" | "reviewer" | "editor" | "viewer";
const ROLES: Role[] = ["admin", "reviewer", "editor", "viewer"];

/** /admin — accounts, deadline exceptions and the audit log of the administrator's scope. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <AppPage>
      <Container size="lg" py="xl">
        <Title order={2} mb="md">
          {t("manage.title")}
        </Title>
        <Tabs defaultValue="accounts" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="accounts">{t("manage.accounts")}</Tabs.Tab>
            <Tabs.Tab value="exceptions">{t("manage.exceptions")}</Tabs.Tab>
            <Tabs.Tab value="audit">{t("manage.audit")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="accounts" pt="md">
            <Accounts />
          </Tabs.Panel>
          <Tabs.Panel value="exceptions" pt="md">
            <Exceptions />
          </Tabs.Panel>
          <Tabs.Panel value="audit" pt="md">
            <AuditLog />
          </Tabs.Panel>
        </Tabs>
      </Container>
    </AppPage>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useQuery(trpc.account.list.queryOptions());
  // Nobody may disable their own account (the server refuses it): no button for it.
  const me = useSession().data?.id;
  const orgs = useQuery(trpc.org.administered.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });
  const create = useMutation(trpc.account.create.mutationOptions({ onSuccess: refresh }));
  const disable = useMutation(trpc.account.setDisabled.mutationOptions({ onSuccess: refresh }));
  const [form, setForm] = useState({
    username: "",
    displayName: "",
    password: "",
    role: "editor" as Role,
    orgUnitId: "",
  });
  const orgOptions = (orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Stack>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("auth.username")}</Table.Th>
            <Table.Th>{t("manage.displayName")}</Table.Th>
            <Table.Th>{t("manage.role")}</Table.Th>
            <Table.Th>{t("manage.org")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data?.map((a) => (
            <Table.Tr key={`${a.id}/${a.orgUnitId}/${a.role}`}>
              <Table.Td>{a.username}</Table.Td>
              <Table.Td>{a.displayName}</Table.Td>
              <Table.Td>{t(`roles.${a.role}`)}</Table.Td>
              <Table.Td>{a.orgName}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end">
                  {a.disabled ? <Badge color="gray">{t("manage.disabled")}</Badge> : null}
                  {a.mustChangePassword ? (
                    <Badge color="yellow" variant="light">
                      {t("security.mustChange")}
                    </Badge>
                  ) : null}
                  <EditAccountButton account={a} orgOptions={orgOptions} />
                  <AccountSessionsButton account={a} />
                  {a.id === me ? null : (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={async () => {
                        if (
                          !a.disabled &&
                          !(await confirmAction({
                            title: t("confirm.disableTitle", { name: a.displayName }),
                            consequences: [t("confirm.disableWhat"), t("confirm.disableUndo")],
                            confirmLabel: t("manage.disable"),
                            danger: true,
                          }))
                        )
                          return;
                        disable.mutate({ userId: a.id, disabled: !a.disabled });
                      }}
                    >
                      {a.disabled ? t("manage.enable") : t("manage.disable")}
                    </Button>
                  )}
                  <ResetPasswordButton account={a} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {disable.error ? <Alert color="red">{disable.error.message}</Alert> : null}
      <Title order={4}>{t("manage.newAccount")}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("auth.username")}
          value={form.username}
          onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
        />
        <TextInput
          label={t("manage.displayName")}
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
        />
        <PasswordInput
          label={t("auth.password")}
          // In a Group a PasswordInput has no width of its own (it shrank to its eye icon).
          w={220}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          autoComplete="new-password"
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
          value={form.orgUnitId || null}
          onChange={(v) => setForm({ ...form, orgUnitId: v ?? "" })}
          searchable
        />
        <Button
          loading={create.isPending}
          disabled={!form.orgUnitId}
          onClick={() =>
            create.mutate(form, {
              onSuccess: () => setForm({ ...form, username: "", displayName: "", password: "" }),
            })
          }
        >
          {t("manage.create")}
        </Button>
      </Group>
      <PasswordStrength password={form.password} username={form.username} displayName={form.displayName} />
      {create.error ? <Alert color="red">{create.error.message}</Alert> : null}
    </Stack>
  );
}

function Exceptions() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const years = useQuery(trpc.year.list.queryOptions());
  const orgs = useQuery(trpc.org.townships.queryOptions());
  const [yearId, setYearId] = useState<string | null>(null);
  const year = yearId ?? years.data?.[0]?.id ?? null;
  const list = useQuery({ ...trpc.exception.list.queryOptions({ yearId: year ?? "" }), enabled: !!year });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.exception.list.pathKey() });
  const open = useMutation(trpc.exception.open.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.exception.revoke.mutationOptions({ onSuccess: refresh }));
  const [orgId, setOrgId] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  return (
    <Stack>
      <Select
        label={t("manage.year")}
        data={(years.data ?? []).map((y) => ({
          value: y.id,
          label: `${y.regionName} ${t("report.year", { year: y.year })}`,
        }))}
        value={year}
        onChange={setYearId}
        maw={320}
      />
      <Table striped>
        <Table.Tbody>
          {list.data?.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.orgName}</Table.Td>
              <Table.Td>{e.reason}</Table.Td>
              <Table.Td>{e.until}</Table.Td>
              <Table.Td>{e.createdBy ?? "—"}</Table.Td>
              <Table.Td>
                {e.revokedAt ? (
                  <Badge color="gray">{t("manage.revoked")}</Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={async () => {
                      if (
                        await confirmAction({
                          title: t("confirm.revokeTitle", { org: e.orgName }),
                          consequences: [t("confirm.revokeWhat", { org: e.orgName })],
                          confirmLabel: t("manage.revoke"),
                          danger: true,
                        })
                      )
                        revoke.mutate({ id: e.id });
                    }}
                  >
                    {t("manage.revoke")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t("manage.openException")}</Title>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t("home.township")}
          data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={orgId}
          onChange={setOrgId}
          searchable
        />
        <TextInput
          label={t("manage.until")}
          placeholder="2025-03-31"
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
        />
        <Textarea
          label={t("manage.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={1}
          w={320}
        />
        <Button
          disabled={!year || !orgId || !reason.trim() || !until}
          loading={open.isPending}
          onClick={() => year && orgId && open.mutate({ yearId: year, orgId, reason, until })}
        >
          {t("manage.open")}
        </Button>
      </Group>
      {open.error || revoke.error ? <Alert color="red">{(open.error ?? revoke.error)!.message}</Alert> : null}
    </Stack>
  );
}
