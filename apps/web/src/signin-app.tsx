import { MantineProvider } from "@mantine/core";
import { SignInPage } from "./pages/signin.page.tsx";
import { theme } from "./theme.ts";

/** The sign-in page on its own, for a first visit to /signin: what an old computer downloads first. */
export function SignInApp() {
  return (
    <MantineProvider theme={theme}>
      <SignInPage />
    </MantineProvider>
  );
}
