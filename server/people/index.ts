export { authorize, authorizeSession } from "./access";
export type { AccountChange } from "./account-events";
export { AccountEvents } from "./account-events";
export type { Account, Authenticated, SignIn, SignInResult } from "./accounts";
export { AccountService, DISABLED_MESSAGE, SESSION_TTL_MS } from "./accounts";
export { assignmentInput } from "./cohorts";
export type { AuthMode, People } from "./people";
export { createPeople } from "./people";
export type { PublicUser, RoleName } from "./people.schema";
export {
  AcceptInvitationSchema,
  AddMemberSchema,
  AdjustmentBodySchema,
  ChangePasswordSchema,
  CommentBodySchema,
  CreateAssignmentSchema,
  CreateCohortSchema,
  CreateInvitationSchema,
  EditAdjustmentSchema,
  EditCommentSchema,
  EditSetAsideSchema,
  InvitationLookupSchema,
  LoginBodySchema,
  PasswordResetLookupSchema,
  PasswordResetUseSchema,
  RenameCohortSchema,
  RenameMeSchema,
  ReplyBodySchema,
  SetAsideBodySchema,
  SetDisabledSchema,
  SetRolesSchema,
  ShareBodySchema,
  UpdateAssignmentSchema,
} from "./people.schema";
export type { Action, Decision, PolicyUser, Resource } from "./policy";
export { ACTIONS, APP, can, decide, ROLES } from "./policy";
export { isAppAction, MESSAGE_ACCESS, ROUTE_ACCESS, routeAction } from "./route-access";
export { sameSecret } from "./tokens";
export type { User } from "./user";
export { LOCAL_USER, publicUser } from "./user";
