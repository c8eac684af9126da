// Generated from spec/openapi.yaml by tools/codegen — do not edit. Run `pnpm generate`.

import type { OperationMetadata } from "../operation-metadata.js";

/** One entry per operation of the spec, in path order. */
export const operationMetadata = [
  {
    "operationId": "createAnalyticsReport",
    "method": "post",
    "path": "/analytics/reports",
    "tag": "Analytics",
    "summary": "Create an analytics report",
    "params": [],
    "requestBody": {
      "envelope": "reports",
      "list": false,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "reports",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": {
      "plans": [
        "Productive",
        "Business"
      ],
      "fields": {
        "teams": [
          "Business"
        ],
        "users": [
          "Business"
        ],
        "shared_labels": [
          "Business"
        ],
        "accounts": [
          "Business"
        ]
      }
    }
  },
  {
    "operationId": "getAnalyticsReport",
    "method": "get",
    "path": "/analytics/reports/{id}",
    "tag": "Analytics",
    "summary": "Get an analytics report",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Report ID returned by `POST /analytics/reports`.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "reports",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": {
      "plans": [
        "Productive",
        "Business"
      ]
    }
  },
  {
    "operationId": "listContacts",
    "method": "get",
    "path": "/contacts",
    "tag": "Contacts",
    "summary": "List contacts",
    "params": [
      {
        "name": "contact_book",
        "in": "query",
        "required": true,
        "description": "ID of the contact book to list (see `GET /contact_books`).",
        "type": "string"
      },
      {
        "name": "order",
        "in": "query",
        "required": false,
        "description": "Sort order, by last name (default) or most recently modified first (`last_modified`).",
        "type": "string",
        "enum": [
          "last_name",
          "last_modified"
        ],
        "default": "last_name"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of contacts returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      },
      {
        "name": "modified_since",
        "in": "query",
        "required": false,
        "description": "Only return contacts created or modified since this time (Unix seconds).",
        "type": "integer"
      },
      {
        "name": "include_deleted",
        "in": "query",
        "required": false,
        "description": "With `modified_since`, also return contacts deleted since then; only their `id` and\n`deleted` attributes are returned.",
        "type": "boolean",
        "default": false
      },
      {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Text to filter contacts by; matched against all contact data (name, email, phone,\norganization, custom fields, notes, ...).",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createContacts",
    "method": "post",
    "path": "/contacts",
    "tag": "Contacts",
    "summary": "Create contacts",
    "params": [],
    "requestBody": {
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "getContact",
    "method": "get",
    "path": "/contacts/{id}",
    "tag": "Contacts",
    "summary": "Get a contact",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Contact ID.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateContacts",
    "method": "patch",
    "path": "/contacts/{id}",
    "tag": "Contacts",
    "summary": "Update contacts",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "IDs of the contacts to update, comma-separated.",
        "type": "array"
      }
    ],
    "requestBody": {
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "contacts",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listContactBooks",
    "method": "get",
    "path": "/contact_books",
    "tag": "Contact books",
    "summary": "List contact books",
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of contact books returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "contact_books",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listContactGroups",
    "method": "get",
    "path": "/contact_groups",
    "tag": "Contact groups",
    "summary": "List contact groups",
    "params": [
      {
        "name": "contact_book",
        "in": "query",
        "required": true,
        "description": "ID of the contact book.",
        "type": "string"
      },
      {
        "name": "kind",
        "in": "query",
        "required": true,
        "description": "List groups (`group`) or organizations (`organization`).",
        "type": "string",
        "enum": [
          "group",
          "organization"
        ]
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of contact groups returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "contact_groups",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listConversations",
    "method": "get",
    "path": "/conversations",
    "tag": "Conversations",
    "summary": "List conversations",
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of conversations returned.",
        "type": "integer",
        "default": 25,
        "minimum": 1,
        "maximum": 50
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Pagination cursor: Unix timestamp equal to the `last_activity_at` of the oldest conversation of\nthe previous page.\nInclusive: items at exactly this timestamp come back again; deduplicate them by `id`.",
        "type": "integer"
      },
      {
        "name": "inbox",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in the Inbox.",
        "type": "boolean"
      },
      {
        "name": "all",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in the All mailbox.",
        "type": "boolean"
      },
      {
        "name": "assigned",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations assigned to the user.",
        "type": "boolean"
      },
      {
        "name": "closed",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Closed.",
        "type": "boolean"
      },
      {
        "name": "snoozed",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Snoozed.",
        "type": "boolean"
      },
      {
        "name": "flagged",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Starred.",
        "type": "boolean"
      },
      {
        "name": "trashed",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Trash.",
        "type": "boolean"
      },
      {
        "name": "junked",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Spam.",
        "type": "boolean"
      },
      {
        "name": "drafts",
        "in": "query",
        "required": false,
        "description": "Pass `true` to list conversations in Drafts.",
        "type": "boolean"
      },
      {
        "name": "shared_label",
        "in": "query",
        "required": false,
        "description": "Shared label ID: list conversations in that shared label.",
        "type": "string"
      },
      {
        "name": "team_inbox",
        "in": "query",
        "required": false,
        "description": "Team ID: list conversations in the team's Inbox.",
        "type": "string"
      },
      {
        "name": "team_closed",
        "in": "query",
        "required": false,
        "description": "Team ID: list conversations in the team's Closed mailbox.",
        "type": "string"
      },
      {
        "name": "team_all",
        "in": "query",
        "required": false,
        "description": "Team ID: list conversations in the team's All mailbox.",
        "type": "string"
      },
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Organization ID: only conversations shared with that organization. Useless together with\n`shared_label` or a `team_*` parameter.",
        "type": "string"
      },
      {
        "name": "email",
        "in": "query",
        "required": false,
        "description": "Email address: only conversations with that contact. At most one of `email`, `domain`\nand `contact_organization`.",
        "type": "string"
      },
      {
        "name": "domain",
        "in": "query",
        "required": false,
        "description": "Email domain, without `@`: only conversations with contacts of that domain. At most one\nof `email`, `domain` and `contact_organization`.",
        "type": "string"
      },
      {
        "name": "contact_organization",
        "in": "query",
        "required": false,
        "description": "Contact organization ID (a contact group of kind `organization`): only conversations with\nits members. At most one of `email`, `domain` and `contact_organization`.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "conversations",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "last_activity_at",
      "inclusive": true
    },
    "exclusiveQuery": [
      [
        "email",
        "domain",
        "contact_organization"
      ]
    ],
    "plan": null
  },
  {
    "operationId": "getConversation",
    "method": "get",
    "path": "/conversations/{id}",
    "tag": "Conversations",
    "summary": "Get a conversation",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Conversation ID.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "conversations",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateConversations",
    "method": "patch",
    "path": "/conversations/{id}",
    "tag": "Conversations",
    "summary": "Update conversations",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "IDs of the conversations to update, comma-separated: one per object of the body, in any\norder.",
        "type": "array"
      }
    ],
    "requestBody": {
      "envelope": "conversations",
      "list": true,
      "required": true,
      "dependentRequired": {
        "add_users": [
          "organization"
        ],
        "add_assignees": [
          "organization"
        ],
        "remove_assignees": [
          "organization"
        ],
        "add_shared_labels": [
          "organization"
        ],
        "add_to_team_inbox": [
          "team"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "conversations",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listConversationMessages",
    "method": "get",
    "path": "/conversations/{id}/messages",
    "tag": "Conversations",
    "summary": "List conversation messages",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Conversation ID.",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of messages returned.",
        "type": "integer",
        "default": 10,
        "minimum": 1,
        "maximum": 10
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Pagination cursor: Unix timestamp equal to the `delivered_at` of the oldest message of the\nprevious page.\nInclusive: items at exactly this timestamp come back again; deduplicate them by `id`.",
        "type": "integer"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "messages",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "delivered_at",
      "inclusive": true
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listConversationComments",
    "method": "get",
    "path": "/conversations/{id}/comments",
    "tag": "Conversations",
    "summary": "List conversation comments",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Conversation ID.",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of comments returned.",
        "type": "integer",
        "default": 10,
        "minimum": 1,
        "maximum": 10
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Pagination cursor: Unix timestamp equal to the `created_at` of the oldest comment of the\nprevious page.\nInclusive: items at exactly this timestamp come back again; deduplicate them by `id`.",
        "type": "integer"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "comments",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "created_at",
      "inclusive": true
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listConversationDrafts",
    "method": "get",
    "path": "/conversations/{id}/drafts",
    "tag": "Conversations",
    "summary": "List conversation drafts",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Conversation ID.",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of drafts returned.",
        "type": "integer",
        "default": 10,
        "minimum": 1,
        "maximum": 10
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Pagination cursor: Unix timestamp equal to the `delivered_at` of the oldest draft of the\nprevious page.\nInclusive: items at exactly this timestamp come back again; deduplicate them by `id`.",
        "type": "integer"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "drafts",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "delivered_at",
      "inclusive": true
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listConversationPosts",
    "method": "get",
    "path": "/conversations/{id}/posts",
    "tag": "Conversations",
    "summary": "List conversation posts",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Conversation ID.",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of posts returned.",
        "type": "integer",
        "default": 10,
        "minimum": 1,
        "maximum": 10
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Pagination cursor: Unix timestamp equal to the `created_at` of the oldest post of the previous\npage.\nInclusive: items at exactly this timestamp come back again; deduplicate them by `id`.",
        "type": "integer"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "posts",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "created_at",
      "inclusive": true
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "mergeConversations",
    "method": "post",
    "path": "/conversations/{id}/merge",
    "tag": "Conversations",
    "summary": "Merge conversations",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "ID of the source conversation: the one merged into `target` and marked as replaced.",
        "type": "string"
      }
    ],
    "requestBody": {
      "envelope": null,
      "list": false,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "conversations",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createDraft",
    "method": "post",
    "path": "/drafts",
    "tag": "Drafts",
    "summary": "Create a draft",
    "params": [],
    "requestBody": {
      "envelope": "drafts",
      "list": false,
      "required": true,
      "dependentRequired": {
        "add_users": [
          "organization"
        ],
        "add_assignees": [
          "organization"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "drafts",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "deleteDraft",
    "method": "delete",
    "path": "/drafts/{id}",
    "tag": "Drafts",
    "summary": "Delete a draft",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Draft ID (returned when the draft is created, or listed by `GET /conversations/{id}/drafts`).",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": null,
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listMessages",
    "method": "get",
    "path": "/messages",
    "tag": "Messages",
    "summary": "List messages by Message-ID",
    "params": [
      {
        "name": "email_message_id",
        "in": "query",
        "required": true,
        "description": "The `Message-ID` found in the email's headers.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "messages",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createMessage",
    "method": "post",
    "path": "/messages",
    "tag": "Messages",
    "summary": "Create a message",
    "params": [],
    "requestBody": {
      "envelope": "messages",
      "list": false,
      "required": true,
      "dependentRequired": {
        "add_users": [
          "organization"
        ],
        "add_assignees": [
          "organization"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "messages",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "getMessage",
    "method": "get",
    "path": "/messages/{id}",
    "tag": "Messages",
    "summary": "Get messages",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Message ID, or several comma-separated IDs to fetch a batch in one request (Missive's\nrate-limit page recommends it to save calls).",
        "type": "array"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "messages",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listOrganizations",
    "method": "get",
    "path": "/organizations",
    "tag": "Organizations",
    "summary": "List organizations",
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of organizations returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "organizations",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listResponses",
    "method": "get",
    "path": "/responses",
    "tag": "Responses",
    "summary": "List responses",
    "params": [
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Only return responses of this organization (ID).",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of responses returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "responses",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createResponses",
    "method": "post",
    "path": "/responses",
    "tag": "Responses",
    "summary": "Create responses",
    "params": [],
    "requestBody": {
      "envelope": "responses",
      "list": true,
      "required": true,
      "dependentRequired": {
        "external_id": [
          "external_source"
        ],
        "share_with_team": [
          "organization"
        ],
        "shared_labels": [
          "organization"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "responses",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "getResponse",
    "method": "get",
    "path": "/responses/{id}",
    "tag": "Responses",
    "summary": "Get a response",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Response ID.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "responses",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateResponses",
    "method": "patch",
    "path": "/responses/{id}",
    "tag": "Responses",
    "summary": "Update responses",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "IDs of the responses to update, comma-separated.",
        "type": "array"
      }
    ],
    "requestBody": {
      "envelope": "responses",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "responses",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "deleteResponses",
    "method": "delete",
    "path": "/responses/{id}",
    "tag": "Responses",
    "summary": "Delete responses",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "IDs of the responses to delete, comma-separated.",
        "type": "array"
      }
    ],
    "requestBody": null,
    "response": null,
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createPost",
    "method": "post",
    "path": "/posts",
    "tag": "Posts",
    "summary": "Create a post",
    "params": [],
    "requestBody": {
      "envelope": "posts",
      "list": false,
      "required": true,
      "dependentRequired": {
        "add_users": [
          "organization"
        ],
        "add_assignees": [
          "organization"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "posts",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "deletePost",
    "method": "delete",
    "path": "/posts/{id}",
    "tag": "Posts",
    "summary": "Delete a post",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Post ID (returned when the post is created).",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": null,
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listSharedLabels",
    "method": "get",
    "path": "/shared_labels",
    "tag": "Shared labels",
    "summary": "List shared labels",
    "params": [
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Only return shared labels of this organization (ID).",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of shared labels returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "shared_labels",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createSharedLabels",
    "method": "post",
    "path": "/shared_labels",
    "tag": "Shared labels",
    "summary": "Create shared labels",
    "params": [],
    "requestBody": {
      "envelope": "shared_labels",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "shared_labels",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateSharedLabels",
    "method": "patch",
    "path": "/shared_labels/{ids}",
    "tag": "Shared labels",
    "summary": "Update shared labels",
    "params": [
      {
        "name": "ids",
        "in": "path",
        "required": true,
        "description": "IDs of the shared labels to update, comma-separated.",
        "type": "array"
      }
    ],
    "requestBody": {
      "envelope": "shared_labels",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "shared_labels",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listTeams",
    "method": "get",
    "path": "/teams",
    "tag": "Teams",
    "summary": "List teams",
    "params": [
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Only return teams of this organization (ID).",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of teams returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "teams",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createTeams",
    "method": "post",
    "path": "/teams",
    "tag": "Teams",
    "summary": "Create teams",
    "params": [],
    "requestBody": {
      "envelope": "teams",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "teams",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateTeams",
    "method": "patch",
    "path": "/teams/{ids}",
    "tag": "Teams",
    "summary": "Update teams",
    "params": [
      {
        "name": "ids",
        "in": "path",
        "required": true,
        "description": "IDs of the teams to update, comma-separated.",
        "type": "array"
      }
    ],
    "requestBody": {
      "envelope": "teams",
      "list": true,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "teams",
      "list": true,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listUsers",
    "method": "get",
    "path": "/users",
    "tag": "Users",
    "summary": "List users",
    "params": [
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Only return users of this organization (ID).",
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of users returned.",
        "type": "integer",
        "default": 50,
        "minimum": 1,
        "maximum": 200
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "description": "Offset used to paginate.",
        "type": "integer",
        "default": 0,
        "minimum": 0
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "users",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "offset"
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "listTasks",
    "method": "get",
    "path": "/tasks",
    "tag": "Tasks",
    "summary": "List tasks",
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Number of tasks returned.",
        "type": "integer",
        "minimum": 2,
        "maximum": 50
      },
      {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Only return tasks whose `last_activity_at` is at or before this time (Unix seconds).\nInclusive: pass the last task's `last_activity_at` minus 1 to get the next page.",
        "type": "integer"
      },
      {
        "name": "organization",
        "in": "query",
        "required": false,
        "description": "Only return tasks of this organization (ID).",
        "type": "string"
      },
      {
        "name": "team",
        "in": "query",
        "required": false,
        "description": "Only return tasks of this team (ID).",
        "type": "string"
      },
      {
        "name": "assignee",
        "in": "query",
        "required": false,
        "description": "Only return tasks assigned to this user (ID).",
        "type": "string"
      },
      {
        "name": "state",
        "in": "query",
        "required": false,
        "description": "Only return tasks in this state.",
        "type": "string",
        "enum": [
          "todo",
          "in_progress",
          "closed"
        ]
      },
      {
        "name": "type",
        "in": "query",
        "required": false,
        "description": "`task` for standalone tasks and conversation subtasks only, `conversation` for tasked\n(assigned or due) conversations only, `all` for both.",
        "type": "string",
        "enum": [
          "task",
          "conversation",
          "all"
        ],
        "default": "all"
      },
      {
        "name": "conversation",
        "in": "query",
        "required": false,
        "description": "Only return the subtasks of this conversation (ID).",
        "type": "string"
      },
      {
        "name": "due_at_gteq",
        "in": "query",
        "required": false,
        "description": "Only return tasks due at or after this time (Unix seconds).",
        "type": "integer"
      },
      {
        "name": "due_at_lteq",
        "in": "query",
        "required": false,
        "description": "Only return tasks due at or before this time (Unix seconds).",
        "type": "integer"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "tasks",
      "list": true,
      "required": true
    },
    "pagination": {
      "style": "until",
      "cursor": "last_activity_at",
      "inclusive": true
    },
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createTask",
    "method": "post",
    "path": "/tasks",
    "tag": "Tasks",
    "summary": "Create a task",
    "params": [],
    "requestBody": {
      "envelope": "tasks",
      "list": false,
      "required": true,
      "dependentRequired": {
        "team": [
          "organization"
        ],
        "assignees": [
          "organization"
        ],
        "add_users": [
          "organization"
        ]
      }
    },
    "response": {
      "status": 200,
      "envelope": "tasks",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "getTask",
    "method": "get",
    "path": "/tasks/{id}",
    "tag": "Tasks",
    "summary": "Get a task",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Task ID.",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": {
      "status": 200,
      "envelope": "tasks",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "updateTask",
    "method": "patch",
    "path": "/tasks/{id}",
    "tag": "Tasks",
    "summary": "Update a task",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Task ID.",
        "type": "string"
      }
    ],
    "requestBody": {
      "envelope": "tasks",
      "list": false,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "tasks",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": null
  },
  {
    "operationId": "createHook",
    "method": "post",
    "path": "/hooks",
    "tag": "Hooks",
    "summary": "Create a webhook",
    "params": [],
    "requestBody": {
      "envelope": "hooks",
      "list": false,
      "required": true
    },
    "response": {
      "status": 200,
      "envelope": "hooks",
      "list": false,
      "required": true
    },
    "pagination": null,
    "exclusiveQuery": [],
    "plan": {
      "plans": [
        "Productive",
        "Business"
      ]
    }
  },
  {
    "operationId": "deleteHook",
    "method": "delete",
    "path": "/hooks/{id}",
    "tag": "Hooks",
    "summary": "Delete a webhook",
    "params": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Webhook ID (returned when the webhook is created).",
        "type": "string"
      }
    ],
    "requestBody": null,
    "response": null,
    "pagination": null,
    "exclusiveQuery": [],
    "plan": {
      "plans": [
        "Productive",
        "Business"
      ]
    }
  }
] as const satisfies readonly OperationMetadata[];

/** The operationId of every operation in the spec. */
export type OperationId = (typeof operationMetadata)[number]["operationId"];
