import { Box, Group, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";

/** "年报 Nianbao" with a seal-red mark, linking to the start page; `compact`: only the mark on a phone. */
export function BrandTitle({ subtitle, compact = false }: { subtitle?: string; compact?: boolean }) {
  return (
    <UnstyledButton component={Link} to="/">
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
        >
          年
        </Text>
        {/* On a phone only the mark shows (the header is narrow); the name stays for screen readers. */}
        <Text
          component="span"
          fw={700}
          size="lg"
          style={{ whiteSpace: "nowrap" }}
          visibleFrom={compact ? "sm" : undefined}
        >
          年报{" "}
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
    </UnstyledButton>
  );
}
