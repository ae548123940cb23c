import { z } from "zod";

// Zod compiles fast parsers with `new Function` unless told not to; under the strict CSP the server
// should send (no 'unsafe-eval'), even the probe shows up as a violation. Imported before any parse.
z.config({ jitless: true });
