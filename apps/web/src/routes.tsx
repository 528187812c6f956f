import type { ComponentType } from "react";
import type { RouteObject } from "react-router";
import { LocaleBridge } from "./components/LocaleBridge.tsx";
import { RequireRole } from "./components/RequireRole.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { RouteError } from "./components/RouteError.tsx";

/**
 * Every page is its own chunk, fetched when its route is first visited: the sign-in page does not carry the
 * editor, the dashboard's charts or the administration. A page module is only ever reached through `page()`
 * (a test fails when the entry chunk pulls one in: `src/bundle.test.ts`).
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Pick<RouteObject, "lazy"> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

export const routes: RouteObject[] = [
  {
    element: <LocaleBridge />,
    // A chunk that fails to load (the app was updated while the tab stayed open, the network dropped).
    errorElement: <RouteError />,
    children: [
      {
        // The published reports: no sign-in.
        path: "/public",
        ...page(
          () => import("./pages/public.page.tsx"),
          (m) => m.PublicPage,
        ),
      },
      {
        path: "/signin",
        ...page(
          () => import("./pages/signin.page.tsx"),
          (m) => m.SignInPage,
        ),
      },
      {
        // Everything else needs a signed-in person.
        element: <RequireSession />,
        children: [
          {
            path: "/",
            ...page(
              () => import("./pages/home.page.tsx"),
              (m) => m.HomePage,
            ),
          },
          {
            // Administrators only; anyone else is told why (RequireRole).
            element: <RequireRole roles={["admin"]} page="admin" />,
            children: [
              {
                path: "/admin",
                ...page(
                  () => import("./pages/admin.page.tsx"),
                  (m) => m.AdminPage,
                ),
              },
              {
                path: "/admin/years",
                ...page(
                  () => import("./pages/admin-years.page.tsx"),
                  (m) => m.AdminYearsPage,
                ),
              },
              {
                path: "/admin/years/:yearId",
                ...page(
                  () => import("./pages/admin-year.page.tsx"),
                  (m) => m.AdminYearPage,
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={["admin", "reviewer", "viewer"]} page="dashboard" />,
            children: [
              {
                path: "/dashboard",
                ...page(
                  () => import("./pages/dashboard.page.tsx"),
                  (m) => m.DashboardPage,
                ),
              },
            ],
          },
          {
            path: "/dashboard/townships/:orgId",
            ...page(
              () => import("./pages/township-dashboard.page.tsx"),
              (m) => m.TownshipDashboardPage,
            ),
          },
          {
            path: "/reports/:reportId/print",
            ...page(
              () => import("./pages/print.page.tsx"),
              (m) => m.PrintPage,
            ),
          },
          // Plugin forms with fixtures, for developers and administrators (any signed-in person may open it).
          {
            path: "/sandbox",
            ...page(
              () => import("./pages/sandbox.page.tsx"),
              (m) => m.SandboxPage,
            ),
          },
          {
            path: "/reports/:reportId/import",
            ...page(
              () => import("./pages/import.page.tsx"),
              (m) => m.ImportPage,
            ),
          },
          {
            path: "/reports/:reportId/:sectionKey?",
            ...page(
              () => import("./pages/report.page.tsx"),
              (m) => m.ReportPage,
            ),
          },
        ],
      },
      {
        path: "*",
        ...page(
          () => import("./pages/not-found.page.tsx"),
          (m) => m.NotFoundPage,
        ),
      },
    ],
  },
];
