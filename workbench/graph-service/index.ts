/**
 * The local Microsoft Graph service: the few v1.0 endpoints Account Care calls (me, users, presence with
 * out-of-office settings), answering with Graph's JSON shapes (`@odata.context`, `value`, `{error:{code,message}}`).
 * Served under `/graph/v1.0/` on the workbench origin so the real `@microsoft/microsoft-graph-client` can talk to it
 * (`Client.init({ baseUrl: origin + '/graph/', defaultVersion: 'v1.0', ... })`).
 *
 * Identity is the workbench's: the `ac-user=<UPN>` cookie or the `X-AC-User` header (the bearer token the client
 * sends is ignored). No identity, or one not in the directory, is Graph's 401 `InvalidAuthenticationToken`.
 *
 *   filter.ts   `$filter` tokenizer, parser and evaluator
 *   users.ts    users, presence, out-of-office
 *   router.ts   HTTP: identity, dispatch, response and error shapes, request log
 */
export { createGraphService } from './router';
export type { CreateGraphServiceOptions, GraphRequestLogEntry, GraphService } from './router';
export type { GraphPresence } from './users';
