import { Group } from "@mantine/core";
import { BrandTitle } from "./BrandTitle.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** The simple header of the start page and the tool pages: brand (linking home) and language switch. */
export function PageHeader({ subtitle }: { subtitle?: string }) {
  return (
    <Group
      justify="space-between"
      px="lg"
      py="sm"
      bg="white"
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      <BrandTitle subtitle={subtitle} />
      <LanguageSwitch />
    </Group>
  );
}
