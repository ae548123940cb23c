// `npm run dev`: the server with reload (tsx watch) and Vite's dev server proxying /api and /ws to it.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "server/cli.ts", "start"], {
    stdio: "inherit",
    env: { ...process.env, FLIGHTDECK_SKIP_WEB_BUILD: "1" },
  }),
  spawn("npx", ["vite", "--config", "web/vite.config.ts"], { stdio: "inherit" }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
