#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npm start` needs no separate server build step.
import { register } from "tsx/esm/api";

register();
await import("../server/cli.ts");
