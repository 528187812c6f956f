import { Center } from "@mantine/core";
import { NotFoundState } from "../components/NotFoundState.tsx";

export function NotFoundPage() {
  return (
    <Center component="main" id="main-content" mih="100vh">
      <NotFoundState />
    </Center>
  );
}
