import { Text } from "@mantine/core";
import { AppHeader } from "./AppHeader.tsx";

/** The header of the tool pages (e.g. the sandbox): the app header with the page's name beside the brand. */
export function PageHeader({ subtitle }: { subtitle?: string }) {
  return (
    <div style={{ height: 60, background: "white", borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
      <AppHeader>
        {subtitle ? (
          <Text c="dimmed" size="sm" visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
            {subtitle}
          </Text>
        ) : null}
      </AppHeader>
    </div>
  );
}
