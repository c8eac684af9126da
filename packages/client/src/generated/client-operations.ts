// Generated from spec/openapi.yaml by tools/codegen — do not edit. Run `pnpm generate`.

import type { CompactTable } from "../compact-operation.js";

/** Every operation, by namespace and method, in the compact form the resource methods run on. */
export const clientOperations: CompactTable = {
  analytics: {
    create: "post /reports body res plans=Productive/Business",
    get: "get /reports/{id} res plans=Productive/Business",
  },
  contacts: {
    list: "get  query res list page=offset/200",
    create: "post  body res list",
    get: "get /{id} res list",
    update: "patch /{id} body res ids list",
  },
  contactBooks: {
    list: "get  query res list page=offset/200",
  },
  contactGroups: {
    list: "get  query res list page=offset/200",
  },
  conversations: {
    list: "get  query res list page=until/50/last_activity_at",
    get: "get /{id} res list",
    update: "patch /{id} body res ids list",
    listMessages: "get /{id}/messages query res list page=until/10/delivered_at",
    listComments: "get /{id}/comments query res list page=until/10/created_at",
    listDrafts: "get /{id}/drafts query res list page=until/10/delivered_at",
    listPosts: "get /{id}/posts query res list page=until/10/created_at",
    merge: "post /{id}/merge body= res=conversations list",
  },
  drafts: {
    create: "post  body res",
    delete: "delete /{id}",
  },
  messages: {
    list: "get  query res list",
    create: "post  body res",
    get: "get /{id} res",
  },
  organizations: {
    list: "get  query res list page=offset/200",
  },
  responses: {
    list: "get  query res list page=offset/200",
    create: "post  body res list",
    get: "get /{id} res list",
    update: "patch /{id} body res ids list",
    delete: "delete /{id}",
  },
  posts: {
    create: "post  body res",
    delete: "delete /{id}",
  },
  sharedLabels: {
    list: "get  query res list page=offset/200",
    create: "post  body res list",
    update: "patch /{ids} body res ids list",
  },
  teams: {
    list: "get  query res list page=offset/200",
    create: "post  body res list",
    update: "patch /{ids} body res ids list",
  },
  users: {
    list: "get  query res list page=offset/200",
  },
  tasks: {
    list: "get  query res list page=until/50/last_activity_at",
    create: "post  body res",
    get: "get /{id} res",
    update: "patch /{id} body res",
  },
  hooks: {
    create: "post  body res plans=Productive/Business",
    delete: "delete /{id} plans=Productive/Business",
  },
};
