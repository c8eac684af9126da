// Generated from spec/openapi.yaml by tools/codegen — do not edit. Run `pnpm generate`.

export interface paths {
    "/analytics/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an analytics report
         * @description Starts generating a report on a period of an organization's activity, optionally filtered
         *     by teams, users, shared labels, accounts and account types. Reports are generated
         *     asynchronously: the answer only carries the report `id`, to fetch with
         *     `GET /analytics/reports/{id}` a few seconds later.
         */
        post: operations["createAnalyticsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an analytics report
         * @description Fetches a report created with `POST /analytics/reports`. Most reports are ready 2 or 3
         *     seconds after creation, some take 30 seconds or more, and a report expires 60 seconds
         *     after it completes. Until it is ready (and once it has expired, or if the ID is unknown)
         *     the API answers 404 with an empty body. Fetch it 5 seconds after creating it, then retry
         *     every 5 seconds until the answer is 200.
         */
        get: operations["getAnalyticsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Lists the contacts of a contact book, by last name or most recently modified first,
         *     optionally filtered by a search term or by modification time. Paginate with `limit` and
         *     `offset`. To sync contacts, pass `modified_since` (and `include_deleted=true` to learn of
         *     deletions: deleted contacts carry only `id` and `deleted`).
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create contacts
         * @description Creates one or more contacts, each in a contact book (`contact_book` is required; list
         *     books with `GET /contact_books`), with their infos (emails, phones, addresses, ...) and
         *     memberships in organizations and groups. Answers the created contacts.
         */
        post: operations["createContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Fetches one contact by ID, with its infos and memberships. A deleted contact answers 404.
         *     Missive documents no example answer; like the other contact endpoints, the contact is
         *     assumed to come back in a `contacts` array.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update contacts
         * @description Updates one or more contacts: the path lists their IDs, and the body holds one object per
         *     contact with its `id` and only the attributes to change. Exception: `infos` and
         *     `memberships`, when sent, replace the whole list; items left out are deleted from the
         *     contact. Answers the updated contacts with their infos and memberships.
         */
        patch: operations["updateContacts"];
        trace?: never;
    };
    "/contact_books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact books
         * @description Lists the contact books the token's user can access, private or shared. A contact book ID
         *     is required to create and list contacts. Paginate with `limit` and `offset`.
         */
        get: operations["listContactBooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact groups
         * @description Lists the groups (label-like sets of unrelated contacts) or the organizations (businesses
         *     grouping related contacts) of a contact book, as chosen by `kind`. Paginate with `limit`
         *     and `offset`.
         */
        get: operations["listContactGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists conversations visible to the token's user. The list must be filtered by a mailbox
         *     (`inbox`, `all`, `assigned`, `closed`, `snoozed`, `flagged`, `trashed`, `junked`, `drafts`), a
         *     shared label (`shared_label`) or a team mailbox (`team_inbox`, `team_closed`, `team_all`).
         *
         *     Returns conversations from newest to oldest. To paginate, pass as `until` the `last_activity_at`
         *     of the oldest conversation of the previous page. The last page is reached when fewer
         *     conversations than `limit` come back, or when all conversations of a page share the same
         *     `last_activity_at`. A page may hold more conversations than `limit`.
         *
         *     Conversations in which the user is only a guest come back with limited data: only `id` and
         *     `last_activity_at`.
         *
         *     At most one of the contact filters `email`, `domain` and `contact_organization` may be sent;
         *     they narrow the mailbox, label or team list to conversations with that contact.
         *
         *     To close, move, assign or label conversations without a post, use `PATCH /conversations/{id}`.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Fetches one conversation by ID. The answer wraps it in a one-item `conversations` array. After a
         *     merge, passing the old ID keeps working but the answer carries the surviving conversation, whose
         *     `id` differs from the one requested.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update conversations
         * @description Changes the state of one or more conversations without a post: close or reopen them, add or
         *     remove shared labels, assign or unassign users, give users access, move them to the Inbox or a
         *     team inbox, rename or recolor them. Nothing appears in the conversation and nobody is notified,
         *     unlike a post (`POST /posts`), which leaves a visible entry and reopens a closed conversation
         *     unless it sends `reopen: false`. Available since June 2026.
         *
         *     The path lists the IDs, comma-separated; the body holds one object per ID in the path, each
         *     carrying its own `id`. `organization` is required with `add_users`, `add_assignees`,
         *     `remove_assignees` and `add_shared_labels` ("'organization' is required when
         *     'add_shared_labels' is defined"); `team` is required with `add_to_team_inbox`. Answers the
         *     updated conversations.
         */
        patch: operations["updateConversations"];
        trace?: never;
    };
    "/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List conversation messages
         * @description Lists the messages of a conversation, without their bodies. Drafts are excluded (see `GET
         *     /conversations/{id}/drafts`).
         *
         *     Returns messages from newest to oldest. To paginate, pass as `until` the `delivered_at` of the
         *     oldest message of the previous page. The last page is reached when fewer messages than `limit`
         *     come back, or when all messages of a page share the same `delivered_at`. A page may hold more
         *     messages than `limit`.
         */
        get: operations["listConversationMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List conversation comments
         * @description Lists the comments of a conversation, with their mentions, attachment and task.
         *
         *     Returns comments from newest to oldest. To paginate, pass as `until` the `created_at` of the
         *     oldest comment of the previous page. The last page is reached when fewer comments than `limit`
         *     come back, or when all comments of a page share the same `created_at`. A page may hold more
         *     comments than `limit`.
         */
        get: operations["listConversationComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List conversation drafts
         * @description Lists the draft messages of a conversation, with their authors.
         *
         *     Returns drafts from newest to oldest. To paginate, pass as `until` the `delivered_at` of the
         *     oldest draft of the previous page. The last page is reached when fewer drafts than `limit` come
         *     back, or when all drafts of a page share the same `delivered_at`. A page may hold more drafts
         *     than `limit`.
         */
        get: operations["listConversationDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List conversation posts
         * @description Lists the integration posts of a conversation.
         *
         *     Returns posts from newest to oldest. To paginate, pass as `until` the `created_at` of the oldest
         *     post of the previous page. The last page is reached when fewer posts than `limit` come back, or
         *     when all posts of a page share the same `created_at`. A page may hold more posts than `limit`.
         */
        get: operations["listConversationPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the source conversation: the one merged into `target` and marked as replaced.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge conversations
         * @description Merges the conversation `id` into the conversation `target`: the source is marked as replaced
         *     and its messages, comments and other entries move to the target. Optionally sets a new
         *     `subject`. The conversations may be swapped (for example when merging an organization
         *     conversation into a private one, or when the source has far more entries), so the returned
         *     conversation's `id` may differ from `target`.
         */
        post: operations["mergeConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a draft
         * @description Creates an email, SMS, WhatsApp, Messenger, Instagram, custom channel or Missive Live Chat
         *     draft, in a new conversation or appended to one (`conversation` or `references`). This is the
         *     endpoint for sending email: `send: true` sends the draft at once (and runs matching outgoing
         *     rules, such as auto follow-up sequences), `send_at` schedules it. The draft can also act on its
         *     conversation (labels, assignees, team, inbox, close).
         */
        post: operations["createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Draft ID (returned when the draft is created, or listed by `GET /conversations/{id}/drafts`).
                 * @example 3fa4bcf5-e57e-47a4-9422-de2cce5f802e
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a draft
         * @description Deletes a draft from its conversation.
         */
        delete: operations["deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages by Message-ID
         * @description Fetches the messages matching an email `Message-ID` header, with headers, body, attachments and
         *     conversation as in `GET /messages/{id}`, latest first. Usually one message matches; when
         *     non-compliant senders reuse a Message-ID, the latest 10 are returned.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create a message
         * @description Creates an incoming message in a custom channel, as if received from the external system the
         *     channel integrates. Only for custom channels: to send or reply to an email, create a draft with
         *     `send: true`. The message can also act on its conversation (labels, assignees, team, inbox,
         *     close).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Message ID, or several comma-separated IDs to fetch a batch in one request (Missive's
                 *     rate-limit page recommends it to save calls).
                 * @example [
                 *       "3fa4bcf5-e57e-47a4-9422-de2cce5f802e"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        /**
         * Get messages
         * @description Fetches a message with its headers, body, attachments and conversation; several
         *     comma-separated IDs fetch a batch in one request. Inline images in the HTML body have no
         *     `src`: their `data-missive-attachment-id` points to an entry of `attachments`, which holds
         *     the URL.
         *
         *     One ID answers `{"messages": {…}}`, one object, as documented. The answer to several IDs is
         *     not documented: it is modelled as either that object or an array of messages (Open question).
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Lists the organizations the token's user belongs to. Paginate with `limit` and `offset`.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List responses
         * @description Lists the responses (canned reply templates) the token's user can use, personal and
         *     organization ones, optionally for one organization. Inline images in a response `body`
         *     have no `src`; their `data-missive-attachment-id` points to an item of `attachments`,
         *     which carries the URL. Paginate with `limit` and `offset`.
         */
        get: operations["listResponses"];
        put?: never;
        /**
         * Create responses
         * @description Creates one or more responses. Each belongs either to an organization (`organization`)
         *     or to a user (`user`, a personal response), never both. Files are sent base64-encoded
         *     in `attachments`; to embed one as an inline image, give it a temporary `id` and
         *     reference it from the body with `data-missive-attachment-id` (the server swaps in the
         *     real attachment ID). The whole payload must not exceed 10 MB. Answers the created
         *     responses.
         */
        post: operations["createResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a response
         * @description Fetches one response by ID, with its attachments (and their URLs, for the inline images
         *     the body references by `data-missive-attachment-id`). Missive documents no example answer;
         *     like the other response endpoints, the response is assumed to come back in a `responses`
         *     array.
         */
        get: operations["getResponse"];
        put?: never;
        post?: never;
        /**
         * Delete responses
         * @description Deletes one or more responses by ID. When an organization enables restricted response
         *     management (Enterprise plan), only its admins and owners may delete its responses.
         *     Responses created by external integrations (such as WhatsApp templates) cannot be
         *     deleted.
         */
        delete: operations["deleteResponses"];
        options?: never;
        head?: never;
        /**
         * Update responses
         * @description Updates one or more responses: the path lists their IDs, and the body holds one object per
         *     response with its `id` and only the attributes to change. When `attachments` is sent it
         *     replaces the whole list; attachments left out are removed. Responses created by external
         *     integrations (such as WhatsApp templates) cannot be updated. Answers the updated
         *     responses.
         */
        patch: operations["updateResponses"];
        trace?: never;
    };
    "/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a post
         * @description Creates a post in a new conversation or appends it to one (`conversation` or `references`).
         *     Posts are the recommended way for integrations to manage conversations (close, reopen, move to
         *     inbox or team inbox, assign, label, color, change team) because they leave a visible trace of
         *     what triggered the change. There is no way to archive a conversation through the API. Any post
         *     reopens a closed conversation unless `reopen: false` is sent.
         */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Post ID (returned when the post is created).
                 * @example ee31f156-db95-4158-923f-b26450e0dbf7
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a post
         * @description Deletes a post from its conversation. In conversations shared with an organization, only the
         *     organization's owners and admins may delete posts: the token must belong to one of them.
         */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shared_labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List shared labels
         * @description Lists the shared labels the token's user can access in their organizations, optionally
         *     for one organization. Paginate with `limit` and `offset`.
         */
        get: operations["listSharedLabels"];
        put?: never;
        /**
         * Create shared labels
         * @description Creates one or more shared labels in an organization, optionally nested under a parent
         *     label. Users the label is shared with (`share_with_organization`, `share_with_team`,
         *     `share_with_users`) get access to all its conversations; `visibility` controls who can
         *     use it. Answers the created labels.
         */
        post: operations["createSharedLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shared_labels/{ids}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update shared labels
         * @description Updates one or more shared labels: the path lists their IDs, and the body holds one object
         *     per label with its `id` and only the attributes to change. Any user can change `name`,
         *     `color` and `parent`; only organization admins and owners can change `visibility` and the
         *     `share_with_*` attributes. Answers the updated labels.
         */
        patch: operations["updateSharedLabels"];
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Lists the teams the token's user can access in their organizations, optionally for one
         *     organization. Paginate with `limit` and `offset`.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create teams
         * @description Creates one or more teams in an organization, with their members, observers, business
         *     hours and inbox behaviors. The token's user must be an admin or owner of the
         *     organization. Answers the created teams.
         */
        post: operations["createTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{ids}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update teams
         * @description Updates one or more teams: the path lists their IDs, and the body holds one object per
         *     team with its `id` and only the attributes to change. The token's user must be an admin
         *     or owner of the organization. Answers the updated teams.
         */
        patch: operations["updateTeams"];
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the organizations the token's user belongs to (including that user,
         *     flagged `me`), optionally for one organization. Paginate with `limit` and `offset`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Lists the tasks the token's user can access, most recent activity first: standalone tasks,
         *     conversation subtasks and tasked (assigned or due) conversations, filtered by
         *     organization, team, assignee, state, type, parent conversation or due date. To paginate,
         *     pass the `last_activity_at` of the last task received, minus 1, as `until`: `until` is
         *     inclusive.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description Creates a standalone task (give `team` or `assignees`) or a subtask of a conversation
         *     (`subtask: true` with `conversation`, or `references` to find or create the conversation,
         *     optionally adding users to it with `add_users`). `organization` is required when `team`,
         *     `assignees` or `add_users` is sent. New tasks are `todo` unless `state` says otherwise.
         *     The body is a single `tasks` object, not an array. Answers the created task.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description Fetches one task by ID with full details: unlike the list, `assignees` holds user objects
         *     (`id`, `name`, `email`, `avatar_url`) and `team` a team object (`id`, `name`,
         *     `organization`). The `tasks` key holds a single object.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Updates a task's title, description, state, assignees, team or due date; only the
         *     attributes sent change. Unlike the other PATCH endpoints, it addresses one task and the
         *     body is a single `tasks` object without `id`. Missive documents no answer; the task is
         *     assumed to be returned as `createTask` returns it.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a webhook
         * @description Subscribes a URL to an event (incoming email, SMS, Messenger, WhatsApp or Twilio chat message,
         *     or new comment), for Zapier-like services or custom integrations. Missive creates a rule with a
         *     webhook action, visible and editable in the Rules settings; the events arrive as described by
         *     the `ruleWebhook` webhook. Optional filters narrow the trigger; some only apply to `new_comment`
         *     or `incoming_email`.
         */
        post: operations["createHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook ID (returned when the webhook is created).
                 * @example d75aecb6-96a2-4b5f-afa6-19d1916052ea
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes a webhook subscription, that is the rule holding the webhook action.
         */
        delete: operations["deleteHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    ruleWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rule webhook event
         * @description What Missive POSTs to the URL of a rule's webhook action (rules created with `POST /hooks` or in
         *     the Rules settings) when the rule fires: the rule, the conversation and the triggering message
         *     as `latest_message`, as documented on Missive's webhooks page. When the rule is saved, Missive
         *     first sends a validation request, so the endpoint must already answer.
         *
         *     Rules need the Productive or Business plan, and an organization admin or owner to create them.
         *
         *     The request is signed: `X-Hook-Signature` carries the HMAC-SHA256 of the raw body keyed with the
         *     rule's secret. Answer with any 2xx within 15 seconds, or Missive treats the delivery as failed;
         *     queue longer work.
         */
        post: operations["ruleWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    customChannelWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Custom channel outgoing message
         * @description What Missive POSTs to a custom channel's outgoing webhook URL when a user sends a new message
         *     or a reply from the channel (Text and HTML channels): the outgoing `message`, with
         *     `type: custom_text` (or `custom_html`), its author and recipients, and its `conversation`.
         *     Deliver it through your own system; the message then appears in Missive as sent.
         *
         *     The request is signed like rule webhooks: the HMAC-SHA256 of the raw body keyed with the
         *     channel's "Signature secret" (set in the custom channel's settings), in `X-Hook-Signature`.
         */
        post: operations["customChannelWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The period and optional filters of an analytics report to generate. */
        AnalyticsReportCreate: {
            /** @description ID of the organization to report on. */
            organization: string;
            /**
             * Format: int64
             * @description Start of the report period (Unix seconds).
             */
            start: number;
            /**
             * Format: int64
             * @description End of the report period (Unix seconds).
             */
            end: number;
            /** @description IANA time zone identifier the report is computed in, such as `America/Montreal`. */
            time_zone?: string;
            /** @description Only count activity of these teams (team IDs). */
            teams?: string[];
            /** @description Only count activity of these users (user IDs). */
            users?: string[];
            /** @description Only count conversations with these organization labels (shared label IDs). */
            shared_labels?: string[];
            /** @description Only count activity of these accounts (account IDs). */
            accounts?: string[];
            /** @description Only count activity of these kinds of accounts. */
            account_types?: ("custom" | "email" | "instagram" | "live_chat" | "messenger" | "sms" | "whatsapp")[];
        };
        /** @description Body of `POST /analytics/reports`. */
        CreateAnalyticsReportRequest: {
            reports: components["schemas"]["AnalyticsReportCreate"];
        };
        /** @description A report that is being generated; fetch it by `id` with `GET /analytics/reports/{id}`. */
        AnalyticsReportCreated: {
            /** @description Report ID, to pass to `GET /analytics/reports/{id}`. */
            id: string;
        };
        /** @description Answer of `POST /analytics/reports`. */
        AnalyticsReportCreatedResponse: {
            reports: components["schemas"]["AnalyticsReportCreated"];
        };
        /**
         * @description The body of every Missive error answer. All API responses are JSON, including errors
         *     (REST basics, "Responses").
         */
        Error: {
            /**
             * @description What went wrong, in the API's words.
             * @example Invalid token
             */
            error: string;
        };
        /**
         * @description A completed analytics report. Missive's documentation does not describe the report's
         *     content, so no property is listed; the object is passed through as the API returns it.
         */
        AnalyticsReport: {
            [key: string]: unknown;
        };
        /** @description Answer of `GET /analytics/reports/{id}` once the report is complete. */
        AnalyticsReportResponse: {
            reports: components["schemas"]["AnalyticsReport"];
        };
        /** @description A contact info of kind `email`. */
        ContactInfoEmail: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "email";
            /** @description Email address. */
            value: string;
            /**
             * @description Type of email address.
             * @enum {string}
             */
            label: "home" | "work" | "personal" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `phone_number`. */
        ContactInfoPhoneNumber: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "phone_number";
            /** @description Phone number. */
            value: string;
            /**
             * @description Type of phone number.
             * @enum {string}
             */
            label: "main" | "mobile" | "home" | "work" | "home_fax" | "work_fax" | "other_fax" | "pager" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `twitter`. */
        ContactInfoTwitter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "twitter";
            /** @description Twitter username, such as `@plehoux`. */
            value: string;
            /**
             * @description Type of Twitter account.
             * @enum {string}
             */
            label: "work" | "personal" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `facebook`. It carries the user name in `name`, not in `value`. */
        ContactInfoFacebook: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "facebook";
            /** @description Facebook user name. */
            name: string;
            /**
             * @description Type of Facebook account.
             * @enum {string}
             */
            label: "work" | "personal" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `physical_address`. */
        ContactInfoPhysicalAddress: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "physical_address";
            /** @example 123 Fake Street */
            street?: string;
            /**
             * @description Second address line, such as an office or apartment number.
             * @example Office 222
             */
            extended_address?: string;
            city?: string;
            /** @description State, province or region. */
            region?: string;
            postal_code?: string;
            po_box?: string;
            country?: string;
            /**
             * @description Type of address.
             * @enum {string}
             */
            label: "work" | "home" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `url`. */
        ContactInfoUrl: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "url";
            /** @description URL. */
            value: string;
            /**
             * @description Type of URL.
             * @enum {string}
             */
            label: "homepage" | "profile" | "blog" | "work" | "personal" | "other";
            /** @description Custom label, used only when `label` is `other`. */
            custom_label?: string;
        };
        /** @description A contact info of kind `custom`, a free value named by `custom_label`. */
        ContactInfoCustom: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "custom";
            /** @description Custom value. */
            value: string;
            /**
             * @description Always `other` for custom infos.
             * @enum {string}
             */
            label: "other";
            /** @description Name of the custom field, such as `Favorite food`. */
            custom_label?: string;
        };
        /**
         * @description A piece of contact data. `kind` selects the shape: most kinds carry `value`, `facebook`
         *     carries `name` and `physical_address` carries address parts. `label` is required and its
         *     accepted values depend on the kind.
         */
        ContactInfo: components["schemas"]["ContactInfoEmail"] | components["schemas"]["ContactInfoPhoneNumber"] | components["schemas"]["ContactInfoTwitter"] | components["schemas"]["ContactInfoFacebook"] | components["schemas"]["ContactInfoPhysicalAddress"] | components["schemas"]["ContactInfoUrl"] | components["schemas"]["ContactInfoCustom"];
        /** @description The group or organization a membership links the contact to. */
        ContactMembershipGroup: {
            /** @description Contact group ID (returned by the API; not sent when creating a membership). */
            readonly id?: string;
            /**
             * @description `organization` for a business the contact belongs to (usually their workplace),
             *     `group` for a label-like group of contacts.
             * @enum {string}
             */
            kind: "organization" | "group";
            /** @description Name of the organization or group. */
            name: string;
        };
        /**
         * @description Links a contact to an organization or a group. `department`, `title`, `location` and
         *     `description` can be set only when the group is of kind `organization`.
         */
        ContactMembership: {
            /** @description Department within the organization. */
            department?: string;
            /** @description Job title within the organization. */
            title?: string;
            /** @description Work location. */
            location?: string;
            /** @description Free description of the role. */
            description?: string;
            group: components["schemas"]["ContactMembershipGroup"];
        };
        /**
         * @description A contact as the API returns it. A deleted contact (listed with `include_deleted=true`)
         *     carries only `id` and `deleted`.
         */
        Contact: {
            id: string;
            /** @description ID of the contact book holding the contact. */
            contact_book?: string;
            /** @description Whether the contact was deleted. */
            deleted?: boolean;
            /**
             * Format: int64
             * @description Last modification time (Unix seconds).
             */
            modified_at?: number;
            first_name?: string;
            last_name?: string;
            middle_name?: string;
            /** @description Pronunciation of the first name. */
            phonetic_first_name?: string;
            /** @description Pronunciation of the last name. */
            phonetic_last_name?: string;
            /** @description Pronunciation of the middle name. */
            phonetic_middle_name?: string;
            /** @description Name prefix, such as `Mr.`. */
            prefix?: string;
            /** @description Name suffix, such as `Jr.`. */
            suffix?: string;
            nickname?: string;
            /** @description Name the contact is filed under. */
            file_as?: string;
            notes?: string;
            starred?: boolean;
            gender?: string;
            /** @description Emails, phone numbers, addresses and other data of the contact. */
            infos?: components["schemas"]["ContactInfo"][];
            /** @description Organizations and groups the contact belongs to. */
            memberships?: components["schemas"]["ContactMembership"][];
        };
        /** @description A list of contacts. */
        ContactsResponse: {
            contacts: components["schemas"]["Contact"][];
        };
        /** @description A contact to create. */
        ContactCreate: {
            /** @description ID of the contact book to create the contact in (see `GET /contact_books`). */
            contact_book: string;
            first_name?: string;
            last_name?: string;
            middle_name?: string;
            /** @description Pronunciation of the first name. */
            phonetic_first_name?: string;
            /** @description Pronunciation of the last name. */
            phonetic_last_name?: string;
            /** @description Pronunciation of the middle name. */
            phonetic_middle_name?: string;
            /** @description Name prefix, such as `Mr.`. */
            prefix?: string;
            /** @description Name suffix, such as `Jr.`. */
            suffix?: string;
            nickname?: string;
            /** @description Name the contact is filed under. */
            file_as?: string;
            notes?: string;
            starred?: boolean;
            gender?: string;
            /** @description Emails, phone numbers, addresses and other data of the contact. */
            infos?: components["schemas"]["ContactInfo"][];
            /** @description Organizations and groups the contact belongs to. */
            memberships?: components["schemas"]["ContactMembership"][];
        };
        /** @description Body of `POST /contacts`. */
        CreateContactsRequest: {
            contacts: components["schemas"]["ContactCreate"][];
        };
        /**
         * @description Changes to one contact. Only the attributes sent are updated, except `infos` and
         *     `memberships`: when sent, each replaces the whole list, and items left out are deleted.
         */
        ContactUpdate: {
            /** @description ID of the contact to update; it must be one of the IDs in the path. */
            id: string;
            /** @description ID of the contact book holding the contact. */
            contact_book?: string;
            first_name?: string;
            last_name?: string;
            middle_name?: string;
            /** @description Pronunciation of the first name. */
            phonetic_first_name?: string;
            /** @description Pronunciation of the last name. */
            phonetic_last_name?: string;
            /** @description Pronunciation of the middle name. */
            phonetic_middle_name?: string;
            /** @description Name prefix, such as `Mr.`. */
            prefix?: string;
            /** @description Name suffix, such as `Jr.`. */
            suffix?: string;
            nickname?: string;
            /** @description Name the contact is filed under. */
            file_as?: string;
            notes?: string;
            starred?: boolean;
            gender?: string;
            /** @description The complete list of infos; infos left out are deleted from the contact. */
            infos?: components["schemas"]["ContactInfo"][];
            /** @description The complete list of memberships; memberships left out are deleted from the contact. */
            memberships?: components["schemas"]["ContactMembership"][];
        };
        /** @description Body of `PATCH /contacts/{id}`, one object per contact ID in the path. */
        UpdateContactsRequest: {
            contacts: components["schemas"]["ContactUpdate"][];
        };
        /** @description A contact book, private to its owner or shared with an organization, a team or users. */
        ContactBook: {
            id: string;
            /** @description ID of the user who owns the contact book. */
            user?: string;
            /** @description Whether the book is shared with the whole organization. */
            share_with_organization?: boolean;
            /** @description ID of the team the book is shared with, if any. */
            share_with_team?: string | null;
            /** @description IDs of the users the book is shared with. */
            share_with_users?: string[];
            /** @description ID of the organization the book belongs to; null for a personal book. */
            organization?: string | null;
            name?: string;
            description?: string | null;
        };
        /** @description A list of contact books. */
        ContactBooksResponse: {
            contact_books: components["schemas"]["ContactBook"][];
        };
        /** @description A contact group or contact organization of a contact book. */
        ContactGroup: {
            id: string;
            name?: string;
        };
        /** @description A list of contact groups or contact organizations. */
        ContactGroupsResponse: {
            contact_groups: components["schemas"]["ContactGroup"][];
        };
        /** @description An organization embedded in another resource. */
        OrganizationSummary: {
            id: string;
            name?: string;
        };
        /** @description A team embedded in another resource. */
        TeamSummary: {
            id: string;
            name?: string;
            /** @description Organization ID the team belongs to. */
            organization?: string;
        };
        /** @description A user with access to a conversation, with the conversation's state in that user's mailboxes. */
        ConversationUser: {
            /** @description User ID. */
            id: string;
            name?: string;
            email?: string;
            /** @description The conversation is unassigned for this user. */
            unassigned?: boolean;
            /** @description The conversation is closed for this user. */
            closed?: boolean;
            /** @description The conversation is archived for this user. */
            archived?: boolean;
            /** @description The conversation is in this user's Trash. */
            trashed?: boolean;
            /** @description The conversation is in this user's Spam. */
            junked?: boolean;
            /** @description The conversation is assigned to this user. */
            assigned?: boolean;
            /** @description The conversation is starred by this user. */
            flagged?: boolean;
            /** @description The conversation is snoozed for this user. */
            snoozed?: boolean;
        };
        /** @description An author of a conversation's messages, as shown on the authors line of the conversation preview. */
        ConversationAuthor: {
            /** @description Display name. */
            name?: string;
            /** @description Email address. */
            address?: string;
        };
        /** @description A shared label embedded in a conversation. */
        SharedLabelSummary: {
            /** @description Shared label ID. */
            id: string;
            /** @description Shared label name. */
            name?: string;
        };
        /**
         * @description A conversation's fields, as embedded in a message (`GET /messages/{id}`,
         *     `GET /messages?email_message_id=`): the documented example there carries neither
         *     `created_at` nor `last_activity_at`, so only `id` is required. `Conversation` is this shape
         *     with `last_activity_at` required too.
         */
        MessageConversation: {
            /** @description Conversation ID. After a merge, the surviving conversation's ID may differ from the one requested. */
            id: string;
            /**
             * Format: int64
             * @description When the conversation was created (Unix seconds).
             */
            created_at?: number;
            /** @description Subject set on the conversation itself; `null` when none was set (see `latest_message_subject`). */
            subject?: string | null;
            /** @description Subject of the conversation's latest message. */
            latest_message_subject?: string;
            /** @description Organization the conversation is shared with. */
            organization?: components["schemas"]["OrganizationSummary"];
            /** @description Team the conversation is linked to, or `null`. */
            team?: components["schemas"]["TeamSummary"] | null;
            /** @description Conversation color (HEX code or `good`, `warning`, `danger`), or `null`. */
            color?: string | null;
            /** @description Users assigned to the conversation, with their mailbox state. */
            assignees?: components["schemas"]["ConversationUser"][];
            /** @description Assignees' names, comma-separated; empty when unassigned. */
            assignee_names?: string;
            /** @description Assignees' email addresses, comma-separated; empty when unassigned. */
            assignee_emails?: string;
            /** @description Users with access to the conversation, with their mailbox state. */
            users?: components["schemas"]["ConversationUser"][];
            /** @description Number of attachments in the conversation. */
            attachments_count?: number;
            /** @description Number of messages in the conversation. */
            messages_count?: number;
            /** @description Authors of the conversation's messages, as shown on the conversation's authors line. */
            authors?: components["schemas"]["ConversationAuthor"][];
            /** @description Number of drafts in the conversation. */
            drafts_count?: number;
            /** @description Number of messages scheduled to be sent later. */
            send_later_messages_count?: number;
            /** @description Number of tasks in the conversation. */
            tasks_count?: number;
            /** @description Number of completed tasks in the conversation. */
            completed_tasks_count?: number;
            /** @description Shared labels applied to the conversation. */
            shared_labels?: components["schemas"]["SharedLabelSummary"][];
            /** @description Shared label names, comma-separated; empty when none. */
            shared_label_names?: string;
            /** @description Link opening the conversation in the Missive web app. */
            web_url?: string;
            /** @description Link (`missive://`) opening the conversation in the Missive desktop app. */
            app_url?: string;
            /**
             * Format: int64
             * @description Time of the latest activity (Unix seconds); the pagination cursor of `GET /conversations`.
             */
            last_activity_at?: number;
        };
        /**
         * @description A conversation: a thread of messages, comments, drafts and posts with its per-user mailbox
         *     state, labels, team and organization. It has every field of `MessageConversation`, with
         *     `last_activity_at` required too. Conversations in which the token's user is only a guest come
         *     back with limited data: only `id` and `last_activity_at`; every other field is therefore
         *     optional.
         */
        Conversation: {
            /**
             * Format: int64
             * @description Time of the latest activity (Unix seconds); the pagination cursor of `GET /conversations`.
             */
            last_activity_at: number;
        } & WithRequired<components["schemas"]["MessageConversation"], "id" | "last_activity_at">;
        /** @description Conversations; answer of list, get (an array even for one conversation), update and merge. */
        ConversationsResponse: {
            conversations: components["schemas"]["Conversation"][];
        };
        /**
         * @description A HEX color code (`#000`, `#2266ED`) or one of the named colors `good`, `warning`, `danger`.
         * @example #2266ED
         */
        ConversationColor: string | ("good" | "warning" | "danger");
        /**
         * @description Changes to one conversation. Only the attributes sent change. `organization` is required with
         *     `add_users`, `add_assignees`, `remove_assignees` and `add_shared_labels`; `team` is required
         *     with `add_to_team_inbox`.
         */
        ConversationUpdate: {
            /** @description ID of the conversation to update; it must be one of the IDs in the path. */
            id: string;
            /** @description New subject of the conversation. */
            subject?: string;
            /** @description Conversation color, HEX (`#2266ED`) or `good`, `warning`, `danger`. */
            color?: components["schemas"]["ConversationColor"];
            /** @description Same as `color` (the name posts and drafts use); send one of the two. */
            conversation_color?: components["schemas"]["ConversationColor"];
            /**
             * @description Organization ID. Required with `add_users`, `add_assignees`, `remove_assignees` and
             *     `add_shared_labels`: the users and labels belong to it.
             */
            organization?: string;
            /**
             * @description Team ID: links the conversation to the team if it is in no other team (see
             *     `force_team`). Required with `add_to_team_inbox`.
             */
            team?: string;
            /** @description Link the conversation to `team` even if it already belongs to another team. */
            force_team?: boolean;
            /** @description IDs of users who get access to the conversation. Needs `organization`. */
            add_users?: string[];
            /** @description IDs of users to assign. Needs `organization`. */
            add_assignees?: string[];
            /** @description IDs of users to unassign. Needs `organization`. */
            remove_assignees?: string[];
            /** @description IDs of shared labels to add. Needs `organization`, which the labels belong to. */
            add_shared_labels?: string[];
            /** @description IDs of shared labels to remove. */
            remove_shared_labels?: string[];
            /** @description Move the conversation to the Inbox of everyone with access. */
            add_to_inbox?: boolean;
            /** @description Move the conversation to the inbox of `team`, which is then required. */
            add_to_team_inbox?: boolean;
            /** @description Close the conversation for everyone with access. */
            close?: boolean;
            /** @description Reopen the conversation for everyone with access. */
            reopen?: boolean;
        };
        /** @description Body of `PATCH /conversations/{id}`, one object per conversation ID in the path. */
        UpdateConversationsRequest: {
            conversations: components["schemas"]["ConversationUpdate"][];
        };
        /** @description An email address with an optional display name. */
        EmailAddressField: {
            /** @description Email address. */
            address: string;
            /** @description Display name. */
            name?: string;
        };
        /**
         * @description An SMS or WhatsApp participant. As a draft's `from_field`, `phone_number` must match an
         *     account number the token's user has access to (Twilio, SignalWire or WhatsApp); as a draft's
         *     `to_fields` item, only one recipient is allowed.
         */
        PhoneNumberField: {
            /**
             * @description Phone number formatted as `+` followed by digits only.
             * @example +18005550199
             */
            phone_number: string;
            /**
             * @description Account type (`from_field` only). Needed when the phone number matches accounts of
             *     different types.
             * @enum {string}
             */
            type?: "signalwire" | "twilio" | "twilio_whatsapp" | "whatsapp";
            /** @description Display name, used to match contacts in the sidebar and fill the authors line. */
            name?: string;
        };
        /**
         * @description A custom channel or Missive Live Chat participant. For custom channels any `id`, `username`
         *     and `name` are accepted; a Live Chat draft takes exactly one recipient.
         */
        CustomChannelField: {
            /**
             * @description The participant's ID in the channel.
             * @example 12345
             */
            id: string;
            /**
             * @description The participant's handle in the channel.
             * @example @missiveapp
             */
            username?: string;
            /**
             * @description Display name.
             * @example Missive
             */
            name?: string;
        };
        /** @description A Messenger or Instagram recipient, identified by its ID on that platform. */
        ExternalIdField: {
            /**
             * @description The recipient's Messenger or Instagram ID.
             * @example 1736313053102918
             */
            id: string;
        };
        /**
         * @description A sender or recipient of a message or draft as the API returns it. The docs show only the
         *     email shape (`name`, `address`); the other shapes are those the channel accepts on input
         *     (phone number, custom channel or Live Chat participant, Messenger or Instagram ID).
         */
        MessageParticipant: components["schemas"]["EmailAddressField"] | components["schemas"]["PhoneNumberField"] | components["schemas"]["CustomChannelField"] | components["schemas"]["ExternalIdField"];
        /** @description A file attached to a message, comment or response, as the API returns it. */
        Attachment: {
            /** @description Attachment ID. Inline images in HTML bodies reference it with `data-missive-attachment-id`. */
            id: string;
            filename: string;
            extension?: string;
            /** @description Temporary download URL. */
            url?: string;
            /** @description MIME top-level type, such as `image` or `application`. */
            media_type?: string;
            /** @description MIME subtype, such as `png` or `pdf`. */
            sub_type?: string;
            /** @description Size in bytes. */
            size?: number;
            /** @description Image width in pixels (images only). */
            width?: number;
            /** @description Image height in pixels (images only). */
            height?: number;
        };
        /**
         * @description A message (email, SMS, WhatsApp, custom channel…). Lists (`GET /conversations/{id}/messages`)
         *     return headers without `body`; `GET /messages/{id}` and `GET /messages?email_message_id=` add
         *     the `body` and the embedded `conversation`.
         */
        Message: {
            /** @description Message ID. */
            id: string;
            /** @description Message subject. */
            subject?: string;
            /** @description Whether the message is a draft (always `false` here; drafts are listed separately). */
            draft?: boolean;
            /** @description Short plain-text preview of the body. */
            preview?: string;
            /** @description Channel type of the message, such as `email`. */
            type?: string;
            /**
             * Format: int64
             * @description Delivery time (Unix seconds); the pagination cursor of `GET /conversations/{id}/messages`.
             */
            delivered_at: number;
            /**
             * Format: int64
             * @description Last update time (Unix seconds).
             */
            updated_at?: number;
            /**
             * Format: int64
             * @description Creation time (Unix seconds).
             */
            created_at?: number;
            /** @description The email's `Message-ID` header. */
            email_message_id?: string;
            /** @description Message-IDs from the email's `In-Reply-To` header. */
            in_reply_to?: string[];
            /** @description Message-IDs from the email's `References` header. */
            references?: string[];
            /**
             * @description HTML or text body (single-message answers only). Inline images carry no `src`; they
             *     reference an entry of `attachments` with `data-missive-attachment-id`.
             */
            body?: string;
            from_field?: components["schemas"]["MessageParticipant"];
            to_fields?: components["schemas"]["MessageParticipant"][];
            cc_fields?: components["schemas"]["EmailAddressField"][];
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            reply_to_fields?: components["schemas"]["EmailAddressField"][];
            /** @description Files attached to the message, inline images included. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description The message's conversation (single-message answers only). */
            conversation?: components["schemas"]["MessageConversation"];
        };
        /** @description A list of messages. */
        MessagesResponse: {
            messages: components["schemas"]["Message"][];
        };
        /** @description A user mention in a comment, located in the comment's `body`. */
        CommentMention: {
            /** @description ID of the mentioned user. */
            id: string;
            /** @description Position of the mention's first character in `body`. */
            index?: number;
            /** @description Length of the mention in `body`. */
            length?: number;
        };
        /** @description A Missive user embedded in another resource (comment author, task assignee). */
        UserSummary: {
            id: string;
            name?: string;
            email?: string;
            avatar_url?: string;
        };
        /** @description A task attached to a comment. */
        CommentTask: {
            /** @description Description of the task. */
            description?: string;
            /**
             * @description Current state of the task.
             * @enum {string}
             */
            state?: "todo" | "in_progress" | "closed";
            /**
             * Format: int64
             * @description When the task is due (Unix seconds).
             */
            due_at?: number;
            /**
             * Format: int64
             * @description When work on the task began (Unix seconds).
             */
            started_at?: number;
            /**
             * Format: int64
             * @description When the task was completed (Unix seconds), `null` while not completed.
             */
            closed_at?: number | null;
            /** @description Users assigned to the task. */
            assignees?: components["schemas"]["UserSummary"][];
            /** @description Team associated with the task, if any. */
            team?: components["schemas"]["TeamSummary"] | null;
        };
        /** @description An internal comment in a conversation, possibly carrying a file and a task. */
        Comment: {
            /** @description Comment ID. */
            id: string;
            /** @description Text of the comment. */
            body?: string;
            /**
             * Format: int64
             * @description Creation time (Unix seconds); the pagination cursor of `GET /conversations/{id}/comments`.
             */
            created_at: number;
            /** @description Users mentioned in the comment, with where each mention sits in `body`. */
            mentions?: components["schemas"]["CommentMention"][];
            /** @description The user who wrote the comment. */
            author?: components["schemas"]["UserSummary"];
            /** @description File attached to the comment, if any. */
            attachment?: components["schemas"]["Attachment"] | null;
            /** @description The task carried by the comment, or `null` when the comment is not a task. */
            task?: components["schemas"]["CommentTask"] | null;
        };
        /** @description A list of comments. */
        CommentsResponse: {
            comments: components["schemas"]["Comment"][];
        };
        /** @description A draft message in a conversation, with the user who wrote it. */
        Draft: {
            /** @description Draft ID, to pass to `DELETE /drafts/{id}`. */
            id: string;
            /** @description Draft subject. */
            subject?: string;
            /** @description Always `true` for drafts. */
            draft?: boolean;
            /** @description Short plain-text preview of the body. */
            preview?: string;
            /** @description Channel type of the draft, such as `email`. */
            type?: string;
            /**
             * Format: int64
             * @description Delivery time (Unix seconds), `null` while unsent; the pagination cursor of `GET /conversations/{id}/drafts`.
             */
            delivered_at: number | null;
            /**
             * Format: int64
             * @description Last update time (Unix seconds).
             */
            updated_at?: number;
            /**
             * Format: int64
             * @description Creation time (Unix seconds).
             */
            created_at?: number;
            from_field?: components["schemas"]["MessageParticipant"];
            to_fields?: components["schemas"]["MessageParticipant"][];
            cc_fields?: components["schemas"]["EmailAddressField"][];
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            reply_to_fields?: components["schemas"]["EmailAddressField"][];
            attachments?: components["schemas"]["Attachment"][];
            /** @description The user who wrote the draft. */
            author?: components["schemas"]["UserSummary"];
        };
        /** @description A list of drafts. */
        DraftsResponse: {
            drafts: components["schemas"]["Draft"][];
        };
        /** @description The title and body used to render the notification of a post. */
        PostNotification: {
            /** @description Notification title. */
            title: string;
            /** @description Notification body. */
            body: string;
        };
        /** @description A title/value pair shown in a post attachment. */
        PostAttachmentField: {
            /** @description Field title. */
            title?: string;
            /** @description Field value. */
            value?: string;
            /** @description When `true`, fields are laid out two per row; otherwise one per row. */
            short?: boolean;
        };
        /** @description A rich attachment rendered in a post (a card with author, title, text, image, fields and footer). */
        PostAttachment: {
            /** @description Color of the attachment's side bar, a HEX code or `good`, `warning`, `danger`. */
            color?: components["schemas"]["ConversationColor"];
            /** @description Text shown above the attachment. */
            pretext?: string;
            /** @description Attachment author name. */
            author_name?: string;
            /** @description URL linking to the author. */
            author_link?: string;
            /** @description Image URL of the author (the docs' example uses `avatar:<email>`). */
            author_icon?: string;
            /** @description Attachment title. */
            title?: string;
            /** @description URL linking to the attachment's resource. */
            title_link?: string;
            /** @description Image URL of the attachment. */
            image_url?: string;
            /** @description Text of the attachment. */
            text?: string;
            /** @description Text of the attachment, formatted with Markdown. */
            markdown?: string;
            /**
             * Format: int64
             * @description Time shown on the attachment (Unix seconds).
             */
            timestamp?: number;
            /** @description Footer text. */
            footer?: string;
            /** @description Image URL of the footer. */
            footer_icon?: string;
            /** @description Title/value pairs shown in the attachment. */
            fields?: components["schemas"]["PostAttachmentField"][];
        };
        /** @description An integration post in a conversation. */
        Post: {
            /** @description Post ID, to pass to `DELETE /posts/{id}`. */
            id: string;
            /**
             * Format: int64
             * @description Creation time (Unix seconds); the pagination cursor of `GET /conversations/{id}/posts`.
             */
            created_at: number;
            /** @description Name shown as the post's author. */
            username?: string;
            /** @description Image shown as the post author's avatar. */
            username_icon?: string;
            notification?: components["schemas"]["PostNotification"];
            /** @description Rich attachments rendered in the post. */
            attachments?: components["schemas"]["PostAttachment"][];
        };
        /** @description A list of posts. */
        PostsResponse: {
            posts: components["schemas"]["Post"][];
        };
        /** @description Body of `POST /conversations/{id}/merge` (not wrapped in an envelope). */
        MergeConversationsRequest: {
            /** @description ID of the destination conversation, the one that survives. */
            target: string;
            /** @description New subject for the merged conversation. */
            subject?: string;
        };
        /**
         * @description The sender of a draft; the shape depends on the channel. Email: `address` (and `name`), which
         *     must match one of the user's aliases. SMS and WhatsApp: `phone_number` (and `type` when the
         *     number matches accounts of several types). Custom channel: `id`, `username`, `name`, with no
         *     restriction.
         */
        DraftFromField: components["schemas"]["EmailAddressField"] | components["schemas"]["PhoneNumberField"] | components["schemas"]["CustomChannelField"];
        /**
         * @description A recipient of a draft; the shape depends on the channel. Email: `address` (and `name`).
         *     SMS and WhatsApp: `phone_number` (one recipient only). Messenger and Instagram: `id`.
         *     Custom channel: `id`, `username`, `name`. Missive Live Chat: `id`, `username`, `name`
         *     (one recipient only).
         */
        DraftToField: components["schemas"]["EmailAddressField"] | components["schemas"]["PhoneNumberField"] | components["schemas"]["ExternalIdField"] | components["schemas"]["CustomChannelField"];
        /**
         * @description A file to attach, sent base64-encoded. The whole JSON payload of a request must not exceed
         *     10 MB.
         */
        AttachmentUpload: {
            /** @description The base64-encoded contents of the file. */
            base64_data: string;
            /** @description File name of the attachment. */
            filename: string;
        };
        /**
         * @description A draft to create: email, SMS, WhatsApp, Messenger, Instagram, custom channel or Missive Live
         *     Chat. Send it at once with `send: true`, schedule it with `send_at`, or leave it to be edited
         *     in Missive. Append it to a conversation with `conversation` or `references`; otherwise a new
         *     conversation is created. `send_at` cannot be combined with `send: true`, and `auto_followup:
         *     true` requires `send_at`. `add_users` and `add_assignees` require `organization`;
         *     `add_to_team_inbox` requires `team`.
         */
        DraftCreate: {
            /**
             * @description Subject of the draft.
             * @example Hello
             */
            subject?: string;
            /**
             * @description HTML or text body. Plain `<p>` paragraphs show no spacing in Missive: add `<p><br></p>`
             *     between paragraphs.
             * @example <b>World!</b>
             */
            body?: string;
            /**
             * @description Include a quote of the conversation's last message. Use with care: in an existing
             *     conversation the quote may leak the previous message's content.
             */
            quote_previous_message?: boolean;
            from_field?: components["schemas"]["DraftFromField"];
            /** @description Recipients. SMS, WhatsApp and Missive Live Chat take exactly one. */
            to_fields?: components["schemas"]["DraftToField"][];
            /** @description Email Cc recipients. */
            cc_fields?: components["schemas"]["EmailAddressField"][];
            /** @description Email Bcc recipients. */
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            /**
             * @description Account ID, for custom channel, Missive Live Chat, Messenger and Instagram drafts (see
             *     the channel's settings or Settings > API > Resource IDs).
             * @example fbf74c47-d0a0-4d77-bf3c-2118025d8102
             */
            account?: string;
            /** @description Files to attach, up to 25; the whole JSON payload must not exceed 10 MB. */
            attachments?: components["schemas"]["AttachmentUpload"][];
            /**
             * @description Message-IDs or references of an existing conversation to append to (chevrons optional).
             *     When they match several conversations the first is used; when none match, a new
             *     conversation is created.
             * @example [
             *       "<some-reference-123>"
             *     ]
             */
            references?: string[];
            /**
             * @description ID of an existing conversation to append to, instead of `references`.
             * @example 5bb24363-69e5-48ed-80a9-feee988bc953
             */
            conversation?: string;
            /**
             * @description Team ID to link the conversation to; ignored when it is already linked to a team (see `force_team`).
             * @example 646bb7f1-2066-40be-b8f6-bacb8b3b7419
             */
            team?: string;
            /** @description Move the conversation to `team` even if it is already linked to another team. */
            force_team?: boolean;
            /**
             * @description Organization ID. Scopes the search for an existing conversation to that organization, and
             *     links a newly created conversation to it. Required with `add_users` and `add_assignees`.
             * @example 90beb742-27a3-44cf-95bc-7e5097167c9d
             */
            organization?: string;
            /** @description IDs of users to give access to the conversation (requires `organization`). */
            add_users?: string[];
            /** @description IDs of users to assign; existing assignees stay assigned (requires `organization`). */
            add_assignees?: string[];
            /**
             * @description Subject to set on the conversation.
             * @example New user!
             */
            conversation_subject?: string;
            /** @description Color to set on the conversation, a HEX code or `good`, `warning`, `danger`. */
            conversation_color?: components["schemas"]["ConversationColor"];
            /** @description IDs of shared labels to apply to the conversation. */
            add_shared_labels?: string[];
            /** @description IDs of shared labels to remove from the conversation. */
            remove_shared_labels?: string[];
            /** @description Move the conversation to Inbox for everyone with access to it. */
            add_to_inbox?: boolean;
            /** @description Move the conversation to the team inbox of `team` (requires `team`). */
            add_to_team_inbox?: boolean;
            /** @description Close the conversation for everyone with access to it. */
            close?: boolean;
            /**
             * @description Send the draft immediately. Matching outgoing rules run, including "Schedule auto
             *     follow-up" rules (automated email sequences). Cannot be combined with `send_at`.
             */
            send?: boolean;
            /**
             * Format: int64
             * @description Schedule the draft to be sent at this time (Unix seconds). Cannot be combined with `send: true`.
             * @example 1684540565
             */
            send_at?: number;
            /**
             * @description Discard the draft scheduled with `send_at` when someone replies in the conversation.
             *     Requires `send_at` when `true`.
             */
            auto_followup?: boolean;
            /**
             * @description WhatsApp: the Twilio or Meta ID of the message template. Template and variables are
             *     required to start a WhatsApp conversation with someone not contacted in the past 24 hours;
             *     `body` must then hold the interpolated template, which is what Missive shows.
             * @example 474808552386201
             */
            external_response_id?: string;
            /**
             * @description WhatsApp: values of the template's placeholders, keyed by placeholder (string keys).
             * @example {
             *       "1": "Philippe",
             *       "2": "This awesome project"
             *     }
             */
            external_response_variables?: {
                [key: string]: string;
            };
        };
        /** @description Body of `POST /drafts`: one draft under the plural `drafts` key. */
        CreateDraftRequest: {
            drafts: components["schemas"]["DraftCreate"];
        };
        /** @description A single draft (note the plural `drafts` key holding one object). */
        DraftResponse: {
            drafts: components["schemas"]["Draft"];
        };
        /**
         * @description A participant of a custom-channel message; the shape depends on the channel's message type.
         *     Email channel: `address` and `name`. Text or HTML channel: `id`, `username` and `name`.
         */
        MessageCreateField: components["schemas"]["EmailAddressField"] | components["schemas"]["CustomChannelField"];
        /**
         * @description An incoming message to create in a custom channel (simulating a message received from an
         *     external system). Not for sending email: use `POST /drafts` with `send: true`. Append it to a
         *     conversation with `conversation` or `references` (matching another message's `external_id`
         *     or `references`); otherwise a new conversation is created. `add_users` and `add_assignees`
         *     require `organization`; `add_to_team_inbox` requires `team`. Without `team`,
         *     `add_to_inbox` and `add_to_team_inbox`, the conversation lands in Inbox or Team Inbox per the
         *     channel's sharing settings.
         */
        MessageCreate: {
            /**
             * @description ID of the custom channel account (see the channel's settings).
             * @example fbf74c47-d0a0-4d77-bf3c-2118025d8102
             */
            account: string;
            /**
             * @description Subject (email channels only).
             * @example Hello
             */
            subject?: string;
            /**
             * @description HTML or text body, per the channel's message type.
             * @example <b>World!</b>
             */
            body?: string;
            from_field?: components["schemas"]["MessageCreateField"];
            to_fields?: components["schemas"]["MessageCreateField"][];
            /** @description Cc recipients (email channels only). */
            cc_fields?: components["schemas"]["EmailAddressField"][];
            /** @description Bcc recipients (email channels only). */
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            /**
             * Format: int64
             * @description Delivery time (Unix seconds); when omitted, the message is delivered at request time.
             * @example 1563806347
             */
            delivered_at?: number;
            /** @description Files to attach; the whole JSON payload must not exceed 10 MB. */
            attachments?: components["schemas"]["AttachmentUpload"][];
            /**
             * @description Unique ID identifying a non-email message (SMS, Instagram DM…); later messages can reference it in `references`.
             * @example some-id-123
             */
            external_id?: string;
            /**
             * @description Message-IDs or references of an existing conversation to append to (chevrons optional).
             *     When they match several conversations the first is used; when none match, a new
             *     conversation is created.
             * @example [
             *       "<some-reference-123>"
             *     ]
             */
            references?: string[];
            /**
             * @description ID of an existing conversation to append to, instead of `references`.
             * @example 5bb24363-69e5-48ed-80a9-feee988bc953
             */
            conversation?: string;
            /**
             * @description Team ID to link the conversation to; ignored when it is already linked to a team (see `force_team`).
             * @example 646bb7f1-2066-40be-b8f6-bacb8b3b7419
             */
            team?: string;
            /** @description Move the conversation to `team` even if it is already linked to another team. */
            force_team?: boolean;
            /**
             * @description Organization ID. Scopes the search for an existing conversation to that organization, and
             *     links a newly created conversation to it. Required with `add_users` and `add_assignees`.
             * @example 90beb742-27a3-44cf-95bc-7e5097167c9d
             */
            organization?: string;
            /** @description IDs of users to give access to the conversation (requires `organization`). */
            add_users?: string[];
            /** @description IDs of users to assign; existing assignees stay assigned (requires `organization`). */
            add_assignees?: string[];
            /**
             * @description Subject to set on the conversation.
             * @example New user!
             */
            conversation_subject?: string;
            /** @description Color to set on the conversation, a HEX code or `good`, `warning`, `danger`. */
            conversation_color?: components["schemas"]["ConversationColor"];
            /** @description IDs of shared labels to apply to the conversation. */
            add_shared_labels?: string[];
            /** @description IDs of shared labels to remove from the conversation. */
            remove_shared_labels?: string[];
            /** @description Move the conversation to Inbox for everyone with access to it. */
            add_to_inbox?: boolean;
            /** @description Move the conversation to the team inbox of `team` (requires `team`). */
            add_to_team_inbox?: boolean;
            /** @description Close the conversation for everyone with access to it. */
            close?: boolean;
        };
        /** @description Body of `POST /messages`: one message under the plural `messages` key. */
        CreateMessageRequest: {
            messages: components["schemas"]["MessageCreate"];
        };
        /** @description A single message (note the plural `messages` key holding one object). */
        MessageResponse: {
            messages: components["schemas"]["Message"];
        };
        /**
         * @description Answer of `GET /messages/{id}`. For one ID the docs show `messages` holding one object. For
         *     several comma-separated IDs the shape is not documented: `messages` may hold an array, or the
         *     object of a single match. Read both (Open question in `RECONCILIATION.md`).
         */
        MessagesByIdResponse: {
            messages: components["schemas"]["Message"] | components["schemas"]["Message"][];
        };
        /** @description A Missive organization the token's user belongs to. */
        Organization: {
            id: string;
            name?: string;
        };
        /** @description A list of organizations. */
        OrganizationsResponse: {
            organizations: components["schemas"]["Organization"][];
        };
        /**
         * @description A response (canned reply template) of a user or an organization. Inline images in `body`
         *     have no `src`: they carry `data-missive-attachment-id`, the ID of an item of `attachments`.
         */
        Response: {
            id: string;
            title?: string;
            /** @description HTML content of the response. */
            body?: string;
            /** @description Subject line used when the response is inserted. */
            subject?: string | null;
            /** @description ID of the organization owning the response; null for a personal response. */
            organization?: string | null;
            /** @description ID of the user owning a personal response; null for an organization response. */
            user?: string | null;
            /** @description ID of the team the response is shared with, if any. */
            share_with_team?: string | null;
            /**
             * Format: int64
             * @description Last modification time (Unix seconds).
             */
            modified_at?: number;
            /** @description Recipients prefilled when the response is inserted. */
            to_fields?: components["schemas"]["EmailAddressField"][];
            cc_fields?: components["schemas"]["EmailAddressField"][];
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            /** @description IDs of the shared labels the response is filed under. */
            shared_labels?: string[];
            /** @description Identifier of the response in an external system. */
            external_id?: string;
            /** @description External system that `external_id` belongs to. */
            external_source?: string;
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description A list of responses. */
        ResponsesResponse: {
            responses: components["schemas"]["Response"][];
        };
        /**
         * @description A file to attach to a response, sent base64-encoded. Give it a temporary `id` and reference
         *     that `id` in the body HTML (`<img data-missive-attachment-id="...">`) to make it an inline
         *     image; the server replaces it with the real attachment ID. Attachments not referenced in the
         *     body are regular attachments. The whole JSON payload must not exceed 10 MB.
         */
        ResponseAttachmentUpload: {
            /** @description The base64-encoded contents of the file. */
            base64_data: string;
            /** @description File name of the attachment. */
            filename: string;
            /** @description Temporary ID, referenced by `data-missive-attachment-id` in the body for inline images. */
            id?: string;
        };
        /**
         * @description A response to create. Exactly one of `organization` (organization response) and `user`
         *     (personal response) is required. `share_with_team` and `shared_labels` require
         *     `organization`; `external_id` requires `external_source`.
         */
        ResponseCreate: {
            /** @description Title of the response. */
            title?: string;
            /** @description ID of the organization owning the response. Send either `organization` or `user`, not both. */
            organization?: string;
            /** @description ID of the user owning a personal response. Send either `organization` or `user`, not both. */
            user?: string;
            /** @description HTML content of the response. */
            body?: string;
            /** @description Subject line. */
            subject?: string;
            /** @description ID of a team to share the response with; requires `organization`. */
            share_with_team?: string;
            /** @description IDs of shared labels to file the response under; requires `organization`. */
            shared_labels?: string[];
            to_fields?: components["schemas"]["EmailAddressField"][];
            cc_fields?: components["schemas"]["EmailAddressField"][];
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            /** @description Identifier in an external system, for syncing; requires `external_source`. */
            external_id?: string;
            /**
             * @description The external system `external_id` comes from. The pair must be unique per organization
             *     or user.
             */
            external_source?: string;
            /** @description Files to attach; see `ResponseAttachmentUpload` for inline images. */
            attachments?: components["schemas"]["ResponseAttachmentUpload"][];
        } & ({
            organization: string;
        } | {
            user: string;
        });
        /** @description Body of `POST /responses`. */
        CreateResponsesRequest: {
            responses: components["schemas"]["ResponseCreate"][];
        };
        /**
         * @description Changes to one response. Only the attributes sent are updated. When `attachments` is sent
         *     it replaces the whole list: attachments left out are removed from the response. Responses
         *     created by external integrations (such as WhatsApp templates) cannot be updated.
         */
        ResponseUpdate: {
            /** @description ID of the response to update; it must be one of the IDs in the path. */
            id: string;
            /** @description Title of the response. */
            title?: string;
            /** @description ID of the organization owning the response. Send either `organization` or `user`, not both. */
            organization?: string;
            /** @description ID of the user owning a personal response. Send either `organization` or `user`, not both. */
            user?: string;
            /** @description HTML content of the response. */
            body?: string;
            /** @description Subject line. */
            subject?: string;
            /** @description ID of a team to share the response with; requires `organization`. */
            share_with_team?: string;
            /** @description IDs of shared labels to file the response under; requires `organization`. */
            shared_labels?: string[];
            to_fields?: components["schemas"]["EmailAddressField"][];
            cc_fields?: components["schemas"]["EmailAddressField"][];
            bcc_fields?: components["schemas"]["EmailAddressField"][];
            /** @description Identifier in an external system, for syncing; requires `external_source`. */
            external_id?: string;
            /**
             * @description The external system `external_id` comes from. The pair must be unique per organization
             *     or user.
             */
            external_source?: string;
            /** @description The complete list of attachments to keep; attachments left out are removed. */
            attachments?: components["schemas"]["ResponseAttachmentUpload"][];
        };
        /** @description Body of `PATCH /responses/{id}`, one object per response ID in the path. */
        UpdateResponsesRequest: {
            responses: components["schemas"]["ResponseUpdate"][];
        };
        /**
         * @description A post to create: content injected in a new or existing conversation, optionally changing the
         *     conversation's state (close, reopen, move to inbox, assign, label, color, team). Append it to
         *     a conversation with `conversation` or `references`; otherwise a new conversation is created.
         *     Either `text`, `markdown` or `attachments` is required. A post reopens a closed conversation
         *     unless `reopen: false` is sent. `add_users` and `add_assignees` require `organization`;
         *     `add_to_team_inbox` requires `team`. String fields longer than a generous limit are
         *     truncated.
         */
        PostCreate: {
            /**
             * @description Author name shown on the post, instead of the token owner's name.
             * @example Missive
             */
            username?: string;
            /**
             * @description Author image shown on the post, instead of the token owner's avatar.
             * @example https://s3.amazonaws.com/missive-assets/missive-avatar.png
             */
            username_icon?: string;
            /**
             * @description Image used as the conversation's icon in the conversation list.
             * @example https://s3.amazonaws.com/missive-assets/missive-avatar.png
             */
            conversation_icon?: string;
            /**
             * @description Main message of the post.
             * @example This is a post!
             */
            text?: string;
            /**
             * @description Main message of the post, formatted with Markdown.
             * @example This is a **post**!
             */
            markdown?: string;
            notification: components["schemas"]["PostNotification"];
            /** @description Rich attachments to render in the post. */
            attachments?: components["schemas"]["PostAttachment"][];
            /**
             * @description Message-IDs or references of an existing conversation to append to (chevrons optional).
             *     When they match several conversations the first is used; when none match, a new
             *     conversation is created.
             * @example [
             *       "<some-reference-123>"
             *     ]
             */
            references?: string[];
            /**
             * @description ID of an existing conversation to append to, instead of `references`.
             * @example 5bb24363-69e5-48ed-80a9-feee988bc953
             */
            conversation?: string;
            /**
             * @description Team ID to link the conversation to; ignored when it is already linked to a team (see `force_team`).
             * @example 646bb7f1-2066-40be-b8f6-bacb8b3b7419
             */
            team?: string;
            /** @description Move the conversation to `team` even if it is already linked to another team. */
            force_team?: boolean;
            /**
             * @description Organization ID. Scopes the search for an existing conversation to that organization, and
             *     links a newly created conversation to it. Required with `add_users` and `add_assignees`.
             * @example 90beb742-27a3-44cf-95bc-7e5097167c9d
             */
            organization?: string;
            /** @description IDs of users to give access to the conversation (requires `organization`). */
            add_users?: string[];
            /** @description IDs of users to assign; existing assignees stay assigned (requires `organization`). */
            add_assignees?: string[];
            /**
             * @description Subject to set on the conversation.
             * @example New user!
             */
            conversation_subject?: string;
            /** @description Color to set on the conversation, a HEX code or `good`, `warning`, `danger`. */
            conversation_color?: components["schemas"]["ConversationColor"];
            /** @description IDs of shared labels to apply to the conversation. */
            add_shared_labels?: string[];
            /** @description IDs of shared labels to remove from the conversation. */
            remove_shared_labels?: string[];
            /** @description Move the conversation to Inbox for everyone with access to it. */
            add_to_inbox?: boolean;
            /** @description Move the conversation to the team inbox of `team` (requires `team`). */
            add_to_team_inbox?: boolean;
            /** @description Close the conversation for everyone with access to it (leaves a trace in the conversation). */
            close?: boolean;
            /**
             * @description Whether the post reopens the conversation if it is closed. Any post reopens a closed
             *     conversation unless `reopen: false` is sent (verified live); send `false` to add a post and
             *     keep the conversation closed.
             * @default true
             */
            reopen?: boolean;
        };
        /** @description Body of `POST /posts`: one post under the plural `posts` key. */
        CreatePostRequest: {
            posts: components["schemas"]["PostCreate"];
        };
        /** @description The post that was created. */
        PostCreated: {
            /** @description Post ID, to pass to `DELETE /posts/{id}`. */
            id: string;
            /** @description ID of the conversation the post was added to. */
            conversation: string;
        };
        /** @description Answer of `POST /posts`. */
        PostCreatedResponse: {
            posts: components["schemas"]["PostCreated"];
        };
        /** @description A label shared within an organization. */
        SharedLabel: {
            id: string;
            name?: string;
            /** @description Full path of the label, parent names first, separated by `/` (such as `Invoices/Heroku`). */
            name_with_parent_names?: string;
            /** @description HEX color code, such as `#430098`. */
            color?: string | null;
            /** @description ID of the parent shared label. */
            parent?: string;
            /** @description ID of the organization the label belongs to. */
            organization?: string;
        };
        /** @description A list of shared labels. */
        SharedLabelsResponse: {
            shared_labels: components["schemas"]["SharedLabel"][];
        };
        /** @description A shared label to create. */
        SharedLabelCreate: {
            /** @description Label name. */
            name: string;
            /** @description ID of the organization to create the label in. */
            organization: string;
            /** @description HEX color code, such as `#430098`. */
            color?: string;
            /** @description ID of the parent shared label, to nest this label under it. */
            parent?: string;
            /** @description Give everyone in the organization access to all conversations in the label. */
            share_with_organization?: boolean;
            /** @description ID of a team whose members get access to all conversations in the label. */
            share_with_team?: string | null;
            /** @description IDs of users who get access to all conversations in the label. */
            share_with_users?: string[];
            /**
             * @description Who can use the label: `organization` for everyone in the organization, `delegates` for
             *     admins and the users it is shared with only.
             * @enum {string}
             */
            visibility?: "organization" | "delegates";
        };
        /** @description Body of `POST /shared_labels`. */
        CreateSharedLabelsRequest: {
            shared_labels: components["schemas"]["SharedLabelCreate"][];
        };
        /**
         * @description Changes to one shared label. Only the attributes sent are updated. Any user can change
         *     `name`, `color` and `parent`; only organization admins and owners can change `visibility`
         *     and the `share_with_*` attributes.
         */
        SharedLabelUpdate: {
            /** @description ID of the shared label to update; it must be one of the IDs in the path. */
            id: string;
            /** @description Label name. */
            name?: string;
            /** @description HEX color code, such as `#f96885`. */
            color?: string;
            /** @description ID of the parent shared label. */
            parent?: string;
            /** @description (Admins and owners only.) Give everyone in the organization access to all conversations in the label. */
            share_with_organization?: boolean;
            /** @description (Admins and owners only.) ID of a team whose members get access to all conversations in the label. */
            share_with_team?: string | null;
            /** @description (Admins and owners only.) IDs of users who get access to all conversations in the label. */
            share_with_users?: string[];
            /**
             * @description (Admins and owners only.) Who can use the label: `organization` for everyone in the organization, `delegates` for
             *     admins and the users it is shared with only.
             * @enum {string}
             */
            visibility?: "organization" | "delegates";
        };
        /** @description Body of `PATCH /shared_labels/{ids}`, one object per shared label ID in the path. */
        UpdateSharedLabelsRequest: {
            shared_labels: components["schemas"]["SharedLabelUpdate"][];
        };
        /** @description When a team is available. */
        TeamBusinessHours: {
            /** @description IANA time zone identifier, such as `America/Montreal`. */
            tz: string;
            /** @description Time slots, one object per open period of a day. */
            t: {
                /** @description Day of the week, 0 for Sunday to 6 for Saturday. */
                d: number;
                /** @description Start and end of the slot, in seconds from midnight (`[32400, 61200]` is 9:00 to 17:00). */
                s: number[];
            }[];
        };
        /** @description A team of an organization and its settings. */
        Team: {
            id: string;
            name?: string;
            /** @description ID of the organization the team belongs to. */
            organization?: string;
            /** @description Emoji shortcode in `:name:` form, such as `:dart:`. */
            emoji?: string;
            /** @description HEX color code, such as `#2266ED`. */
            color?: string;
            /**
             * @description IDs of the active members: they are notified of new messages in the team inbox and see
             *     its conversations in the unified Team Inboxes view.
             */
            active_members?: string[];
            /**
             * @description IDs of the observers: they can open and manage the team inbox but are not notified of
             *     new messages and do not see it in the unified Team Inboxes view.
             */
            observers?: string[];
            business_hours?: components["schemas"]["TeamBusinessHours"];
            /** @description Seconds of inactivity after which a conversation is considered stale (for example 86400, 259200 or 604800). */
            inactivity_period?: number;
            /**
             * @description Who is notified when the team is mentioned, all members (active and observers) or only active members.
             * @enum {string}
             */
            team_mention_behavior?: "all_members" | "only_active_members";
            /**
             * @description What happens when a user replies to an unassigned conversation, assign them or leave it in the team inbox.
             * @enum {string}
             */
            user_reply_behavior?: "assign_user" | "leave_in_team_inbox";
            /**
             * @description Where an assigned conversation goes when a new reply arrives, the assignee's inbox or back to the team inbox.
             * @enum {string}
             */
            received_reply_behavior?: "show_in_assignee_inbox" | "show_in_team_inbox";
            /**
             * @description What the sidebar shows for the team, the full team space or only the team inbox.
             * @enum {string}
             */
            team_sidebar_behavior?: "show_team_space" | "show_team_inbox";
            /** @description Whether the team inbox is enabled. */
            team_inbox_enabled?: boolean;
            /** @description Whether the team chat room is enabled. */
            chat_room_enabled?: boolean;
        };
        /** @description A list of teams. */
        TeamsResponse: {
            teams: components["schemas"]["Team"][];
        };
        /** @description A team to create. */
        TeamCreate: {
            /** @description Team name. */
            name: string;
            /** @description ID of the organization to create the team in. */
            organization: string;
            /** @description Emoji shortcode in `:name:` form, such as `:dart:`. */
            emoji?: string;
            /** @description HEX color code, such as `#2266ED`. */
            color?: string;
            /**
             * @description IDs of the active members: they are notified of new messages in the team inbox and see
             *     its conversations in the unified Team Inboxes view.
             */
            active_members?: string[];
            /**
             * @description IDs of the observers: they can open and manage the team inbox but are not notified of
             *     new messages and do not see it in the unified Team Inboxes view.
             */
            observers?: string[];
            business_hours?: components["schemas"]["TeamBusinessHours"];
            /** @description Seconds of inactivity after which a conversation is considered stale (for example 86400, 259200 or 604800). */
            inactivity_period?: number;
            /**
             * @description Who is notified when the team is mentioned, all members (active and observers) or only active members.
             * @enum {string}
             */
            team_mention_behavior?: "all_members" | "only_active_members";
            /**
             * @description What happens when a user replies to an unassigned conversation, assign them or leave it in the team inbox.
             * @enum {string}
             */
            user_reply_behavior?: "assign_user" | "leave_in_team_inbox";
            /**
             * @description Where an assigned conversation goes when a new reply arrives, the assignee's inbox or back to the team inbox.
             * @enum {string}
             */
            received_reply_behavior?: "show_in_assignee_inbox" | "show_in_team_inbox";
            /**
             * @description What the sidebar shows for the team, the full team space or only the team inbox.
             * @enum {string}
             */
            team_sidebar_behavior?: "show_team_space" | "show_team_inbox";
            /** @description Whether the team inbox is enabled. */
            team_inbox_enabled?: boolean;
            /** @description Whether the team chat room is enabled. */
            chat_room_enabled?: boolean;
        };
        /** @description Body of `POST /teams`. */
        CreateTeamsRequest: {
            teams: components["schemas"]["TeamCreate"][];
        };
        /** @description Changes to one team. Only the attributes sent are updated. */
        TeamUpdate: {
            /** @description ID of the team to update; it must be one of the IDs in the path. */
            id: string;
            /** @description Team name. */
            name?: string;
            /** @description ID of the organization the team belongs to. */
            organization?: string;
            /** @description Emoji shortcode in `:name:` form, such as `:dart:`. */
            emoji?: string;
            /** @description HEX color code, such as `#2266ED`. */
            color?: string;
            /**
             * @description IDs of the active members: they are notified of new messages in the team inbox and see
             *     its conversations in the unified Team Inboxes view.
             */
            active_members?: string[];
            /**
             * @description IDs of the observers: they can open and manage the team inbox but are not notified of
             *     new messages and do not see it in the unified Team Inboxes view.
             */
            observers?: string[];
            business_hours?: components["schemas"]["TeamBusinessHours"];
            /** @description Seconds of inactivity after which a conversation is considered stale (for example 86400, 259200 or 604800). */
            inactivity_period?: number;
            /**
             * @description Who is notified when the team is mentioned, all members (active and observers) or only active members.
             * @enum {string}
             */
            team_mention_behavior?: "all_members" | "only_active_members";
            /**
             * @description What happens when a user replies to an unassigned conversation, assign them or leave it in the team inbox.
             * @enum {string}
             */
            user_reply_behavior?: "assign_user" | "leave_in_team_inbox";
            /**
             * @description Where an assigned conversation goes when a new reply arrives, the assignee's inbox or back to the team inbox.
             * @enum {string}
             */
            received_reply_behavior?: "show_in_assignee_inbox" | "show_in_team_inbox";
            /**
             * @description What the sidebar shows for the team, the full team space or only the team inbox.
             * @enum {string}
             */
            team_sidebar_behavior?: "show_team_space" | "show_team_inbox";
            /** @description Whether the team inbox is enabled. */
            team_inbox_enabled?: boolean;
            /** @description Whether the team chat room is enabled. */
            chat_room_enabled?: boolean;
        };
        /** @description Body of `PATCH /teams/{ids}`, one object per team ID in the path. */
        UpdateTeamsRequest: {
            teams: components["schemas"]["TeamUpdate"][];
        };
        /** @description A user of an organization the token's user belongs to. */
        User: {
            id: string;
            /** @description Whether this user is the token's owner. */
            me?: boolean;
            email?: string;
            name?: string;
            /** @description URL of the user's avatar image. */
            avatar_url?: string;
        };
        /** @description A list of users. */
        UsersResponse: {
            users: components["schemas"]["User"][];
        };
        /**
         * @description A task as listed, created or updated: `assignees` and `team` are IDs. (`GET /tasks/{id}`
         *     answers a `TaskDetail`, with user and team objects instead.)
         */
        Task: {
            id: string;
            /** @description ID of the conversation the task belongs to (subtask or tasked conversation); null for a standalone task. */
            conversation?: string | null;
            title?: string;
            description?: string | null;
            /** @enum {string} */
            state?: "todo" | "in_progress" | "closed";
            /**
             * Format: int64
             * @description When the task moved to `in_progress` (Unix seconds).
             */
            started_at?: number | null;
            /**
             * Format: int64
             * @description When the task was closed (Unix seconds).
             */
            closed_at?: number | null;
            /** @description IDs of the assigned users. */
            assignees?: string[];
            /** @description ID of the team of the task. */
            team?: string | null;
            /**
             * Format: int64
             * @description Due date (Unix seconds).
             */
            due_at?: number | null;
            /**
             * @description `task` for a standalone task or conversation subtask, `conversation` for a tasked (assigned or due) conversation.
             * @enum {string}
             */
            type?: "task" | "conversation";
            /**
             * Format: int64
             * @description Time of the last activity on the task (Unix seconds); the `until` cursor of `GET /tasks`.
             */
            last_activity_at?: number;
        };
        /** @description A list of tasks, most recent activity first. */
        TasksResponse: {
            tasks: components["schemas"]["Task"][];
        };
        /**
         * @description A task to create: a standalone task (give `team` or `assignees`) or a subtask of a
         *     conversation (`subtask: true` with `conversation`, or `references` to find or create the
         *     conversation). `organization` is required when `team`, `assignees` or `add_users` is sent.
         */
        TaskCreate: {
            /** @description Title shown in task lists and details. */
            title: string;
            /** @description Longer plain-text description. */
            description?: string;
            /**
             * @default todo
             * @enum {string}
             */
            state?: "todo" | "in_progress" | "closed";
            /** @description Organization ID; required with `team`, `assignees` or `add_users`. */
            organization?: string;
            /** @description ID of the team to give the task to; team members get access to it. A standalone task needs `team` or `assignees`. */
            team?: string;
            /** @description IDs of the users responsible for the task. A standalone task needs `team` or `assignees`. */
            assignees?: string[];
            /**
             * Format: int64
             * @description Due date (Unix seconds); the task is overdue if not closed by then.
             */
            due_at?: number;
            /** @description Create the task as a subtask of a conversation (`conversation` or `references` then required). */
            subtask?: boolean;
            /** @description ID of the existing conversation to create the subtask in. */
            conversation?: string;
            /**
             * @description Message references (such as email Message-IDs) used instead of `conversation` to find
             *     or create the subtask's conversation; the first matching conversation is used.
             */
            references?: string[];
            /** @description Subject of the conversation created from `references` when none matches. */
            conversation_subject?: string;
            /** @description IDs of users to add to the subtask's conversation (subtasks only). */
            add_users?: string[];
        };
        /** @description Body of `POST /tasks` (a single object, not an array). */
        CreateTaskRequest: {
            tasks: components["schemas"]["TaskCreate"];
        };
        /** @description One task (answer of create and update). */
        TaskResponse: {
            tasks: components["schemas"]["Task"];
        };
        /** @description A task as `GET /tasks/{id}` returns it, with assigned users and team as objects. */
        TaskDetail: {
            id: string;
            /** @description ID of the conversation the task belongs to (subtask or tasked conversation); null for a standalone task. */
            conversation?: string | null;
            title?: string;
            description?: string | null;
            /** @enum {string} */
            state?: "todo" | "in_progress" | "closed";
            /**
             * Format: int64
             * @description When the task moved to `in_progress` (Unix seconds).
             */
            started_at?: number | null;
            /**
             * Format: int64
             * @description When the task was closed (Unix seconds).
             */
            closed_at?: number | null;
            /** @description The assigned users. */
            assignees?: components["schemas"]["UserSummary"][];
            /** @description The team of the task. */
            team?: components["schemas"]["TeamSummary"] | null;
            /**
             * Format: int64
             * @description Due date (Unix seconds).
             */
            due_at?: number | null;
            /**
             * @description `task` for a standalone task or conversation subtask, `conversation` for a tasked (assigned or due) conversation.
             * @enum {string}
             */
            type?: "task" | "conversation";
            /**
             * Format: int64
             * @description Time of the last activity on the task (Unix seconds); the `until` cursor of `GET /tasks`.
             */
            last_activity_at?: number;
        };
        /** @description One task with its assignees and team as objects (answer of `GET /tasks/{id}`). */
        TaskDetailResponse: {
            tasks: components["schemas"]["TaskDetail"];
        };
        /** @description Changes to a task. Only the attributes sent are updated. */
        TaskUpdate: {
            title?: string;
            description?: string;
            /** @enum {string} */
            state?: "todo" | "in_progress" | "closed";
            /** @description IDs of the assigned users. */
            assignees?: string[];
            /** @description Team ID. */
            team?: string;
            /**
             * Format: int64
             * @description Due date (Unix seconds).
             */
            due_at?: number;
        };
        /** @description Body of `PATCH /tasks/{id}` (a single object without `id`, unlike the other PATCH endpoints). */
        UpdateTaskRequest: {
            tasks: components["schemas"]["TaskUpdate"];
        };
        /**
         * @description A webhook subscription to create. Missive creates a rule with a webhook action (visible and
         *     editable in the Rules settings) that POSTs to `url` when a matching event occurs. Without
         *     `organization` the subscription is personal. `is_task`, `author` and `mention` only apply to
         *     `new_comment`; `from_eq` and `subject_contains` only to `incoming_email`.
         */
        HookCreate: {
            /**
             * @description Event type to subscribe to.
             * @example incoming_email
             * @enum {string}
             */
            type: "incoming_email" | "incoming_sms_message" | "incoming_facebook_message" | "incoming_whatsapp_message" | "incoming_twilio_chat_message" | "new_comment";
            /**
             * Format: uri
             * @description URL that receives the event notifications.
             * @example https://hooks.example.com/callback
             */
            url: string;
            /**
             * @description Organization ID. When absent, the subscription is personal.
             * @default null
             * @example 0d9bab85-a74f-4ece-9142-0f9b9f36ff92
             */
            organization?: string | null;
            /**
             * @description Only trigger when the content contains this text.
             * @default null
             */
            content_contains?: string | null;
            /**
             * @description Only trigger when the content starts with this text.
             * @default null
             */
            content_starts_with?: string | null;
            /**
             * @description Only trigger when the content ends with this text.
             * @default null
             */
            content_ends_with?: string | null;
            /**
             * @description `new_comment` only: only trigger for task comments.
             * @default false
             */
            is_task?: boolean;
            /**
             * @description `new_comment` only: only trigger for comments written by this user ID.
             * @default null
             */
            author?: string | null;
            /**
             * @description `new_comment` only: only trigger when this user ID is mentioned.
             * @default null
             */
            mention?: string | null;
            /**
             * @description `incoming_email` only: only trigger for messages from this exact email address.
             * @default null
             */
            from_eq?: string | null;
            /**
             * @description `incoming_email` only: only trigger for messages whose subject contains this text.
             * @default null
             */
            subject_contains?: string | null;
        };
        /** @description Body of `POST /hooks`: one webhook under the plural `hooks` key. */
        CreateHookRequest: {
            hooks: components["schemas"]["HookCreate"];
        };
        /** @description The webhook subscription that was created (a Missive rule with a webhook action). */
        HookCreated: {
            /** @description Webhook ID, to pass to `DELETE /hooks/{id}`. */
            id: string;
        };
        /** @description Answer of `POST /hooks`. */
        HookCreatedResponse: {
            hooks: components["schemas"]["HookCreated"];
        };
        /** @description The rule whose webhook action fired. */
        RuleWebhookRule: {
            /** @description Rule ID (for rules created with `POST /hooks`, the ID that call returned). */
            id: string;
            /** @description The rule's description, as shown in the Rules settings. */
            description?: string;
            /**
             * @description The rule's trigger type, such as `label_change` or the hook types `incoming_email`,
             *     `incoming_sms_message`, `incoming_facebook_message`, `incoming_whatsapp_message`,
             *     `incoming_twilio_chat_message` or `new_comment`. Rules created in the app may carry other
             *     values.
             */
            type?: string;
        };
        /**
         * @description A sender, recipient or author as webhooks deliver it: `name` and `address` for email, `id`,
         *     `name` and `username` for custom channels. Any of them may be `null` (the docs' examples show
         *     a recipient without a name and a custom-channel sender without an `id`).
         */
        WebhookParticipant: {
            /** @description The participant's ID in a custom channel. */
            id?: string | null;
            /** @description Display name. */
            name?: string | null;
            /** @description The participant's handle in a custom channel. */
            username?: string | null;
            /** @description Email address. */
            address?: string | null;
        };
        /**
         * @description A conversation as webhooks deliver it. Besides the fields of `GET /conversations`, the docs'
         *     webhook examples always carry the team, the assignees' names and emails, the shared labels
         *     and their names, `app_url`, `web_url` and the counts; `organization` is `null` for a personal
         *     conversation (custom channels) and an author's `address` may be `null`. The examples carry no
         *     `created_at` or `last_activity_at`, so only `id` is required.
         */
        WebhookConversation: {
            /** @description Conversation ID. */
            id: string;
            /**
             * Format: int64
             * @description When the conversation was created (Unix seconds).
             */
            created_at?: number;
            /**
             * Format: int64
             * @description Time of the latest activity (Unix seconds).
             */
            last_activity_at?: number;
            /** @description Subject set on the conversation itself; `null` when none was set. */
            subject?: string | null;
            /** @description Subject of the conversation's latest message. */
            latest_message_subject?: string;
            /** @description Organization the conversation is shared with; `null` for a personal conversation. */
            organization?: components["schemas"]["OrganizationSummary"] | null;
            /** @description Team the conversation is linked to, or `null`. */
            team?: components["schemas"]["TeamSummary"] | null;
            /** @description Conversation color (HEX code or `good`, `warning`, `danger`), or `null`. */
            color?: string | null;
            /** @description Users assigned to the conversation, with their mailbox state. */
            assignees?: components["schemas"]["ConversationUser"][];
            /** @description Assignees' names, comma-separated; empty when unassigned. */
            assignee_names?: string;
            /** @description Assignees' email addresses, comma-separated; empty when unassigned. */
            assignee_emails?: string;
            /** @description Users with access to the conversation, with their mailbox state. */
            users?: components["schemas"]["ConversationUser"][];
            attachments_count?: number;
            messages_count?: number;
            /** @description Authors of the conversation's messages (`address` is `null` on custom channels). */
            authors?: components["schemas"]["WebhookParticipant"][];
            drafts_count?: number;
            send_later_messages_count?: number;
            tasks_count?: number;
            completed_tasks_count?: number;
            /** @description Shared labels applied to the conversation. */
            shared_labels?: components["schemas"]["SharedLabelSummary"][];
            /** @description Shared label names, comma-separated; empty when none. */
            shared_label_names?: string;
            /** @description Link opening the conversation in the Missive web app. */
            web_url?: string;
            /** @description Link (`missive://`) opening the conversation in the desktop app. */
            app_url?: string;
        };
        /**
         * @description A message as webhooks deliver it: the triggering `latest_message` of a rule webhook, or the
         *     outgoing `message` of a custom channel (`type: custom_text` or `custom_html`). It has the
         *     fields of `Message`, participants that may hold `null`s, and for custom channels the
         *     `external_id` and the Missive user who wrote it (`author`).
         */
        WebhookMessage: {
            /** @description Message ID. */
            id: string;
            /** @description Message subject. */
            subject?: string | null;
            /** @description Short plain-text preview of the body. */
            preview?: string;
            /** @description Channel type of the message, such as `email` or `custom_text`. */
            type?: string;
            /**
             * Format: int64
             * @description Delivery time (Unix seconds).
             */
            delivered_at?: number;
            /**
             * Format: int64
             * @description Last update time (Unix seconds).
             */
            updated_at?: number;
            /**
             * Format: int64
             * @description Creation time (Unix seconds).
             */
            created_at?: number;
            /** @description The email's `Message-ID` header. */
            email_message_id?: string;
            /** @description Message-IDs from the email's `In-Reply-To` header. */
            in_reply_to?: string[];
            /** @description Message-IDs from the email's `References` header, or a custom channel's references. */
            references?: string[];
            /** @description HTML or text body. */
            body?: string;
            from_field?: components["schemas"]["WebhookParticipant"];
            to_fields?: components["schemas"]["WebhookParticipant"][];
            cc_fields?: components["schemas"]["WebhookParticipant"][];
            bcc_fields?: components["schemas"]["WebhookParticipant"][];
            reply_to_fields?: components["schemas"]["WebhookParticipant"][];
            /** @description The message's ID in the custom channel's system, if one was given. */
            external_id?: string | null;
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description The Missive user who wrote the message (custom-channel outgoing messages). */
            author?: components["schemas"]["UserSummary"];
        };
        /**
         * @description The JSON body Missive POSTs to a rule's webhook URL, as documented on Missive's webhooks page
         *     (2026): the rule that fired, the conversation with its webhook fields, and the triggering
         *     message as `latest_message`. Rules need the Productive or Business plan. `comment` for
         *     `new_comment` rules is still an assumption; unknown fields may appear.
         */
        RuleWebhookPayload: {
            rule: components["schemas"]["RuleWebhookRule"];
            conversation: components["schemas"]["WebhookConversation"];
            /** @description The message that triggered the rule (the conversation's latest message). */
            latest_message?: components["schemas"]["WebhookMessage"];
            /**
             * @deprecated
             * @description Not sent by Missive: the triggering message arrives as `latest_message`. Kept from the
             *     2025.09 assumption so existing code compiles; read `latest_message`.
             */
            message?: components["schemas"]["Message"];
            /** @description The comment that triggered the rule (`new_comment`; assumed, not documented). */
            comment?: components["schemas"]["Comment"];
        };
        /**
         * @description The JSON body Missive POSTs to a custom channel's outgoing webhook URL when a user sends a
         *     message from the channel: the outgoing `message` (`type: custom_text` or `custom_html`) and
         *     its `conversation`. Signed like rule webhooks, with the channel's signature secret.
         */
        CustomChannelWebhookPayload: {
            message: components["schemas"]["WebhookMessage"];
            conversation: components["schemas"]["WebhookConversation"];
        };
    };
    responses: {
        /** @description The request is malformed: a parameter or an attribute is missing or has the wrong type. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is missing, malformed or revoked. Send a personal access token as `Authorization: Bearer <token>` (REST basics, "Authentication"). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token's user may not do this (for example, only organization admins and owners may delete posts in shared conversations or create teams). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is well formed but its content is invalid. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A rate limit was exceeded: 5 concurrent requests, 300 requests per minute or 900 requests
         *     per 15 minutes per token. Wait `Retry-After` seconds before the next request.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No resource has this ID, or the token's user cannot see it. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Offset used to paginate.
         * @example 0
         */
        Offset: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending another request.
         * @example 12
         */
        "Retry-After": number;
        /**
         * @description The request budget of the window that was exceeded (5 concurrent, 300 per minute or 900 per 15 minutes).
         * @example 300
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 0
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window resets.
         * @example 12
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAnalyticsReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnalyticsReportRequest"];
            };
        };
        responses: {
            /** @description The report is being generated; fetch it by this `id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsReportCreatedResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAnalyticsReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Report ID returned by `POST /analytics/reports`.
                 * @example 8441d4a0-a0ad-4f0f-aa9c-1cc881057e42
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completed report. Its content is not documented by Missive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsReportResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Empty body: the report is not complete yet, has expired (60 seconds after completion)
             *     or does not exist. Retry in 5 seconds while it may still be generating.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContacts: {
        parameters: {
            query: {
                /**
                 * @description ID of the contact book to list (see `GET /contact_books`).
                 * @example 487bc080-6631-4edc-830e-1d114eef4ab0
                 */
                contact_book: string;
                /**
                 * @description Sort order, by last name (default) or most recently modified first (`last_modified`).
                 * @example last_name
                 */
                order?: "last_name" | "last_modified";
                /**
                 * @description Number of contacts returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only return contacts created or modified since this time (Unix seconds).
                 * @example 1556137749
                 */
                modified_since?: number;
                /**
                 * @description With `modified_since`, also return contacts deleted since then; only their `id` and
                 *     `deleted` attributes are returned.
                 * @example false
                 */
                include_deleted?: boolean;
                /**
                 * @description Text to filter contacts by; matched against all contact data (name, email, phone,
                 *     organization, custom fields, notes, ...).
                 * @example Philippe
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactsRequest"];
            };
        };
        responses: {
            /** @description The created contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5960dcd2-3382-4430-aa70-955a2c62040a
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, as the only item of `contacts`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the contacts to update, comma-separated.
                 * @example [
                 *       "ee31f156-db95-4158-923f-b26450e0dbf7"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactsRequest"];
            };
        };
        responses: {
            /** @description The updated contacts, with their infos and memberships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactBooks: {
        parameters: {
            query?: {
                /**
                 * @description Number of contact books returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contact books. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactBooksResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactGroups: {
        parameters: {
            query: {
                /**
                 * @description ID of the contact book.
                 * @example 487bc080-6631-4edc-830e-1d114eef4ab0
                 */
                contact_book: string;
                /**
                 * @description List groups (`group`) or organizations (`organization`).
                 * @example group
                 */
                kind: "group" | "organization";
                /**
                 * @description Number of contact groups returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contact groups or organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactGroupsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /**
                 * @description Number of conversations returned.
                 * @example 25
                 */
                limit?: number;
                /**
                 * @description Pagination cursor: Unix timestamp equal to the `last_activity_at` of the oldest conversation of
                 *     the previous page.
                 *     Inclusive: items at exactly this timestamp come back again; deduplicate them by `id`.
                 * @example 1654544954
                 */
                until?: number;
                /**
                 * @description Pass `true` to list conversations in the Inbox.
                 * @example true
                 */
                inbox?: boolean;
                /**
                 * @description Pass `true` to list conversations in the All mailbox.
                 * @example true
                 */
                all?: boolean;
                /**
                 * @description Pass `true` to list conversations assigned to the user.
                 * @example true
                 */
                assigned?: boolean;
                /**
                 * @description Pass `true` to list conversations in Closed.
                 * @example true
                 */
                closed?: boolean;
                /**
                 * @description Pass `true` to list conversations in Snoozed.
                 * @example true
                 */
                snoozed?: boolean;
                /**
                 * @description Pass `true` to list conversations in Starred.
                 * @example true
                 */
                flagged?: boolean;
                /**
                 * @description Pass `true` to list conversations in Trash.
                 * @example true
                 */
                trashed?: boolean;
                /**
                 * @description Pass `true` to list conversations in Spam.
                 * @example true
                 */
                junked?: boolean;
                /**
                 * @description Pass `true` to list conversations in Drafts.
                 * @example true
                 */
                drafts?: boolean;
                /**
                 * @description Shared label ID: list conversations in that shared label.
                 * @example 9825718b-3407-40b8-800d-a27361c86102
                 */
                shared_label?: string;
                /**
                 * @description Team ID: list conversations in the team's Inbox.
                 * @example f36b7570-078e-408e-9cb8-2b4441ad93c0
                 */
                team_inbox?: string;
                /**
                 * @description Team ID: list conversations in the team's Closed mailbox.
                 * @example f36b7570-078e-408e-9cb8-2b4441ad93c0
                 */
                team_closed?: string;
                /**
                 * @description Team ID: list conversations in the team's All mailbox.
                 * @example f36b7570-078e-408e-9cb8-2b4441ad93c0
                 */
                team_all?: string;
                /**
                 * @description Organization ID: only conversations shared with that organization. Useless together with
                 *     `shared_label` or a `team_*` parameter.
                 * @example 96cafdc6-ec6a-4439-9b0c-f55a1133b1e7
                 */
                organization?: string;
                /**
                 * @description Email address: only conversations with that contact. At most one of `email`, `domain`
                 *     and `contact_organization`.
                 * @example sam@fellowship.org
                 */
                email?: string;
                /**
                 * @description Email domain, without `@`: only conversations with contacts of that domain. At most one
                 *     of `email`, `domain` and `contact_organization`.
                 * @example fellowship.org
                 */
                domain?: string;
                /**
                 * @description Contact organization ID (a contact group of kind `organization`): only conversations with
                 *     its members. At most one of `email`, `domain` and `contact_organization`.
                 * @example 8a34b6f0-2f1c-4d4a-9b1e-2b7c5a6d9e01
                 */
                contact_organization?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversations, newest activity first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, in a one-item array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the conversations to update, comma-separated: one per object of the body, in any
                 *     order.
                 * @example [
                 *       "6d3c9b1c-7067-4a28-8ea6-ea91340b67cc"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationsRequest"];
            };
        };
        responses: {
            /** @description The updated conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /**
                 * @description Number of messages returned.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Pagination cursor: Unix timestamp equal to the `delivered_at` of the oldest message of the
                 *     previous page.
                 *     Inclusive: items at exactly this timestamp come back again; deduplicate them by `id`.
                 * @example 1563806347
                 */
                until?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversationComments: {
        parameters: {
            query?: {
                /**
                 * @description Number of comments returned.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Pagination cursor: Unix timestamp equal to the `created_at` of the oldest comment of the
                 *     previous page.
                 *     Inclusive: items at exactly this timestamp come back again; deduplicate them by `id`.
                 * @example 1563806347
                 */
                until?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversationDrafts: {
        parameters: {
            query?: {
                /**
                 * @description Number of drafts returned.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Pagination cursor: Unix timestamp equal to the `delivered_at` of the oldest draft of the
                 *     previous page.
                 *     Inclusive: items at exactly this timestamp come back again; deduplicate them by `id`.
                 * @example 1563806347
                 */
                until?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Drafts, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversationPosts: {
        parameters: {
            query?: {
                /**
                 * @description Number of posts returned.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Pagination cursor: Unix timestamp equal to the `created_at` of the oldest post of the previous
                 *     page.
                 *     Inclusive: items at exactly this timestamp come back again; deduplicate them by `id`.
                 * @example 1563806347
                 */
                until?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Conversation ID.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Posts, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    mergeConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the source conversation: the one merged into `target` and marked as replaced.
                 * @example 6d3c9b1c-7067-4a28-8ea6-ea91340b67cc
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeConversationsRequest"];
            };
        };
        responses: {
            /** @description The merged conversation, in a one-item array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics, "Responses"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDraft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftRequest"];
            };
        };
        responses: {
            /** @description The created draft. Not documented: modelled on the draft spec and peer reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics, "Responses"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Draft ID (returned when the draft is created, or listed by `GET /conversations/{id}/drafts`).
                 * @example 3fa4bcf5-e57e-47a4-9422-de2cce5f802e
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft was deleted. The docs describe no answer body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMessages: {
        parameters: {
            query: {
                /**
                 * @description The `Message-ID` found in the email's headers.
                 * @example <0f1ab2d8-cd90-4dd1-a861-ef7e31fb3cdd@missiveapp.com>
                 */
                email_message_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching messages, latest first (at most 10). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The created message. Not documented: modelled on the Message shape. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics, "Responses"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Message ID, or several comma-separated IDs to fetch a batch in one request (Missive's
                 *     rate-limit page recommends it to save calls).
                 * @example [
                 *       "3fa4bcf5-e57e-47a4-9422-de2cce5f802e"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message (an object under `messages`), or for several IDs possibly an array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesByIdResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description Number of organizations returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listResponses: {
        parameters: {
            query?: {
                /**
                 * @description Only return responses of this organization (ID).
                 * @example 84f876cc-ef7c-41cd-9711-7ab9cf9f26a5
                 */
                organization?: string;
                /**
                 * @description Number of responses returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createResponses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponsesRequest"];
            };
        };
        responses: {
            /** @description The created responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsesResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Response ID.
                 * @example 75ad834a-9bd6-4008-b9e6-fc9fa2e7770b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response, as the only item of `responses`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the responses to delete, comma-separated.
                 * @example [
                 *       "75ad834a-9bd6-4008-b9e6-fc9fa2e7770b"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The responses were deleted. Missive documents no answer body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the responses to update, comma-separated.
                 * @example [
                 *       "75ad834a-9bd6-4008-b9e6-fc9fa2e7770b"
                 *     ]
                 */
                id: string[];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResponsesRequest"];
            };
        };
        responses: {
            /** @description The updated responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostRequest"];
            };
        };
        responses: {
            /** @description The created post and its conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCreatedResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics, "Responses"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Post ID (returned when the post is created).
                 * @example ee31f156-db95-4158-923f-b26450e0dbf7
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post was deleted. The docs describe no answer body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSharedLabels: {
        parameters: {
            query?: {
                /**
                 * @description Only return shared labels of this organization (ID).
                 * @example 0d9bab85-a74f-4ece-9142-0f9b9f36ff92
                 */
                organization?: string;
                /**
                 * @description Number of shared labels returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of shared labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedLabelsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSharedLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSharedLabelsRequest"];
            };
        };
        responses: {
            /** @description The created shared labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedLabelsResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSharedLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the shared labels to update, comma-separated.
                 * @example [
                 *       "ee31f156-db95-4158-923f-b26450e0dbf7"
                 *     ]
                 */
                ids: string[];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSharedLabelsRequest"];
            };
        };
        responses: {
            /** @description The updated shared labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedLabelsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /**
                 * @description Only return teams of this organization (ID).
                 * @example 0d9bab85-a74f-4ece-9142-0f9b9f36ff92
                 */
                organization?: string;
                /**
                 * @description Number of teams returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamsRequest"];
            };
        };
        responses: {
            /** @description The created teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTeams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description IDs of the teams to update, comma-separated.
                 * @example [
                 *       "d75aecb6-96a2-4b5f-afa6-19d1916052ea"
                 *     ]
                 */
                ids: string[];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamsRequest"];
            };
        };
        responses: {
            /** @description The updated teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Only return users of this organization (ID).
                 * @example 0d9bab85-a74f-4ece-9142-0f9b9f36ff92
                 */
                organization?: string;
                /**
                 * @description Number of users returned.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Offset used to paginate.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /**
                 * @description Number of tasks returned.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description Only return tasks whose `last_activity_at` is at or before this time (Unix seconds).
                 *     Inclusive: pass the last task's `last_activity_at` minus 1 to get the next page.
                 * @example 1692371867
                 */
                until?: number;
                /**
                 * @description Only return tasks of this organization (ID).
                 * @example 0d9bab85-a74f-4ece-9142-0f9b9f36ff92
                 */
                organization?: string;
                /**
                 * @description Only return tasks of this team (ID).
                 * @example 0e24f298-965d-4475-9220-b32636a1e2c3
                 */
                team?: string;
                /**
                 * @description Only return tasks assigned to this user (ID).
                 * @example 1ce8117e-ae42-4304-b953-c81656da4bd1
                 */
                assignee?: string;
                /**
                 * @description Only return tasks in this state.
                 * @example todo
                 */
                state?: "todo" | "in_progress" | "closed";
                /**
                 * @description `task` for standalone tasks and conversation subtasks only, `conversation` for tasked
                 *     (assigned or due) conversations only, `all` for both.
                 * @example all
                 */
                type?: "task" | "conversation" | "all";
                /**
                 * @description Only return the subtasks of this conversation (ID).
                 * @example a5d2aa1c-3828-4f90-bbd8-3dffaadda97e
                 */
                conversation?: string;
                /**
                 * @description Only return tasks due at or after this time (Unix seconds).
                 * @example 1692371867
                 */
                due_at_gteq?: number;
                /**
                 * @description Only return tasks due at or before this time (Unix seconds).
                 * @example 1692400000
                 */
                due_at_lteq?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks, most recent activity first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TasksResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The created task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example 75ad834a-9bd6-4008-b9e6-fc9fa2e7770b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task with its assignees and team as objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example 75ad834a-9bd6-4008-b9e6-fc9fa2e7770b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description The updated task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHookRequest"];
            };
        };
        responses: {
            /** @description The created webhook subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookCreatedResponse"];
                };
            };
            /** @description Created; the API may answer 201 with an empty body (REST basics, "Responses"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook ID (returned when the webhook is created).
                 * @example d75aecb6-96a2-4b5f-afa6-19d1916052ea
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. The docs describe no answer body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ruleWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` followed by the hex HMAC-SHA256 of the raw request body, keyed with the rule's webhook
                 *     secret. Compute it over the bytes as received, compare in constant time, and accept the value
                 *     with or without the `sha256=` prefix.
                 * @example sha256=5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592
                 */
                "X-Hook-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleWebhookPayload"];
            };
        };
        responses: {
            /**
             * @description Acknowledged. Any 2xx answer within 15 seconds acknowledges the event; anything else, or no
             *     answer in time, counts as a failed delivery.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    customChannelWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The hex HMAC-SHA256 of the raw request body keyed with the channel's signature secret,
                 *     possibly prefixed with `sha256=`. Compute it over the bytes as received and compare in
                 *     constant time.
                 * @example sha256=5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592
                 */
                "X-Hook-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomChannelWebhookPayload"];
            };
        };
        responses: {
            /** @description Acknowledged; any 2xx answer acknowledges the outgoing message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
