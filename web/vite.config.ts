import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./precompress";

const target = `http://127.0.0.1:${process.env.PORT ?? "4321"}`;
/**
 * The browser's Host header goes through as it is (Vite's shorthand would rewrite it to the
 * target's): the server compares a change's Origin with Host to refuse cross-site requests, and in
 * local mode answers only to a loopback Host (server/http/auth-routes.ts).
 */
const proxy = { target, changeOrigin: false };

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": proxy,
      "/healthz": proxy,
      "/readyz": proxy,
      "/ws": { target: target.replace("http", "ws"), ws: true, changeOrigin: false },
    },
  },
});
