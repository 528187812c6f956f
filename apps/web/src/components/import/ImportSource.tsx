import { Alert, Button, FileInput, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

export type ImportSourceValue = { kind: "text"; text: string } | { kind: "docx"; base64: string };

const MAX_BYTES = 20 * 1024 * 1024;

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Where the report comes from: a DOCX or TXT file, or text pasted in. */
export function ImportSource({
  onRead,
  loading,
}: {
  onRead: (source: ImportSourceValue, fileName: string | null) => void;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  const read = async () => {
    setError(null);
    if (file) {
      if (file.size > MAX_BYTES) return setError(t("importReport.tooBig"));
      if (/\.docx$/i.test(file.name))
        return onRead({ kind: "docx", base64: toBase64(await file.arrayBuffer()) }, file.name);
      if (/\.(txt|md)$/i.test(file.name)) return onRead({ kind: "text", text: await file.text() }, file.name);
      return setError(t("importReport.wrongType", { name: file.name }));
    }
    if (!text.trim()) return setError(t("importReport.nothing"));
    onRead({ kind: "text", text }, null);
  };

  return (
    <Stack gap="sm">
      <FileInput
        label={t("importReport.file")}
        description={t("importReport.fileHint")}
        accept=".docx,.txt,.md"
        clearable
        value={file}
        onChange={setFile}
      />
      <Textarea
        label={t("importReport.paste")}
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        disabled={!!file}
      />
      {error ? (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void read()} loading={loading}>
          {t("importReport.read")}
        </Button>
      </Group>
    </Stack>
  );
}
