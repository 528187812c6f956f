import "@mantine/core/styles.css";
import "./app.css";
import { StrictMode, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { loadI18n } from "./i18n/index.ts";

/**
 * The entry chunk holds React, Mantine's provider and i18next, nothing else. A first visit lands on the
 * sign-in page, which is served by a small shell of its own (no router, no API client, no editor); every
 * other address loads the app (router, API client, each page as its own chunk). The sign-in page signs in
 * and reloads into the app.
 */
async function start(): Promise<void> {
  const shell: Promise<ComponentType> =
    window.location.pathname === "/signin"
      ? import("./signin-app.tsx").then((m) => m.SignInApp)
      : import("./App.tsx").then((m) => m.App);
  const [Root] = await Promise.all([shell, loadI18n()]);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

void start();
