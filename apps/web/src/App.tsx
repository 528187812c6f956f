import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { LocaleBridge } from "./components/LocaleBridge.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { AdminPage } from "./pages/admin.page.tsx";
import { HomePage } from "./pages/home.page.tsx";
import { AdminYearPage } from "./pages/admin-year.page.tsx";
import { AdminYearsPage } from "./pages/admin-years.page.tsx";
import { DashboardPage } from "./pages/dashboard.page.tsx";
import { NotFoundPage } from "./pages/not-found.page.tsx";
import { PrintPage } from "./pages/print.page.tsx";
import { ReportPage } from "./pages/report.page.tsx";
import { SandboxPage } from "./pages/sandbox.page.tsx";
import { SignInPage } from "./pages/signin.page.tsx";
import { TownshipDashboardPage } from "./pages/township-dashboard.page.tsx";
import { theme } from "./theme.ts";
import { TRPCProvider, createApiClient, createQueryClient } from "./trpc.ts";

const router = createBrowserRouter([
  {
    element: <LocaleBridge />,
    children: [
      { path: "/signin", element: <SignInPage /> },
      {
        // Everything else needs a signed-in person.
        element: <RequireSession />,
        children: [
          { path: "/", element: <HomePage /> },
          { path: "/admin", element: <AdminPage /> },
          { path: "/admin/years", element: <AdminYearsPage /> },
          { path: "/admin/years/:yearId", element: <AdminYearPage /> },
          { path: "/dashboard", element: <DashboardPage /> },
          { path: "/dashboard/townships/:orgId", element: <TownshipDashboardPage /> },
          { path: "/reports/:reportId/print", element: <PrintPage /> },
          // Plugin forms with fixtures, for developers and administrators (any signed-in person may open it).
          { path: "/sandbox", element: <SandboxPage /> },
          { path: "/reports/:reportId/:sectionKey?", element: <ReportPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
