import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The dev server proxies the API to a running `pnpm nianbao serve` (http://127.0.0.1:3000). */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/trpc": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
