import { Box, Group, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";

/** "年报 Nianbao" with a seal-red mark; `compact`: only the mark on a phone (the name stays for screen readers). */
export function BrandMark({
  subtitle,
  compact = false,
}: {
  subtitle?: string | undefined;
  compact?: boolean;
}) {
  return (
    <Group gap={8} wrap="nowrap">
      <Text
        component="span"
        fw={700}
        c="white"
        bg="red.8"
        w={30}
        h={30}
        ta="center"
        lh="30px"
        style={{ borderRadius: 6, flex: "none" }}
        aria-hidden="true"
        lang="zh-CN"
      >
        年
      </Text>
      <Text
        component="span"
        fw={700}
        size="lg"
        style={{ whiteSpace: "nowrap" }}
        visibleFrom={compact ? "sm" : undefined}
      >
        <span lang="zh-CN">年报</span>{" "}
        <Text component="span" c="dimmed" fw={500} size="lg">
          Nianbao
        </Text>
      </Text>
      {compact ? (
        <Box hiddenFrom="sm">
          <VisuallyHidden>年报 Nianbao</VisuallyHidden>
        </Box>
      ) : null}
      {subtitle ? (
        <Text component="span" c="dimmed" size="sm" visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
          {subtitle}
        </Text>
      ) : null}
    </Group>
  );
}

/** The mark as an ordinary link to the start page, for the sign-in page that runs without the router (and never loads it).
 * Not in BrandTitle.tsx: a chunk shared with the app would then import the router. */
export function BrandTitlePlainLink({ subtitle }: { subtitle?: string }) {
  return (
    <UnstyledButton component="a" href="/">
      <BrandMark subtitle={subtitle} />
    </UnstyledButton>
  );
}
