import { UnstyledButton } from "@mantine/core";
import { Link } from "react-router";
import { BrandMark } from "./BrandMark.tsx";

/** The mark, linking to the start page; `compact`: only the mark on a phone. */
export function BrandTitle({ subtitle, compact = false }: { subtitle?: string; compact?: boolean }) {
  return (
    <UnstyledButton component={Link} to="/">
      <BrandMark subtitle={subtitle} compact={compact} />
    </UnstyledButton>
  );
}
