import { z } from "zod";

/**
 * `GET /api/auth/first-account`: while a password-mode Flightdeck has no account, and only to a
 * request from this machine, the command that makes the first admin (server/people/first-account.ts).
 */
export const FirstAdminHintSchema = z.looseObject({
  command: z.string(),
  /** The embedded database: `users add` needs this server stopped first (it holds the folder). */
  stopServerFirst: z.boolean(),
});
export type FirstAdminHint = z.infer<typeof FirstAdminHintSchema>;
export const FirstAccountAnswerSchema = z.looseObject({
  firstAdmin: FirstAdminHintSchema.nullable(),
});
