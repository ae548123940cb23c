import { z } from "zod";
import { STEP_STATUSES } from "../rubric/scorecard.schema";

/**
 * Request bodies and answers of the accounts, cohorts and review API (docs/roles.md). The web client
 * imports this file, so it imports only zod and other schema files.
 */

export const RoleSchema = z.enum(["admin", "facilitator", "mentor", "manager"]);
export type RoleName = z.infer<typeof RoleSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .toLowerCase()
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "expected an email address");
/** Long enough to resist guessing; capped so hashing stays cheap for the server. */
export const PasswordSchema = z
  .string()
  .min(10, "use at least 10 characters")
  .max(200, "use at most 200 characters");
const Name = z.string().trim().min(1).max(100);
const Id = z.string().min(1).max(64);
const Roles = z.array(RoleSchema).min(1).max(4);

export const LoginBodySchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
export const InvitationLookupSchema = z.strictObject({ token: z.string().min(16).max(128) });
export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(16).max(128),
  /** Needed to create an account; omitted when a signed-in user accepts for their own account. */
  displayName: Name.optional(),
  password: PasswordSchema.optional(),
});
export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  roles: Roles.default(["manager"]),
  cohortId: Id.optional(),
  /** How long the link works: 1 hour to 30 days, 7 days when absent. */
  expiresInHours: z.number().int().min(1).max(720).default(168),
});
export const SetRolesSchema = z.strictObject({ roles: z.array(RoleSchema).max(4) });

export const CreateCohortSchema = z.strictObject({ name: Name });
export const RenameCohortSchema = z.strictObject({ name: Name });
export const AddMemberSchema = z.strictObject({
  email: EmailSchema,
  role: z.enum(["member", "facilitator"]).default("member"),
});

const AssignmentFields = {
  /** Epoch milliseconds; null for no due date. */
  dueAt: z.number().int().min(0).nullable().default(null),
  targetScore: z.number().int().min(0).max(100).default(70),
  minAttempts: z.number().int().min(1).max(50).default(1),
  /** Attempts after this many do not count toward the grid; null for no limit. */
  maxAttempts: z.number().int().min(1).max(50).nullable().default(null),
};
const attemptsInOrder = (a: { minAttempts: number; maxAttempts: number | null }) =>
  a.maxAttempts === null || a.maxAttempts >= a.minAttempts;
export const CreateAssignmentSchema = z
  .strictObject({ scenarioId: Id, ...AssignmentFields })
  .refine(attemptsInOrder, {
    path: ["maxAttempts"],
    message: "maxAttempts must be at least minAttempts",
  });
export const UpdateAssignmentSchema = z.strictObject(AssignmentFields).refine(attemptsInOrder, {
  path: ["maxAttempts"],
  message: "maxAttempts must be at least minAttempts",
});

export const ShareBodySchema = z.strictObject({ email: EmailSchema });
export const CommentBodySchema = z.strictObject({
  turnId: Id,
  text: z.string().trim().min(1).max(4000),
});
export const EditCommentSchema = z.strictObject({ text: z.string().trim().min(1).max(4000) });
const Reason = z.string().trim().min(3, "say why, in a few words").max(2000);
/** A step adjustment names the step and its new status; an overall one gives the new score. */
export const AdjustmentBodySchema = z.union([
  z.strictObject({
    patternId: Id,
    stepId: Id,
    status: z.enum(STEP_STATUSES),
    reason: Reason,
  }),
  z.strictObject({
    patternId: Id,
    score: z.number().int().min(0).max(100),
    reason: Reason,
  }),
]);
export const EditAdjustmentSchema = z.strictObject({
  status: z.enum(STEP_STATUSES).optional(),
  score: z.number().int().min(0).max(100).optional(),
  reason: Reason,
});

export const ProgressStatusSchema = z.enum(["not_started", "in_progress", "done"]);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export const PublicUserSchema = z.strictObject({
  id: z.string(),
  email: z.string().nullable(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
});
export type PublicUser = z.infer<typeof PublicUserSchema>;
