import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The dev server proxies the API to a running `pnpm nianbao serve` (http://127.0.0.1:3000). */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": { target: "http://127.0.0.1:3000", changeOrigin: false },
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // One app chunk (React, Mantine, zod, the plugins' pure main entries) plus one small chunk per plugin
    // form; ~200 kB gzipped, loaded once by an office tool, so Vite's 500 kB warning is raised.
    chunkSizeWarningLimit: 1500,
  },
});
