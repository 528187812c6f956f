import { Group, Text, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";

/** "年报 Nianbao" with a seal-red mark, linking to the start page. */
export function BrandTitle({ subtitle }: { subtitle?: string }) {
  return (
    <UnstyledButton component={Link} to="/" aria-label="年报 Nianbao">
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
        >
          年
        </Text>
        <Text component="span" fw={700} size="lg" style={{ whiteSpace: "nowrap" }}>
          年报 <Text component="span" c="dimmed" fw={500} size="lg">Nianbao</Text>
        </Text>
        {subtitle ? (
          <Text component="span" c="dimmed" size="sm" visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
            {subtitle}
          </Text>
        ) : null}
      </Group>
    </UnstyledButton>
  );
}
