/**
 * The 41 operations of Missive's endpoint docs (seed 000, September 2025), and those added since
 * (spec 2026.06: `updateConversations`), by our operationIds. The spec must describe every one
 * of them; the contract harness must exercise every one.
 */
export const documentedOperations = [
  // Analytics
  "createAnalyticsReport",
  "getAnalyticsReport",
  // Contacts, contact books, contact groups
  "createContacts",
  "updateContacts",
  "listContacts",
  "getContact",
  "listContactBooks",
  "listContactGroups",
  // Conversations
  "listConversations",
  "getConversation",
  "updateConversations", // June 2026
  "listConversationMessages",
  "listConversationComments",
  "listConversationDrafts",
  "listConversationPosts",
  "mergeConversations",
  // Drafts
  "createDraft",
  "deleteDraft",
  // Messages
  "createMessage",
  "getMessage",
  "listMessages",
  // Organizations
  "listOrganizations",
  // Responses
  "listResponses",
  "getResponse",
  "createResponses",
  "updateResponses",
  "deleteResponses",
  // Posts
  "createPost",
  "deletePost",
  // Shared labels
  "createSharedLabels",
  "updateSharedLabels",
  "listSharedLabels",
  // Teams
  "listTeams",
  "createTeams",
  "updateTeams",
  // Users
  "listUsers",
  // Tasks
  "listTasks",
  "getTask",
  "createTask",
  "updateTask",
  // Hooks
  "createHook",
  "deleteHook",
] as const;
