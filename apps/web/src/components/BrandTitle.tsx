import { UnstyledButton } from "@mantine/core";
import { Link } from "react-router";
import { BrandMark } from "./BrandMark.tsx";

/** The mark, linking to the start page. */
export function BrandTitle({ subtitle }: { subtitle?: string }) {
  return (
    <UnstyledButton component={Link} to="/" aria-label="年报 Nianbao">
      <BrandMark subtitle={subtitle} />
    </UnstyledButton>
  );
}
