/**
 * Generated from packages/server/openapi.json by `npm run openapi` (openapi-typescript). Do not edit:
 * name what you need with `components['schemas']['…']` or an operation's response in a module beside it.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers and its schema is migrated */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this instance still needs its first organization and owner
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["getSetupStatus"];
        put?: never;
        /**
         * Create the first organization and its owner from the one-time setup link
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (revokes this session)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, their organizations and CSRF token
         * @description No session (no cookie, or one that has ended) is an expected state, not an error: 204 with no body. An API token or a malformed Authorization header is a 401.
         *
         *     Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the signed-in person's password; their other sessions are revoked
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a one-time link to choose a new password; the same answer whether or not the address has an account
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset link's token; every session of the person ends
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's single sign-on (OpenID Connect) configuration; the client secret is never returned
         * @description Permission: settings.admin.
         */
        get: operations["getSso"];
        /**
         * Configure single sign-on (admin); omit clientSecret to keep the stored one
         * @description Permission: settings.admin.
         */
        put: operations["setSso"];
        post?: never;
        /**
         * Remove single sign-on (admin); passwords work again
         * @description Permission: settings.admin.
         */
        delete: operations["deleteSso"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the saved configuration: reach the provider's discovery document and check it
         * @description Permission: settings.admin.
         */
        post: operations["testSso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{orgSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an organization signs in with single sign-on (for the login page)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["getSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{orgSlug}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start single sign-on: redirects to the organization's provider (state, nonce, PKCE S256)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["startSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{orgSlug}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back: checks state, exchanges the code, validates the ID token, provisions the member and signs in (303 to the app, or to /sign-in/{orgSlug}?error=… when refused)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["completeSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organizations the signed-in person belongs to
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization; the signed-in person becomes its owner
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization this request acts in, with the caller’s role
         * @description Permission: member (any role in the organization).
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the organization, set how long outputs' content is kept, or set its session limits (admin)
         * @description Permission: settings.admin.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of the organization and their roles
         * @description Permission: settings.read.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from the organization (admin)
         * @description Permission: settings.admin.
         */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (admin; owner role only by an owner)
         * @description Permission: settings.admin.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Built-in roles as permission sets, and the organization’s custom roles
         * @description Permission: settings.admin.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a custom role: a name and a set of `<capability>.<action>` permissions
         * @description Permission: settings.admin.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom role; refused (409) while members hold it
         * @description Permission: settings.admin.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Rename a custom role or change its permissions (members who hold it are affected at once)
         * @description Permission: settings.admin.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/members/{userId}/custom-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a member a custom role instead of their built-in one, or take it away (null: they stay viewer)
         * @description Permission: settings.admin.
         */
        put: operations["setMemberCustomRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending and accepted invitations (admin)
         * @description Permission: settings.admin.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by email (admin); the one-time link is in this response only, and in an e-mail to the invitee when the server sends e-mail
         * @description Permission: settings.admin.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation (admin)
         * @description Permission: settings.admin.
         */
        delete: operations["deleteInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link invites to (no sign-in needed)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        get: operations["getInvitationLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation as the signed-in person it invites (sign in first)
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create your account from an invitation; the same answer whether or not the e-mail has an account — then sign in
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["registerInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's API tokens (admin); secrets are never shown again
         * @description Permission: settings.admin.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token (admin); the secret is in this response only
         * @description Permission: settings.admin.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (admin)
         * @description Permission: settings.admin.
         */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directory provisioning (SCIM): base URL, tokens, group mappings and groups (admin)
         * @description Permission: settings.admin.
         */
        get: operations["getDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a SCIM token (admin); the secret is in this response only
         * @description Permission: settings.admin.
         */
        post: operations["createDirectoryToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a SCIM token (admin): the identity provider can no longer provision
         * @description Permission: settings.admin.
         */
        delete: operations["deleteDirectoryToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Map a directory group to a role and, optionally, an org unit (admin); applied at once
         * @description Permission: settings.admin.
         */
        post: operations["createDirectoryMapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a group mapping (admin); members fall back to the roles their other groups give
         * @description Permission: settings.admin.
         */
        delete: operations["deleteDirectoryMapping"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The append-only audit log, newest first (admin)
         * @description Permission: settings.admin.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the audit log as CSV or JSON Lines (admin)
         * @description Permission: settings.admin.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workflows whose AI outputs Trellis samples
         * @description Permission: quality.read.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow (lead)
         * @description Permission: quality.approve.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workflow with its current quality standard
         * @description Permission: quality.read.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the workflow’s quality standard, newest first
         * @description Permission: quality.read.
         */
        get: operations["listWorkflowStandards"];
        put?: never;
        /**
         * Set the quality standard: a new version (lead); earlier outputs and reviews keep theirs
         * @description Permission: quality.approve.
         */
        post: operations["createWorkflowStandard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workflow’s outputs, newest first, with their review verdict and gold mark (filters: status, segment, flagged, defect)
         * @description Permission: quality.read.
         */
        get: operations["listWorkflowOutputs"];
        put?: never;
        /**
         * Log one AI output and get its review decision at once (contributor); 429 with Retry-After over the rate limit
         * @description Permission: quality.write.
         */
        post: operations["createWorkflowOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/outputs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log up to 1000 outputs in one transaction (contributor); all or nothing
         * @description Permission: quality.write.
         */
        post: operations["createWorkflowOutputBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An output with its review decision, status, verdict and reviews
         * @description Permission: quality.read.
         */
        get: operations["getOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/outputs/by-client-id/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An output found by the client id it was logged with: its decision, status, verdict and reviews
         * @description Permission: quality.read.
         */
        get: operations["getWorkflowOutputByClientId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End-user feedback on an output: a rating and/or a flag (contributor); a flag can pull it into review
         * @description Permission: quality.write.
         */
        post: operations["sendOutputFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/queue/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the next output to review (reviewer); 204 when the queue is empty
         * @description A reviewer who has not passed this workflow’s calibration round gets 200 with `state: "calibration-required"` (an expected state, not an error) and claims nothing.
         *
         *     Permission: quality.review.
         */
        post: operations["claimNextQueueItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skip: give a claimed output back to the queue (reviewer)
         * @description Permission: quality.review.
         */
        post: operations["releaseOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a review of a claimed output against its standard’s rubric (reviewer)
         * @description Permission: quality.review.
         */
        post: operations["createOutputReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Defect rate, escaped defects with intervals, effort, limit use, CUSUM and alarms, per segment
         * @description Permission: quality.read.
         */
        get: operations["getWorkflowQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a drift alarm with a note (lead): the segment leaves 100% review
         * @description Permission: quality.approve.
         */
        post: operations["clearAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outputs/{id}/gold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promote a reviewed output whose reviewers agree to a gold item for calibration (lead)
         * @description Permission: quality.approve.
         */
        post: operations["markOutputGold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviewers’ calibration: latest round, sensitivity and specificity on gold items (leads see all, others themselves)
         * @description Permission: quality.review.
         */
        get: operations["getWorkflowCalibration"];
        put?: never;
        /**
         * Start (or resume) your calibration round on a workflow’s gold items (reviewer)
         * @description Permission: quality.review.
         */
        post: operations["startCalibrationRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calibration-rounds/{id}/judgments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Judge one gold item of your open round; the last judgment scores the round (reviewer)
         * @description Permission: quality.review.
         */
        post: operations["createCalibrationRoundJudgment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}/judge-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How well the automated judge’s flag predicts reviewers’ defect verdicts: π-weighted sensitivity and specificity with intervals
         * @description Permission: quality.read.
         */
        get: operations["getWorkflowJudgeAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/otlp/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rules, in order, that send OTLP GenAI spans (POST /v1/traces) to workflows
         * @description Permission: quality.read.
         */
        get: operations["listOtlpRoutingRules"];
        /**
         * Replace the OTLP routing rules (lead): tried in this order, the first whose every condition holds takes a span
         * @description Permission: quality.approve.
         */
        put: operations["setOtlpRoutingRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization’s webhooks (admin)
         * @description Permission: settings.admin.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add a webhook (admin); a standard webhook’s signing secret is in this response only, and a Slack or Teams URL is never shown again
         * @description Permission: settings.admin.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a webhook (admin)
         * @description Permission: settings.admin.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a ping delivery to check the endpoint (admin)
         * @description Permission: settings.admin.
         */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of a webhook, newest first (admin)
         * @description Permission: settings.admin.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which e-mails you receive from this organization, per kind
         * @description Permission: member (any role in the organization).
         */
        get: operations["listMailPreferences"];
        /**
         * Turn kinds of e-mail on or off for yourself (password resets and invitations cannot be turned off)
         * @description Permission: member (any role in the organization).
         */
        put: operations["setMailPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's e-mails and their delivery state, newest first (admin); never a body or a link
         * @description Permission: settings.admin.
         */
        get: operations["listMailDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Org units, oldest first (any member)
         * @description Permission: capacity.read.
         */
        get: operations["listOrgUnits"];
        put?: never;
        /**
         * Create an org unit (lead): division → department → team
         * @description Permission: capacity.approve.
         */
        post: operations["createOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An org unit
         * @description Permission: capacity.read.
         */
        get: operations["getOrgUnit"];
        put?: never;
        post?: never;
        /**
         * Delete a unit nothing refers to (lead); 409 names what still does
         * @description Permission: capacity.approve.
         */
        delete: operations["deleteOrgUnit"];
        options?: never;
        head?: never;
        /**
         * Edit a unit’s name, kind, headcount, capacity (null = default), thresholds or parent (lead)
         * @description Permission: capacity.approve.
         */
        patch: operations["updateOrgUnit"];
        trace?: never;
    };
    "/api/v1/org-units/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people of a unit
         * @description Permission: capacity.read.
         */
        get: operations["listOrgUnitMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a member of the organization in the unit, as member or lead (lead)
         * @description Permission: capacity.approve.
         */
        put: operations["setOrgUnitMember"];
        post?: never;
        /**
         * Take someone out of the unit (lead)
         * @description Permission: capacity.approve.
         */
        delete: operations["deleteOrgUnitMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/absorption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Absorption score per month, from load against capacity and the latest pulse, explained
         * @description Permission: capacity.read.
         */
        get: operations["getOrgUnitAbsorption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capacity/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Load against capacity for every unit × month, rolled up the hierarchy
         * @description Permission: capacity.read.
         */
        get: operations["getCapacityHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capacity/heatmap/cell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The changes behind one heatmap cell (the unit and the units below it)
         * @description Permission: capacity.read.
         */
        get: operations["getCapacityHeatmapCell"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capacity/saturation-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Would this change push the unit over its tolerance, and by how much? (changes nothing)
         * @description Permission: capacity.read.
         */
        post: operations["checkCapacitySaturation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-impacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change impacts, latest start first (of one unit and the units below it)
         * @description Permission: capacity.read.
         */
        get: operations["listChangeImpacts"];
        put?: never;
        /**
         * Record the load a change puts on a unit (lead)
         * @description Permission: capacity.approve.
         */
        post: operations["createChangeImpact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-impacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import change impacts, all or none (lead)
         * @description Permission: capacity.approve.
         */
        post: operations["importChangeImpacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-impacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a change impact (lead)
         * @description Permission: capacity.approve.
         */
        delete: operations["deleteChangeImpact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pulse surveys with their rounds
         * @description Permission: capacity.read.
         */
        get: operations["listPulseSurveys"];
        put?: never;
        /**
         * Set up a pulse for a unit (lead); items default to readiness (ADKAR), workload and wellbeing
         * @description Permission: capacity.approve.
         */
        post: operations["createPulseSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse-surveys/{id}": {
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
         * Change how often a pulse runs and whether its rounds open by themselves (lead)
         * @description Permission: capacity.approve.
         */
        patch: operations["updatePulseSurvey"];
        trace?: never;
    };
    "/api/v1/pulse-surveys/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a round (lead): each invited person gets their own one-time link in their inbox (and by e-mail when SMTP is set); the answer holds no link
         * @description Permission: capacity.approve.
         */
        post: operations["createPulseSurveyRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse-rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a round now (lead); its results show once closed
         * @description Permission: capacity.approve.
         */
        post: operations["closePulseRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse-surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results of closed rounds; any group under 3 respondents is suppressed, pooled or not
         * @description Permission: capacity.read.
         */
        get: operations["getPulseSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse-surveys/{id}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export of the results as CSV, with the same suppression
         * @description Permission: capacity.read.
         */
        get: operations["exportPulseSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/pulse-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pulse trend of a unit and the units below it: closed rounds, oldest first, small groups suppressed
         * @description Permission: capacity.read.
         */
        get: operations["getOrgUnitPulseTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a pulse link asks (no sign-in); any link that cannot be used answers the same 400
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["getPulseForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulse/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a pulse through its link, once (no sign-in; stored without person, link or time); any link that cannot be used answers the same 400
         * @description Permission: none (no organization role: sign-in, setup or the signed-in person).
         */
        post: operations["answerPulse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "What changed" notes with their acknowledgement counts (of a unit and the units below it)
         * @description Permission: capacity.read.
         */
        get: operations["listChangeNotes"];
        put?: never;
        /**
         * Publish a "what changed" note to the people of a unit (lead)
         * @description Permission: capacity.approve.
         */
        post: operations["createChangeNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-notes/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notes sent to me that I have not acknowledged
         * @description Permission: capacity.read.
         */
        get: operations["listMyChangeNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-notes/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a note sent to me
         * @description Permission: capacity.read.
         */
        post: operations["acknowledgeChangeNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every metric of an application with its effect, intervals, sample sizes and evidence grade
         * @description Permission: evidence.read.
         */
        get: operations["getApplicationEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define a metric of the application’s pilot, optionally with its windows (lead)
         * @description Permission: evidence.approve.
         */
        post: operations["createApplicationMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A metric with its effect, intervals, sample sizes and evidence grade
         * @description Permission: evidence.read.
         */
        get: operations["getMetric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{id}/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the baseline and pilot windows (lead); refused if a measurement would fall outside
         * @description Permission: evidence.approve.
         */
        put: operations["setMetricWindows"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A metric’s measurements, by day
         * @description Permission: evidence.read.
         */
        get: operations["listMetricMeasurements"];
        put?: never;
        /**
         * Record one measurement (contributor)
         * @description Permission: evidence.write.
         */
        post: operations["createMetricMeasurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{id}/measurements/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 1000 measurements with client ids (contributor); all or nothing
         * @description Permission: evidence.write.
         */
        post: operations["createMetricMeasurementBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{id}/measurements/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import up to 5000 measurements from CSV (contributor); every row checked first, nothing half-imported
         * @description Columns: window, measured_on, value; optional group, total, unit, note, client_id. Errors name `csv.line.<n>.<column>` (the header is line 1). `dryRun` checks and counts without storing.
         *
         *     Permission: evidence.write.
         */
        post: operations["importMetricMeasurements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measurements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a measurement recorded by mistake (lead); the audit log keeps it
         * @description Permission: evidence.approve.
         */
        delete: operations["deleteMeasurement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/retrospective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pilot retrospective: the four questions, the newest answers and every saved version
         * @description Permission: core_review.read.
         */
        get: operations["getApplicationRetrospective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/retrospective/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One saved version of the retrospective
         * @description Permission: core_review.read.
         */
        get: operations["getApplicationRetrospectiveVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/retrospective/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save the retrospective as a new version (contributor); 409 when baseVersion is stale
         * @description Permission: core_review.write.
         */
        post: operations["createApplicationRetrospectiveVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/evidence-link-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Objects a retrospective answer can cite as evidence
         * @description Permission: evidence.read.
         */
        get: operations["listApplicationEvidenceLinkOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/core-review/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every application with how far its sustainable-core review has come
         * @description Permission: core_review.read.
         */
        get: operations["listCoreReviewApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/core-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pilot elements on the core-review board, with their recommendations
         * @description Permission: core_review.read.
         */
        get: operations["listApplicationCoreElements"];
        put?: never;
        /**
         * Add a pilot element (contributor), placed or not
         * @description Permission: core_review.write.
         */
        post: operations["createApplicationCoreElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/core-elements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a pilot element (contributor)
         * @description Permission: core_review.write.
         */
        delete: operations["deleteCoreElement"];
        options?: never;
        head?: never;
        /**
         * Move or edit a pilot element (contributor)
         * @description Permission: core_review.write.
         */
        patch: operations["updateCoreElement"];
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/scaling-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application’s scaling packages, newest first
         * @description Permission: core_review.read.
         */
        get: operations["listApplicationScalingPackages"];
        put?: never;
        /**
         * Generate a scaling package from the board (lead): a new immutable version
         * @description Permission: core_review.approve.
         */
        post: operations["createApplicationScalingPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scaling-packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A scaling package (JSON, or Markdown with ?format=markdown)
         * @description Permission: core_review.read.
         */
        get: operations["getScalingPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scaling readiness on the five things that don’t scale by themselves: computed, rated or missing
         * @description Permission: core_review.read.
         */
        get: operations["getApplicationReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/readiness/{dimension}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rate a readiness dimension 1–5 with a note (lead); refused where Trellis computes it
         * @description Permission: core_review.approve.
         */
        put: operations["setApplicationReadiness"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/rubrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Criteria rubrics with their current version
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionRubrics"];
        put?: never;
        /**
         * Create a rubric (admin)
         * @description Permission: decisions.admin.
         */
        post: operations["createDecisionRubric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/rubrics/starter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the starter L&D rubric (value, feasibility, risk, readiness) to edit (admin)
         * @description Permission: decisions.admin.
         */
        post: operations["createStarterDecisionRubrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/rubrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A rubric with every version, newest first
         * @description Permission: decisions.read.
         */
        get: operations["getDecisionRubric"];
        /**
         * Save an edit as a new version (admin); refused with 409 when baseVersion is not the current one
         * @description Permission: decisions.admin.
         */
        put: operations["setDecisionRubric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evaluations, newest first
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionEvaluations"];
        put?: never;
        /**
         * Open an evaluation of candidate applications by named assessors (lead)
         * @description Permission: decisions.approve.
         */
        post: operations["createDecisionEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An evaluation: others’ scores, spread, ranking and sensitivity only once you have submitted yours
         * @description Permission: decisions.read.
         */
        get: operations["getDecisionEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/evaluations/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit your scores for every candidate (assessors only; final)
         * @description Permission: decisions.read.
         */
        post: operations["createDecisionEvaluationScore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications to choose from (candidates, request subjects), by name
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/applications/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application’s tasks (workflows) with their automation boundary and QA evidence
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionApplicationTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/workflows/{id}/boundary/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The questionnaire’s recommended automation mode for a task, each reason tied to an answer
         * @description Permission: decisions.read.
         */
        post: operations["recommendAutomationBoundary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/workflows/{id}/boundary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the automation mode chosen for a task, with rationale and a review date (lead)
         * @description Permission: decisions.approve.
         */
        post: operations["setAutomationBoundary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decision requests, newest first
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionRequests"];
        put?: never;
        /**
         * Request a decision: low risk and pre-approved patterns are approved at once (contributor)
         * @description Permission: decisions.write.
         */
        post: operations["createDecisionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A decision request with its approvals, its approvers’ roles and what you may do
         * @description Permission: decisions.read.
         */
        get: operations["getDecisionRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit your request: a new version; earlier approvals stop counting and an approved request reopens
         * @description Permission: decisions.write.
         */
        patch: operations["updateDecisionRequest"];
        trace?: never;
    };
    "/api/v1/decisions/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject the current version (an approver named by the decision rights)
         * @description Permission: decisions.read.
         */
        post: operations["decideDecisionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw your pending request
         * @description Permission: decisions.write.
         */
        post: operations["withdrawDecisionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision-rights grid (RACI by decision type, role and org unit)
         * @description Permission: decisions.read.
         */
        get: operations["getDecisionRights"];
        /**
         * Replace the grid (admin): exactly one Accountable per decision type and scope
         * @description Permission: decisions.admin.
         */
        put: operations["setDecisionRights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Org units to scope decision rights and requests to
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionOrgUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pre-approved patterns: a matching request is approved at once
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionPatterns"];
        put?: never;
        /**
         * Add a pre-approved pattern (admin); high risk cannot be pre-approved
         * @description Permission: decisions.admin.
         */
        post: operations["createDecisionPattern"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/patterns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a pre-approved pattern (admin)
         * @description Permission: decisions.admin.
         */
        delete: operations["deleteDecisionPattern"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision log, newest first: each decision with its evidence frozen at decision time
         * @description Permission: decisions.read.
         */
        get: operations["listDecisionLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decision lead time and open-request age in a window (lead)
         * @description Permission: decisions.approve.
         */
        get: operations["getDecisionMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Experiments, newest first
         * @description Permission: learning.read.
         */
        get: operations["listExperiments"];
        put?: never;
        /**
         * Log an experiment for an application (contributor)
         * @description Permission: learning.write.
         */
        post: operations["createExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An experiment
         * @description Permission: learning.read.
         */
        get: operations["getExperiment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or abandon an experiment (contributor): planned → running → completed, or abandoned
         * @description Permission: learning.write.
         */
        post: operations["setExperimentStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the result with its numbers and the decision taken (contributor); completes the experiment
         * @description Permission: learning.write.
         */
        post: operations["recordExperimentResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Insights, newest first
         * @description Permission: learning.read.
         */
        get: operations["listInsights"];
        put?: never;
        /**
         * Record an emerging insight, with its scope and evidence (contributor)
         * @description Permission: learning.write.
         */
        post: operations["createInsight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An insight with its evidence trail and change proposals
         * @description Permission: learning.read.
         */
        get: operations["getInsight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/evidence-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an insight can cite: each evidence kind with recent objects of it, newest first
         * @description Permission: learning.read.
         */
        get: operations["listLearningEvidenceOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cite supporting or contradicting evidence (contributor)
         * @description Permission: learning.write.
         */
        post: operations["addInsightEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reject an insight (lead): emerging → confirmed → rejected
         * @description Permission: learning.approve.
         */
        post: operations["setInsightStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a change to a rubric, gate threshold, plan template or quality standard (contributor): opens a “change_rule” decision request the proposal follows
         * @description Permission: learning.write.
         */
        post: operations["createInsightProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change proposals from confirmed insights, newest first
         * @description Permission: learning.read.
         */
        get: operations["listChangeProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideas for new AI use cases, newest first
         * @description Permission: learning.read.
         */
        get: operations["listIdeas"];
        put?: never;
        /**
         * Propose a new AI use case (contributor)
         * @description Permission: learning.write.
         */
        post: operations["createIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideas that share words with a draft (shown while typing, to avoid duplicates)
         * @description Permission: learning.read.
         */
        get: operations["listSimilarIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An idea
         * @description Permission: learning.read.
         */
        get: operations["getIdea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an idea through evaluation (lead): new → under evaluation → accepted or declined
         * @description Permission: learning.approve.
         */
        post: operations["setIdeaStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate idea into another (lead)
         * @description Permission: learning.approve.
         */
        post: operations["mergeIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideas/{id}/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn an accepted idea into an application in the portfolio (lead)
         * @description Permission: learning.approve.
         */
        post: operations["createApplicationFromIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search across insights, experiments, ideas and review comments
         * @description Permission: learning.read.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The applications and org units learning forms pick from
         * @description Permission: learning.read.
         */
        get: operations["listLearningOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you follow: tags, org units, applications
         * @description Permission: learning.read.
         */
        get: operations["listFollows"];
        put?: never;
        /**
         * Follow a tag, an org unit or an application (its news reaches your digest)
         * @description Permission: learning.read.
         */
        post: operations["createFollow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop following
         * @description Permission: learning.read.
         */
        delete: operations["deleteFollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What we learned this month: decided insights, experiment results, new ideas
         * @description Permission: learning.read.
         */
        get: operations["getLearningMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/loops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feedback-loop health of every live application (pilot, expanding, scaled) or one with experiments
         * @description Permission: learning.read.
         */
        get: operations["listLearningLoops"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the digest of the last seven days now, besides the weekly schedule (admin); by e-mail too when SMTP is configured
         * @description Permission: learning.admin.
         */
        post: operations["createLearningDigest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your learning preferences: the weekly digest by e-mail or not
         * @description Permission: learning.read.
         */
        get: operations["getLearningPreferences"];
        /**
         * Turn the weekly digest e-mail on or off for yourself
         * @description Permission: learning.read.
         */
        put: operations["setLearningPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/learning/digest-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Digest e-mails and their delivery state, newest first (admin)
         * @description Permission: learning.admin.
         */
        get: operations["listLearningDigestEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first
         * @description Permission: member (any role in the organization).
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of your notifications are unread (the bell)
         * @description Permission: member (any role in the organization).
         */
        get: operations["getNotificationUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Permission: member (any role in the organization).
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Permission: member (any role in the organization).
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application registry: filter by stage, risk tier, owner, org unit and custom fields; search names and purposes
         * @description Permission: portfolio.read.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Register an application (lead)
         * @description Permission: portfolio.approve.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application
         * @description Permission: portfolio.read.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an application (lead); made against its version, a stale one is a 409 and changes nothing
         * @description Permission: portfolio.approve.
         */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/api/v1/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application’s stage history: who moved it, when and why, oldest first
         * @description Permission: portfolio.read.
         */
        get: operations["listApplicationTransitions"];
        put?: never;
        /**
         * Move the application to another stage, with a reason (lead); only allowed transitions
         * @description Permission: portfolio.approve.
         */
        post: operations["createApplicationTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application’s tasks: the workflow steps AI touches (its workflows)
         * @description Permission: portfolio.read.
         */
        get: operations["listApplicationTasks"];
        put?: never;
        /**
         * Add a task: a workflow of this application, whose outputs Quality can sample (lead)
         * @description Permission: portfolio.approve.
         */
        post: operations["createApplicationTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a CSV of applications without storing anything: per-row errors (lead)
         * @description Permission: portfolio.approve.
         */
        post: operations["previewApplicationsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a CSV of applications: all rows in one transaction, or none with a 400 naming each row and column (lead)
         * @description Permission: portfolio.approve.
         */
        post: operations["importApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the applications matching the filters: CSV (importable), JSON, or the US federal AI use-case inventory columns (CSV)
         * @description Permission: portfolio.read.
         */
        get: operations["exportApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The custom fields every application of the organization has
         * @description Permission: portfolio.read.
         */
        get: operations["listCustomFields"];
        put?: never;
        /**
         * Define a custom field: text, number, date, single or multi select; required or not (admin)
         * @description Permission: portfolio.admin.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a custom field and its values from every application (admin)
         * @description Permission: portfolio.admin.
         */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        /**
         * Rename a custom field, make it required or optional, or change a select’s options (admin)
         * @description Permission: portfolio.admin.
         */
        patch: operations["updateCustomField"];
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your saved views of the application list, and those shared with the organization
         * @description Permission: portfolio.read.
         */
        get: operations["listSavedViews"];
        put?: never;
        /**
         * Save the list’s filters under a name; `shared` shows it to the organization (lead)
         * @description Permission: portfolio.read.
         */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a saved view (its owner, or an admin for a shared one)
         * @description Permission: portfolio.read.
         */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expansion plan templates
         * @description Permission: sequencing.read.
         */
        get: operations["listExpansionTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Permission: sequencing.approve.
         */
        post: operations["createExpansionTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-templates/starter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The starter template (pilot team → second team → department → organization), created once
         * @description Permission: sequencing.approve.
         */
        post: operations["createStarterExpansionTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A template
         * @description Permission: sequencing.read.
         */
        get: operations["getExpansionTemplate"];
        /**
         * Edit a template (plans made from it keep their stages)
         * @description Permission: sequencing.approve.
         */
        put: operations["setExpansionTemplate"];
        post?: never;
        /**
         * Delete a template
         * @description Permission: sequencing.approve.
         */
        delete: operations["deleteExpansionTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every expansion plan (one per application) with its current stage and gate
         * @description Permission: sequencing.read.
         */
        get: operations["listExpansionPlans"];
        put?: never;
        /**
         * Create an application’s plan from a template (the starter template when none is named)
         * @description Permission: sequencing.approve.
         */
        post: operations["createExpansionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/stage-value-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The default expected value of a new plan’s stages (hours saved a month) from the application’s evidence, with its basis
         * @description Permission: portfolio.read.
         */
        get: operations["getApplicationStageValueDefault"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan with its stages, the running gate and the decisions
         * @description Permission: sequencing.read.
         */
        get: operations["getExpansionPlan"];
        /**
         * Edit the stages (add, remove, reorder, units, criteria, dependencies); 409 while a stage runs
         * @description Permission: sequencing.approve.
         */
        put: operations["setExpansionPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose an edit of a locked plan: a change_expansion_plan decision request (applied at once if approved at once)
         * @description Permission: sequencing.approve.
         */
        post: operations["createExpansionPlanChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/change-requests/{requestId}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply an approved change request to the plan
         * @description Permission: sequencing.approve.
         */
        post: operations["applyExpansionPlanChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the next planned stage (the pilot stage of a new plan, or again after a roll back)
         * @description Permission: sequencing.approve.
         */
        post: operations["startExpansionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/gate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The running stage’s gate, evaluated now (null when no stage runs)
         * @description Permission: sequencing.read.
         */
        get: operations["getExpansionPlanGate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/stages/{stageId}/units/{orgUnitId}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report how many people of a unit use the application (the adoption criterion)
         * @description Permission: sequencing.approve.
         */
        put: operations["setExpansionPlanStageUnitAdoption"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expansion-plans/{id}/stages/{stageId}/gate-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide the running stage’s gate (lead, admin, or the RACI’s Accountable); 409 with the new evaluation when the evidence changed
         * @description Permission: sequencing.read.
         */
        post: operations["createExpansionPlanStageGateDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gate-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A gate decision with its frozen evidence
         * @description Permission: sequencing.read.
         */
        get: operations["getGateDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stored optimizer runs, newest first
         * @description Permission: sequencing.read.
         */
        get: operations["listPlanningRuns"];
        put?: never;
        /**
         * Run the next-step optimizer beside the greedy plan, and store the run (lead)
         * @description Candidates are the planned stages of draft and active expansion plans; a running stage is fixed load. Solved by HiGHS in a worker thread within the time limit (at most 10 s).
         *
         *     Permission: sequencing.approve.
         */
        post: operations["createPlanningRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One optimizer run: parameters, units, candidates, both plans with reasons
         * @description Permission: sequencing.read.
         */
        get: operations["getPlanningRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest run’s recommended next steps and the deferred ones with their reasons
         * @description Before the optimizer has run this is an expected state, not an error: 200 with runId null and no steps.
         *
         *     Permission: sequencing.read.
         */
        get: operations["listPlanningRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diagnostic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The strategy diagnostic: every indicator from the data (value, 3 × 30-day trend, threshold), the two-sided position with the indicators that move it most, and capability maturity
         * @description Permission: diagnostic.read.
         */
        get: operations["getDiagnostic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diagnostic/first-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A new organization’s first pilot as a checklist (application → task → standard → token → outputs → review → evidence), each step checked off from the data
         * @description Permission: diagnostic.read.
         */
        get: operations["getDiagnosticFirstRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diagnostic/maturity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The self-assessment questions, the newest self-assessment and the maturity history
         * @description Permission: diagnostic.read.
         */
        get: operations["getDiagnosticMaturity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diagnostic/self-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the self-assessment (lead): every question 1–5; stores a maturity snapshot
         * @description Permission: diagnostic.approve.
         */
        post: operations["createDiagnosticSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/executive-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio by stage, value delivered with intervals, the diagnostic and maturity
         * @description Permission: diagnostic.read.
         */
        get: operations["getExecutiveSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/executive-summary.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The executive summary as a Markdown file, with the optimizer’s next steps when it has run
         * @description Permission: diagnostic.read.
         */
        get: operations["getExecutiveSummaryMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this is the demo organization, and the command that removes it
         * @description Permission: settings.read.
         */
        get: operations["getDemo"];
        put?: never;
        post?: never;
        /**
         * Remove the demo organization and everything in it (admin, from inside it); its people go unless they belong elsewhere
         * @description Permission: settings.admin.
         */
        delete: operations["deleteDemo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AbsorptionScore: {
            month: string;
            load: number;
            capacity: number;
            ratio: number | null;
            status: components["schemas"]["CapacityStatus"];
            /** @description 0–100: how well the unit can take in more change */
            score: number;
            pulseRoundId: string | null;
            factors: {
                /** @enum {string} */
                factor: "headroom" | "pulse";
                value: number;
                weight: number;
                detail: string;
            }[];
        };
        AbsorptionScoreInput: {
            month: string;
            load: number;
            capacity: number;
            ratio: number | null;
            status: components["schemas"]["CapacityStatusInput"];
            /** @description 0–100: how well the unit can take in more change */
            score: number;
            pulseRoundId: string | null;
            factors: {
                /** @enum {string} */
                factor: "headroom" | "pulse";
                value: number;
                weight: number;
                detail: string;
            }[];
        };
        Alarm: {
            /** Format: uuid */
            id: string;
            segment: string;
            /** Format: date-time */
            raisedAt: string;
            clearedAt: string | null;
            clearedBy: string | null;
            note: string | null;
        };
        AlarmInput: {
            /** Format: uuid */
            id: string;
            segment: string;
            /** Format: date-time */
            raisedAt: string;
            clearedAt: string | null;
            clearedBy: string | null;
            note: string | null;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description The custom role the token acts with instead of its built-in role (then `viewer`) */
            customRole: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            createdBy: string | null;
        };
        ApiTokenInput: {
            /** Format: uuid */
            id: string;
            name: string;
            role: components["schemas"]["RoleInput"];
            /** @description The custom role the token acts with instead of its built-in role (then `viewer`) */
            customRole: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            createdBy: string | null;
        };
        Application: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            stage: components["schemas"]["LifecycleStage"];
            riskTier: components["schemas"]["RiskTier"];
            /** @enum {string} */
            dataSensitivity: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience: "internal" | "external";
            aiTools: string[];
            links: {
                label: string;
                url: string;
            }[];
            customFields: {
                [key: string]: unknown;
            };
            orgUnits: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationChanges: {
            /** @description The version the change was made against */
            version: number;
            name?: string;
            purpose?: string;
            /** @description A member of the organization */
            ownerId?: string | null;
            riskTier?: components["schemas"]["RiskTier"];
            /** @enum {string} */
            dataSensitivity?: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience?: "internal" | "external";
            /** @description AI tools and vendors */
            aiTools?: string[];
            links?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Values by custom field key; checked against the organization’s field definitions */
            customFields?: {
                [key: string]: string | number | string[] | null;
            };
            /** @description Org units of the organization */
            orgUnitIds?: string[];
        };
        ApplicationChangesInput: {
            /** @description The version the change was made against */
            version: number;
            name?: string;
            purpose?: string;
            /** @description A member of the organization */
            ownerId?: string | null;
            riskTier?: components["schemas"]["RiskTierInput"];
            /** @enum {string} */
            dataSensitivity?: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience?: "internal" | "external";
            /** @description AI tools and vendors */
            aiTools?: string[];
            links?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Values by custom field key; checked against the organization’s field definitions */
            customFields?: {
                [key: string]: string | number | string[] | null;
            };
            /** @description Org units of the organization */
            orgUnitIds?: string[];
        };
        ApplicationDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            stage: components["schemas"]["LifecycleStage"];
            riskTier: components["schemas"]["RiskTier"];
            /** @enum {string} */
            dataSensitivity: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience: "internal" | "external";
            aiTools: string[];
            links: {
                label: string;
                url: string;
            }[];
            customFields: {
                [key: string]: unknown;
            };
            orgUnits: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The stages the transition table allows next */
            nextStages: components["schemas"]["LifecycleStage"][];
        };
        ApplicationDetailInput: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            stage: components["schemas"]["LifecycleStageInput"];
            riskTier: components["schemas"]["RiskTierInput"];
            /** @enum {string} */
            dataSensitivity: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience: "internal" | "external";
            aiTools: string[];
            links: {
                label: string;
                url: string;
            }[];
            customFields: {
                [key: string]: unknown;
            };
            orgUnits: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The stages the transition table allows next */
            nextStages: components["schemas"]["LifecycleStageInput"][];
        };
        ApplicationEvidence: {
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            items: components["schemas"]["MetricEvidence"][];
        };
        ApplicationEvidenceInput: {
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            items: components["schemas"]["MetricEvidenceInput"][];
        };
        ApplicationFilters: {
            q?: string;
            stage?: components["schemas"]["LifecycleStage"][];
            riskTier?: components["schemas"]["RiskTier"][];
            /** Format: uuid */
            ownerId?: string;
            /** Format: uuid */
            orgUnitId?: string;
            customField?: string[];
            /**
             * @description newest (default) or oldest registered, name A→Z, recently updated, or by lifecycle stage
             * @enum {string}
             */
            sort?: "newest" | "oldest" | "name" | "updated" | "stage";
        };
        ApplicationFiltersInput: {
            q?: string;
            stage?: components["schemas"]["LifecycleStageInput"][];
            riskTier?: components["schemas"]["RiskTierInput"][];
            /** Format: uuid */
            ownerId?: string;
            /** Format: uuid */
            orgUnitId?: string;
            customField?: string[];
            /**
             * @description newest (default) or oldest registered, name A→Z, recently updated, or by lifecycle stage
             * @enum {string}
             */
            sort?: "newest" | "oldest" | "name" | "updated" | "stage";
        };
        ApplicationImportPreview: {
            columns: string[];
            rows: {
                row: number;
                name: string;
                stage: string;
                errors: {
                    column: string;
                    message: string;
                }[];
            }[];
            fileErrors: {
                column: string;
                message: string;
            }[];
            valid: number;
            invalid: number;
        };
        ApplicationImportPreviewInput: {
            columns: string[];
            rows: {
                row: number;
                name: string;
                stage: string;
                errors: {
                    column: string;
                    message: string;
                }[];
            }[];
            fileErrors: {
                column: string;
                message: string;
            }[];
            valid: number;
            invalid: number;
        };
        ApplicationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            purpose: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            stage: components["schemas"]["LifecycleStageInput"];
            riskTier: components["schemas"]["RiskTierInput"];
            /** @enum {string} */
            dataSensitivity: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience: "internal" | "external";
            aiTools: string[];
            links: {
                label: string;
                url: string;
            }[];
            customFields: {
                [key: string]: unknown;
            };
            orgUnits: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationLoops: {
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            loops: {
                /** @enum {string} */
                loop: "end_user_feedback" | "reviews" | "pulse" | "experiments";
                lastActivityAt: string | null;
                cadenceDays: number;
                quietDays: number | null;
                /** @enum {string} */
                status: "active" | "quiet";
                alerted: boolean;
            }[];
        };
        ApplicationLoopsInput: {
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            loops: {
                /** @enum {string} */
                loop: "end_user_feedback" | "reviews" | "pulse" | "experiments";
                lastActivityAt: string | null;
                cadenceDays: number;
                quietDays: number | null;
                /** @enum {string} */
                status: "active" | "quiet";
                alerted: boolean;
            }[];
        };
        ApplicationOption: {
            /** Format: uuid */
            id: string;
            name: string;
            stage: string;
            riskTier: string;
            dataSensitivity: string;
            audience: string;
        };
        ApplicationOptionInput: {
            /** Format: uuid */
            id: string;
            name: string;
            stage: string;
            riskTier: string;
            dataSensitivity: string;
            audience: string;
        };
        ApplicationTask: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
        };
        ApplicationTaskInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actor: {
                /** @enum {string} */
                type: "user" | "token" | "system";
                id: string | null;
                name: string;
            };
            action: string;
            entityType: string;
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
        };
        AuditEventInput: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actor: {
                /** @enum {string} */
                type: "user" | "token" | "system";
                id: string | null;
                name: string;
            };
            action: string;
            entityType: string;
            entityId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
        };
        AutomationBoundary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            mode: components["schemas"]["AutomationMode"];
            recommended: components["schemas"]["AutomationMode"];
            answers: components["schemas"]["BoundaryAnswers"];
            reasons: {
                answer: string;
                text: string;
                limit: components["schemas"]["AutomationMode"];
                decisive: boolean;
            }[];
            qaDefault: {
                requiresStandard: boolean;
                approverAudit: {
                    /** @constant */
                    policy: "fixed-rate";
                    fraction: number;
                } | null;
                summary: string;
            };
            rationale: string;
            decidedBy: string;
            reviewOn: string;
            /** Format: date-time */
            createdAt: string;
        };
        AutomationBoundaryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            mode: components["schemas"]["AutomationModeInput"];
            recommended: components["schemas"]["AutomationModeInput"];
            answers: components["schemas"]["BoundaryAnswersInput"];
            reasons: {
                answer: string;
                text: string;
                limit: components["schemas"]["AutomationModeInput"];
                decisive: boolean;
            }[];
            qaDefault: {
                requiresStandard: boolean;
                approverAudit: {
                    /** @constant */
                    policy: "fixed-rate";
                    fraction: number;
                } | null;
                summary: string;
            };
            rationale: string;
            decidedBy: string;
            reviewOn: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        AutomationMode: "automate" | "ai_drafts_human_approves" | "ai_assists" | "human_only";
        /** @enum {string} */
        AutomationModeInput: "automate" | "ai_drafts_human_approves" | "ai_assists" | "human_only";
        BoardPosition: {
            /** @description +1 fundamentally valuable … -1 works only under pilot conditions */
            value: number;
            /** @description +1 systematizable … -1 depends on heroic effort */
            system: number;
        };
        BoardPositionInput: {
            /** @description +1 fundamentally valuable … -1 works only under pilot conditions */
            value: number;
            /** @description +1 systematizable … -1 depends on heroic effort */
            system: number;
        };
        BoundaryAnswers: {
            /**
             * @description What an error in an output costs
             * @enum {string}
             */
            errorCost: "low" | "medium" | "high" | "severe";
            /**
             * @description How easily an error is undone
             * @enum {string}
             */
            reversibility: "easy" | "costly" | "irreversible";
            /**
             * @description Need for human judgment or empathy
             * @enum {string}
             */
            judgment: "none" | "some" | "essential";
            /** @description Regulation requires a person to decide or oversee */
            regulated: boolean;
            /**
             * @description Outputs per month: <50, 50–1000, >1000
             * @enum {string}
             */
            volume: "low" | "medium" | "high";
        };
        BoundaryAnswersInput: {
            /**
             * @description What an error in an output costs
             * @enum {string}
             */
            errorCost: "low" | "medium" | "high" | "severe";
            /**
             * @description How easily an error is undone
             * @enum {string}
             */
            reversibility: "easy" | "costly" | "irreversible";
            /**
             * @description Need for human judgment or empathy
             * @enum {string}
             */
            judgment: "none" | "some" | "essential";
            /** @description Regulation requires a person to decide or oversee */
            regulated: boolean;
            /**
             * @description Outputs per month: <50, 50–1000, >1000
             * @enum {string}
             */
            volume: "low" | "medium" | "high";
        };
        CalibrationRound: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            /** @enum {string} */
            status: "open" | "passed" | "failed";
            correct: number | null;
            total: number;
            /** Format: date-time */
            startedAt: string;
            completedAt: string | null;
            items: {
                /** Format: uuid */
                goldItemId: string;
                output: {
                    /** Format: uuid */
                    id: string;
                    content: string | null;
                    link: string | null;
                    metadata: {
                        [key: string]: unknown;
                    };
                    segment: string;
                };
                /** @description The standard version the item was reviewed under, whose rubric it is judged with */
                standard: {
                    version: number;
                    criteria: components["schemas"]["Criterion"][];
                };
                judged: boolean;
                /** @description true = you judged it a defect */
                yourVerdict: boolean | null;
                /** @description The consensus label, shown once the round is complete */
                goldVerdict: boolean | null;
            }[];
        };
        CalibrationRoundInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflowId: string;
            /** @enum {string} */
            status: "open" | "passed" | "failed";
            correct: number | null;
            total: number;
            /** Format: date-time */
            startedAt: string;
            completedAt: string | null;
            items: {
                /** Format: uuid */
                goldItemId: string;
                output: {
                    /** Format: uuid */
                    id: string;
                    content: string | null;
                    link: string | null;
                    metadata: {
                        [key: string]: unknown;
                    };
                    segment: string;
                };
                /** @description The standard version the item was reviewed under, whose rubric it is judged with */
                standard: {
                    version: number;
                    criteria: components["schemas"]["CriterionInput"][];
                };
                judged: boolean;
                /** @description true = you judged it a defect */
                yourVerdict: boolean | null;
                /** @description The consensus label, shown once the round is complete */
                goldVerdict: boolean | null;
            }[];
        };
        CapacityHeatmap: {
            months: string[];
            rows: {
                unit: components["schemas"]["OrgUnit"];
                capacity: number;
                cells: {
                    month: string;
                    /** @description Change points of the unit’s own impacts */
                    ownLoad: number;
                    /** @description Own plus every unit below */
                    load: number;
                    capacity: number;
                    ratio: number | null;
                    status: components["schemas"]["CapacityStatus"];
                }[];
            }[];
        };
        CapacityHeatmapInput: {
            months: string[];
            rows: {
                unit: components["schemas"]["OrgUnitInput"];
                capacity: number;
                cells: {
                    month: string;
                    /** @description Change points of the unit’s own impacts */
                    ownLoad: number;
                    /** @description Own plus every unit below */
                    load: number;
                    capacity: number;
                    ratio: number | null;
                    status: components["schemas"]["CapacityStatusInput"];
                }[];
            }[];
        };
        /** @enum {string} */
        CapacityStatus: "green" | "amber" | "red";
        /** @enum {string} */
        CapacityStatusInput: "green" | "amber" | "red";
        /** @description Magnitude 0–5 per changing aspect */
        ChangeAspects: {
            [key: string]: number;
        };
        /** @description Magnitude 0–5 per changing aspect */
        ChangeAspectsInput: {
            [key: string]: number;
        };
        ChangeImpact: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            title: string;
            /** @enum {string} */
            source: "manual" | "import" | "expansion";
            sourceRef: string | null;
            applicationId: string | null;
            workflowId: string | null;
            aspects: {
                [key: string]: number;
            };
            /** @description Σ magnitudes: change points per person affected */
            points: number;
            peopleAffected: number;
            startDate: string;
            endDate: string;
            /** Format: date-time */
            createdAt: string;
        };
        ChangeImpactInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            title: string;
            /** @enum {string} */
            source: "manual" | "import" | "expansion";
            sourceRef: string | null;
            applicationId: string | null;
            workflowId: string | null;
            aspects: {
                [key: string]: number;
            };
            /** @description Σ magnitudes: change points per person affected */
            points: number;
            peopleAffected: number;
            startDate: string;
            endDate: string;
            /** Format: date-time */
            createdAt: string;
        };
        ChangeNote: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            unitName: string;
            changeImpactId: string | null;
            title: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            recipients: number | null;
            acknowledged: number | null;
        };
        ChangeNoteInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            unitName: string;
            changeImpactId: string | null;
            title: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            recipients: number | null;
            acknowledged: number | null;
        };
        ChangeProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            insightId: string;
            /** @enum {string} */
            target: "rubric" | "gate_threshold" | "plan_template" | "quality_standard";
            /** @description The changed object’s id in its own area; empty when not given */
            targetId: string;
            subject: string;
            change: string;
            /**
             * @description Follows the decision request
             * @enum {string}
             */
            status: "proposed" | "accepted" | "rejected" | "withdrawn";
            /** @description The decision request that decides the proposal */
            decisionRequestId: string | null;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        ChangeProposalInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            insightId: string;
            /** @enum {string} */
            target: "rubric" | "gate_threshold" | "plan_template" | "quality_standard";
            /** @description The changed object’s id in its own area; empty when not given */
            targetId: string;
            subject: string;
            change: string;
            /**
             * @description Follows the decision request
             * @enum {string}
             */
            status: "proposed" | "accepted" | "rejected" | "withdrawn";
            /** @description The decision request that decides the proposal */
            decisionRequestId: string | null;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Set when the content, link and metadata were removed by the organization's retention setting (services/retention.ts); null otherwise */
        ContentRemoved: {
            /** Format: date-time */
            at: string;
            afterDays: number;
            message: string;
        } | null;
        /** @description Set when the content, link and metadata were removed by the organization's retention setting (services/retention.ts); null otherwise */
        ContentRemovedInput: {
            /** Format: date-time */
            at: string;
            afterDays: number;
            message: string;
        } | null;
        CoreElement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name: string;
            description: string;
            position: components["schemas"]["BoardPosition"] | null;
            recommendation: ("scale" | "systematize_first" | "retest" | "leave_behind") | null;
            borderline: boolean;
            hiddenHoursPerWeek: number;
            carriedBy: string;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CoreElementChange: {
            /** @enum {string} */
            kind?: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name?: string;
            description?: string;
            position?: components["schemas"]["BoardPosition"] | null;
            hiddenHoursPerWeek?: number;
            carriedBy?: string;
            /** @description Refuse (409) if the element changed since */
            version?: number;
        };
        CoreElementChangeInput: {
            /** @enum {string} */
            kind?: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name?: string;
            description?: string;
            position?: components["schemas"]["BoardPositionInput"] | null;
            hiddenHoursPerWeek?: number;
            carriedBy?: string;
            /** @description Refuse (409) if the element changed since */
            version?: number;
        };
        CoreElementInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name: string;
            description: string;
            position: components["schemas"]["BoardPositionInput"] | null;
            recommendation: ("scale" | "systematize_first" | "retest" | "leave_behind") | null;
            borderline: boolean;
            hiddenHoursPerWeek: number;
            carriedBy: string;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CoreReviewStatus: {
            /** Format: uuid */
            applicationId: string;
            name: string;
            stage: string;
            elements: number;
            placed: number;
            retrospectiveVersion: number | null;
            packageVersion: number | null;
            packageAt: string | null;
            packageCurrent: boolean;
        };
        CoreReviewStatusInput: {
            /** Format: uuid */
            applicationId: string;
            name: string;
            stage: string;
            elements: number;
            placed: number;
            retrospectiveVersion: number | null;
            packageVersion: number | null;
            packageAt: string | null;
            packageCurrent: boolean;
        };
        Criterion: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "pass_fail" | "scale";
            /** @enum {string} */
            severity: "critical" | "minor";
            levels?: string[];
            passLevel?: number;
        };
        CriterionInput: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "pass_fail" | "scale";
            /** @enum {string} */
            severity: "critical" | "minor";
            levels?: string[];
            passLevel?: number;
        };
        CurrentOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Days an output's content, link and metadata are kept before the retention job drops them (its decision, reviews and aggregates stay); null: kept forever */
            outputContentRetentionDays: number | null;
            /** @description Minutes a session may sit unused before it ends; null: the default, 14 days */
            sessionIdleMinutes: number | null;
            /** @description Minutes a session lasts from sign-in, however busy; null: the default, 14 days */
            sessionMaxMinutes: number | null;
            role: components["schemas"]["Role"];
        };
        CurrentOrganizationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Days an output's content, link and metadata are kept before the retention job drops them (its decision, reviews and aggregates stay); null: kept forever */
            outputContentRetentionDays: number | null;
            /** @description Minutes a session may sit unused before it ends; null: the default, 14 days */
            sessionIdleMinutes: number | null;
            /** @description Minutes a session lasts from sign-in, however busy; null: the default, 14 days */
            sessionMaxMinutes: number | null;
            role: components["schemas"]["RoleInput"];
        };
        CustomField: {
            /** Format: uuid */
            id: string;
            key: string;
            label: string;
            /** @enum {string} */
            kind: "text" | "number" | "date" | "single_select" | "multi_select";
            options: string[];
            required: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CustomFieldInput: {
            /** Format: uuid */
            id: string;
            key: string;
            label: string;
            /** @enum {string} */
            kind: "text" | "number" | "date" | "single_select" | "multi_select";
            options: string[];
            required: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CustomRole: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            permissions: string[];
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomRoleInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            permissions: string[];
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DateRange: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        DateRangeInput: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        DecisionCriterion: {
            key: string;
            label: string;
            /** @description Relative weight; weights are normalized to sum to 1 */
            weight: number;
            /** @enum {string} */
            direction: "benefit" | "cost";
            /** @description What levels 1…5 mean */
            anchors: string[];
        };
        DecisionCriterionInput: {
            key: string;
            label: string;
            /** @description Relative weight; weights are normalized to sum to 1 */
            weight: number;
            /** @enum {string} */
            direction: "benefit" | "cost";
            /** @description What levels 1…5 mean */
            anchors: string[];
        };
        DecisionLogEntry: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "request" | "automation_boundary";
            decisionType: components["schemas"]["DecisionType"];
            /** @enum {string} */
            outcome: "approved" | "rejected";
            title: string;
            requestId: string | null;
            applicationId: string | null;
            workflowId: string | null;
            /** @description Frozen at decision time */
            evidence: {
                [key: string]: unknown;
            };
            rationale: string;
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
        };
        DecisionLogEntryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "request" | "automation_boundary";
            decisionType: components["schemas"]["DecisionTypeInput"];
            /** @enum {string} */
            outcome: "approved" | "rejected";
            title: string;
            requestId: string | null;
            applicationId: string | null;
            workflowId: string | null;
            /** @description Frozen at decision time */
            evidence: {
                [key: string]: unknown;
            };
            rationale: string;
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
        };
        DecisionRequest: {
            /** Format: uuid */
            id: string;
            decisionType: components["schemas"]["DecisionType"];
            applicationId: string | null;
            orgUnitId: string | null;
            title: string;
            payload: {
                [key: string]: unknown;
            };
            tier: components["schemas"]["RiskTier"];
            tierReasons: {
                tier: components["schemas"]["RiskTier"];
                text: string;
            }[];
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            version: number;
            requester: {
                id: string | null;
                name: string;
            };
            preapprovedPattern: string | null;
            /** Format: date-time */
            submittedAt: string;
            remindAt: string | null;
            dueAt: string | null;
            remindedAt: string | null;
            escalatedAt: string | null;
            decidedAt: string | null;
        };
        DecisionRequestInput: {
            /** Format: uuid */
            id: string;
            decisionType: components["schemas"]["DecisionTypeInput"];
            applicationId: string | null;
            orgUnitId: string | null;
            title: string;
            payload: {
                [key: string]: unknown;
            };
            tier: components["schemas"]["RiskTierInput"];
            tierReasons: {
                tier: components["schemas"]["RiskTierInput"];
                text: string;
            }[];
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            version: number;
            requester: {
                id: string | null;
                name: string;
            };
            preapprovedPattern: string | null;
            /** Format: date-time */
            submittedAt: string;
            remindAt: string | null;
            dueAt: string | null;
            remindedAt: string | null;
            escalatedAt: string | null;
            decidedAt: string | null;
        };
        DecisionRights: {
            cells: components["schemas"]["DecisionRightsCell"][];
            isDefault: boolean;
        };
        DecisionRightsCell: {
            decisionType: components["schemas"]["DecisionType"];
            /** @description null: organization-wide */
            orgUnitId: string | null;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            letter: "R" | "A" | "C" | "I";
        };
        DecisionRightsCellInput: {
            decisionType: components["schemas"]["DecisionTypeInput"];
            /** @description null: organization-wide */
            orgUnitId: string | null;
            role: components["schemas"]["RoleInput"];
            /** @enum {string} */
            letter: "R" | "A" | "C" | "I";
        };
        DecisionRightsInput: {
            cells: components["schemas"]["DecisionRightsCellInput"][];
            isDefault: boolean;
        };
        DecisionRubric: {
            /** Format: uuid */
            id: string;
            name: string;
            currentVersion: number;
            current: components["schemas"]["DecisionRubricVersion"];
            /** Format: date-time */
            createdAt: string;
        };
        DecisionRubricInput: {
            /** Format: uuid */
            id: string;
            name: string;
            currentVersion: number;
            current: components["schemas"]["DecisionRubricVersionInput"];
            /** Format: date-time */
            createdAt: string;
        };
        DecisionRubricVersion: {
            /** Format: uuid */
            id: string;
            version: number;
            criteria: components["schemas"]["DecisionCriterion"][];
            knockOuts: components["schemas"]["KnockOutRule"][];
            /** Format: date-time */
            createdAt: string;
        };
        DecisionRubricVersionInput: {
            /** Format: uuid */
            id: string;
            version: number;
            criteria: components["schemas"]["DecisionCriterionInput"][];
            knockOuts: components["schemas"]["KnockOutRuleInput"][];
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        DecisionType: "admit_to_pilot" | "change_automation_mode" | "set_quality_standard" | "expand_to_org_unit" | "change_expansion_plan" | "retire" | "change_rule";
        /** @enum {string} */
        DecisionTypeInput: "admit_to_pilot" | "change_automation_mode" | "set_quality_standard" | "expand_to_org_unit" | "change_expansion_plan" | "retire" | "change_rule";
        DefectRule: {
            /** @constant */
            kind: "any_critical_fail";
        } | {
            /** @constant */
            kind: "score_below";
            threshold: number;
        };
        DefectRuleInput: {
            /** @constant */
            kind: "any_critical_fail";
        } | {
            /** @constant */
            kind: "score_below";
            threshold: number;
        };
        DemoStatus: {
            demo: boolean;
            removeCommand: string;
        };
        DemoStatusInput: {
            demo: boolean;
            removeCommand: string;
        };
        Diagnostic: {
            /** Format: date-time */
            generatedAt: string;
            windows: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
            }[];
            indicators: components["schemas"]["DiagnosticIndicator"][];
            position: components["schemas"]["DiagnosticPosition"];
            maturity: components["schemas"]["MaturityScore"][];
        };
        DiagnosticIndicator: {
            /** @enum {string} */
            key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
            /** @enum {string} */
            side: "scale_everything" | "governance_first";
            label: string;
            definition: string;
            /** @enum {string} */
            unit: "ratio" | "share" | "count_per_month" | "count" | "hours" | "points";
            healthy: number;
            alarm: number;
            trendOf: string | null;
            /** @description The last window’s value; null when its data does not exist yet */
            value: number | null;
            /** @description One value per 30-day window, oldest first */
            trend: (number | null)[];
            /** @description 0 at or better than healthy, 1 at or past alarm (judged on the value as shown); null without a status */
            pressure: number | null;
            /**
             * @description no_data; too_early (a value on less than the minimum evidence); healthy, watch or alarm — one rule for the page, the export and the position
             * @enum {string}
             */
            status: "no_data" | "too_early" | "healthy" | "watch" | "alarm";
            /** @description What the value rests on: the count of what it is computed from, days of history */
            evidence: {
                count: number;
                days: number;
            };
            /** @description The least evidence before the indicator has a status */
            minimum: {
                count: number;
                countOf: string;
                days: number;
            };
            action: {
                label: string;
                href: string;
            };
        };
        DiagnosticIndicatorInput: {
            /** @enum {string} */
            key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
            /** @enum {string} */
            side: "scale_everything" | "governance_first";
            label: string;
            definition: string;
            /** @enum {string} */
            unit: "ratio" | "share" | "count_per_month" | "count" | "hours" | "points";
            healthy: number;
            alarm: number;
            trendOf: string | null;
            /** @description The last window’s value; null when its data does not exist yet */
            value: number | null;
            /** @description One value per 30-day window, oldest first */
            trend: (number | null)[];
            /** @description 0 at or better than healthy, 1 at or past alarm (judged on the value as shown); null without a status */
            pressure: number | null;
            /**
             * @description no_data; too_early (a value on less than the minimum evidence); healthy, watch or alarm — one rule for the page, the export and the position
             * @enum {string}
             */
            status: "no_data" | "too_early" | "healthy" | "watch" | "alarm";
            /** @description What the value rests on: the count of what it is computed from, days of history */
            evidence: {
                count: number;
                days: number;
            };
            /** @description The least evidence before the indicator has a status */
            minimum: {
                count: number;
                countOf: string;
                days: number;
            };
            action: {
                label: string;
                href: string;
            };
        };
        DiagnosticInput: {
            /** Format: date-time */
            generatedAt: string;
            windows: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
            }[];
            indicators: components["schemas"]["DiagnosticIndicatorInput"][];
            position: components["schemas"]["DiagnosticPositionInput"];
            maturity: components["schemas"]["MaturityScoreInput"][];
        };
        DiagnosticPosition: {
            /** @description −1 scale-everything … 0 strategic expansion … +1 governance-first */
            position: number;
            /** @enum {string} */
            zone: "scale_everything" | "strategic_expansion" | "governance_first" | "too_early";
            scalePressure: number | null;
            governancePressure: number | null;
            strainedBothWays: boolean;
            contributions: {
                /** @enum {string} */
                key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
                /** @enum {string} */
                side: "scale_everything" | "governance_first";
                pressure: number;
                pull: number;
            }[];
            /** @description The three indicators that move the position most */
            drivers: {
                /** @enum {string} */
                key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
                /** @enum {string} */
                side: "scale_everything" | "governance_first";
                pressure: number;
                pull: number;
            }[];
            withoutData: ("change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck")[];
            /** @description Indicators with a value on less than their minimum evidence */
            tooEarly: ("change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck")[];
            /** @description Indicators with a status */
            judged: number;
            /** @description Indicators with a status the position needs; below it the zone is too_early */
            needed: number;
        };
        DiagnosticPositionInput: {
            /** @description −1 scale-everything … 0 strategic expansion … +1 governance-first */
            position: number;
            /** @enum {string} */
            zone: "scale_everything" | "strategic_expansion" | "governance_first" | "too_early";
            scalePressure: number | null;
            governancePressure: number | null;
            strainedBothWays: boolean;
            contributions: {
                /** @enum {string} */
                key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
                /** @enum {string} */
                side: "scale_everything" | "governance_first";
                pressure: number;
                pull: number;
            }[];
            /** @description The three indicators that move the position most */
            drivers: {
                /** @enum {string} */
                key: "change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck";
                /** @enum {string} */
                side: "scale_everything" | "governance_first";
                pressure: number;
                pull: number;
            }[];
            withoutData: ("change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck")[];
            /** @description Indicators with a value on less than their minimum evidence */
            tooEarly: ("change_load" | "unreviewed_expansions" | "drift_alarms" | "pulse_wellbeing" | "ai_without_standard" | "under_reviewed_workflows" | "outgoing_over_limit" | "decision_lead_time" | "open_request_age" | "low_risk_full_review" | "experiment_rate" | "over_reviewed_workflows" | "ideas_stuck")[];
            /** @description Indicators with a status */
            judged: number;
            /** @description Indicators with a status the position needs; below it the zone is too_early */
            needed: number;
        };
        DigestEmail: {
            /** Format: uuid */
            id: string;
            recipient: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string;
            };
            subject: string;
            /** Format: date-time */
            digestUntil: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            /** @description When a pending e-mail is tried next */
            nextAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        DigestEmailInput: {
            /** Format: uuid */
            id: string;
            recipient: {
                /** Format: uuid */
                id: string;
                name: string | null;
                email: string;
            };
            subject: string;
            /** Format: date-time */
            digestUntil: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            /** @description When a pending e-mail is tried next */
            nextAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        DimensionReadiness: {
            /** @enum {string} */
            dimension: "workflows" | "decision_rights" | "quality_standards" | "change_capacity" | "learning_orientation";
            label: string;
            /** @enum {string} */
            source: "computed" | "rated" | "missing";
            /** @description 0–1; a 1–5 rating is normalized as (r − 1) / 4 */
            score: number | null;
            rating: number | null;
            explanation: string;
        };
        DimensionReadinessInput: {
            /** @enum {string} */
            dimension: "workflows" | "decision_rights" | "quality_standards" | "change_capacity" | "learning_orientation";
            label: string;
            /** @enum {string} */
            source: "computed" | "rated" | "missing";
            /** @description 0–1; a 1–5 rating is normalized as (r − 1) / 4 */
            score: number | null;
            rating: number | null;
            explanation: string;
        };
        Directory: {
            /** @description The base URL to paste into the identity provider */
            scimBaseUrl: string;
            tokens: components["schemas"]["ScimToken"][];
            mappings: components["schemas"]["GroupMapping"][];
            groups: {
                /** Format: uuid */
                id: string;
                displayName: string;
                members: number;
            }[];
            /** @description People the directory provisioned */
            users: number;
            activeUsers: number;
        };
        DirectoryInput: {
            /** @description The base URL to paste into the identity provider */
            scimBaseUrl: string;
            tokens: components["schemas"]["ScimTokenInput"][];
            mappings: components["schemas"]["GroupMappingInput"][];
            groups: {
                /** Format: uuid */
                id: string;
                displayName: string;
                members: number;
            }[];
            /** @description People the directory provisioned */
            users: number;
            activeUsers: number;
        };
        EffectInterval: {
            estimate: number;
            lower: number;
            upper: number;
        };
        EffectIntervalInput: {
            estimate: number;
            lower: number;
            upper: number;
        };
        EmailDelivery: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "digest" | "pulse" | "password_reset" | "account_notice" | "invitation" | "decision_request" | "decision_reminder" | "decision_escalation" | "drift_alarm" | "gate_decision";
            recipient: {
                /** @description The person; null for an invitee without an account */
                id: string | null;
                name: string | null;
                email: string;
            };
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            /** @description When a pending e-mail is tried next */
            nextAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        EmailDeliveryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "digest" | "pulse" | "password_reset" | "account_notice" | "invitation" | "decision_request" | "decision_reminder" | "decision_escalation" | "drift_alarm" | "gate_decision";
            recipient: {
                /** @description The person; null for an invitee without an account */
                id: string | null;
                name: string | null;
                email: string;
            };
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            /** @description When a pending e-mail is tried next */
            nextAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        Evaluation: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            createdAt: string;
            rubric: {
                /** Format: uuid */
                id: string;
                name: string;
                version: components["schemas"]["DecisionRubricVersion"];
            };
            candidates: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            assessors: {
                /** Format: uuid */
                userId: string;
                name: string;
                submitted: boolean;
            }[];
            /** @description Your part, when you are an assessor */
            me: {
                submitted: boolean;
            } | null;
            canSeeResults: boolean;
            /** @description The sheets you may see: only yours until you have submitted */
            sheets: {
                /** Format: uuid */
                assessorId: string;
                /** Format: uuid */
                applicationId: string;
                levels: {
                    [key: string]: number;
                };
                knockOuts: string[];
                comment: string;
            }[];
            results: {
                candidates: {
                    /** Format: uuid */
                    candidateId: string;
                    assessors: number;
                    scores: {
                        /** Format: uuid */
                        assessorId: string;
                        score: number;
                    }[];
                    mean: number;
                    sd: number | null;
                    min: number;
                    max: number;
                    criteria: {
                        key: string;
                        levels: number[];
                        mean: number;
                        range: number;
                        sd: number | null;
                        disagreement: boolean;
                    }[];
                    knockedOut: {
                        key: string;
                        label: string;
                        by: string[];
                    }[];
                    rank: number;
                    probabilityFirst: number | null;
                    rankInterval: [
                        number,
                        number
                    ] | null;
                }[];
                sensitivity: {
                    criterion: string;
                    /** Format: uuid */
                    upper: string;
                    /** Format: uuid */
                    lower: string;
                    currentWeight: number;
                    flipWeight: number | null;
                }[];
            } | null;
        };
        EvaluationInput: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            createdAt: string;
            rubric: {
                /** Format: uuid */
                id: string;
                name: string;
                version: components["schemas"]["DecisionRubricVersionInput"];
            };
            candidates: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            assessors: {
                /** Format: uuid */
                userId: string;
                name: string;
                submitted: boolean;
            }[];
            /** @description Your part, when you are an assessor */
            me: {
                submitted: boolean;
            } | null;
            canSeeResults: boolean;
            /** @description The sheets you may see: only yours until you have submitted */
            sheets: {
                /** Format: uuid */
                assessorId: string;
                /** Format: uuid */
                applicationId: string;
                levels: {
                    [key: string]: number;
                };
                knockOuts: string[];
                comment: string;
            }[];
            results: {
                candidates: {
                    /** Format: uuid */
                    candidateId: string;
                    assessors: number;
                    scores: {
                        /** Format: uuid */
                        assessorId: string;
                        score: number;
                    }[];
                    mean: number;
                    sd: number | null;
                    min: number;
                    max: number;
                    criteria: {
                        key: string;
                        levels: number[];
                        mean: number;
                        range: number;
                        sd: number | null;
                        disagreement: boolean;
                    }[];
                    knockedOut: {
                        key: string;
                        label: string;
                        by: string[];
                    }[];
                    rank: number;
                    probabilityFirst: number | null;
                    rankInterval: [
                        number,
                        number
                    ] | null;
                }[];
                sensitivity: {
                    criterion: string;
                    /** Format: uuid */
                    upper: string;
                    /** Format: uuid */
                    lower: string;
                    currentWeight: number;
                    flipWeight: number | null;
                }[];
            } | null;
        };
        EvaluationSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvaluationSummaryInput: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceComparison: {
            /** @enum {string} */
            statistic: "mean" | "median" | "proportion";
            /** @enum {string} */
            method: "welch" | "newcombe" | "bootstrap-bca";
            methodReason: string;
            caution: string | null;
            confidence: number;
            baseline: {
                /** @description Measurements (trials for a proportion) */
                n: number;
                estimate: number;
                sd: number | null;
            };
            pilot: {
                /** @description Measurements (trials for a proportion) */
                n: number;
                estimate: number;
                sd: number | null;
            };
            /** @description pilot − reference */
            difference: components["schemas"]["EffectInterval"];
            /** @description pilot / reference; null when no ratio exists */
            ratio: components["schemas"]["EffectInterval"] | null;
            ratioMethod: ("delta-log" | "miettinen-nurminen" | "bootstrap-bca") | null;
        };
        EvidenceComparisonInput: {
            /** @enum {string} */
            statistic: "mean" | "median" | "proportion";
            /** @enum {string} */
            method: "welch" | "newcombe" | "bootstrap-bca";
            methodReason: string;
            caution: string | null;
            confidence: number;
            baseline: {
                /** @description Measurements (trials for a proportion) */
                n: number;
                estimate: number;
                sd: number | null;
            };
            pilot: {
                /** @description Measurements (trials for a proportion) */
                n: number;
                estimate: number;
                sd: number | null;
            };
            /** @description pilot − reference */
            difference: components["schemas"]["EffectIntervalInput"];
            /** @description pilot / reference; null when no ratio exists */
            ratio: components["schemas"]["EffectIntervalInput"] | null;
            ratioMethod: ("delta-log" | "miettinen-nurminen" | "bootstrap-bca") | null;
        };
        EvidenceLink: {
            kind: string;
            id: string;
            label: string;
        };
        EvidenceLinkInput: {
            kind: string;
            id: string;
            label: string;
        };
        EvidenceMetric: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            kind: "mean" | "duration" | "median" | "proportion";
            /** @enum {string} */
            better: "higher" | "lower";
            howMeasured: string;
            windows: {
                baseline: components["schemas"]["DateRange"] | null;
                pilot: components["schemas"]["DateRange"] | null;
            };
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceMetricInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            kind: "mean" | "duration" | "median" | "proportion";
            /** @enum {string} */
            better: "higher" | "lower";
            howMeasured: string;
            windows: {
                baseline: components["schemas"]["DateRangeInput"] | null;
                pilot: components["schemas"]["DateRangeInput"] | null;
            };
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceTrailItem: {
            /** Format: uuid */
            id: string;
            kind: string;
            entityId: string;
            /** @enum {string} */
            stance: "supporting" | "contradicting";
            note: string;
            addedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** @description null when the cited object no longer exists */
            title: string | null;
            detail: string | null;
            link: string | null;
            occurredAt: string | null;
        };
        EvidenceTrailItemInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            entityId: string;
            /** @enum {string} */
            stance: "supporting" | "contradicting";
            note: string;
            addedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** @description null when the cited object no longer exists */
            title: string | null;
            detail: string | null;
            link: string | null;
            occurredAt: string | null;
        };
        EvidenceWindows: {
            baseline: components["schemas"]["DateRange"];
            pilot: components["schemas"]["DateRange"];
        };
        EvidenceWindowsInput: {
            baseline: components["schemas"]["DateRangeInput"];
            pilot: components["schemas"]["DateRangeInput"];
        };
        ExecutiveSummary: {
            organizationName: string;
            /** Format: date-time */
            generatedAt: string;
            portfolio: {
                /** @enum {string} */
                stage: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
                count: number;
                applications: string[];
            }[];
            value: {
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stage: string;
                metric: string;
                unit: string;
                claim: string;
                /** @enum {string} */
                verdict: "improved" | "worsened" | "inconclusive" | "not-enough-evidence";
                verdictLabel: string;
                grade: string;
                difference: {
                    estimate: number;
                    lower: number;
                    upper: number;
                };
                ratio: {
                    estimate: number;
                    lower: number;
                    upper: number;
                } | null;
            }[];
            diagnostic: components["schemas"]["Diagnostic"];
        };
        ExecutiveSummaryInput: {
            organizationName: string;
            /** Format: date-time */
            generatedAt: string;
            portfolio: {
                /** @enum {string} */
                stage: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
                count: number;
                applications: string[];
            }[];
            value: {
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stage: string;
                metric: string;
                unit: string;
                claim: string;
                /** @enum {string} */
                verdict: "improved" | "worsened" | "inconclusive" | "not-enough-evidence";
                verdictLabel: string;
                grade: string;
                difference: {
                    estimate: number;
                    lower: number;
                    upper: number;
                };
                ratio: {
                    estimate: number;
                    lower: number;
                    upper: number;
                } | null;
            }[];
            diagnostic: components["schemas"]["DiagnosticInput"];
        };
        ExpansionPlan: {
            /** Format: uuid */
            id: string;
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
                ownerId: string | null;
            };
            templateId: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "completed" | "rolled_back";
            version: number;
            locked: boolean;
            stages: components["schemas"]["PlanStage"][];
            /** @description The running stage’s gate, evaluated now */
            gate: components["schemas"]["GateEvaluation"] | null;
            decisions: components["schemas"]["GateDecision"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExpansionPlanInput: {
            /** Format: uuid */
            id: string;
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
                ownerId: string | null;
            };
            templateId: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "completed" | "rolled_back";
            version: number;
            locked: boolean;
            stages: components["schemas"]["PlanStageInput"][];
            /** @description The running stage’s gate, evaluated now */
            gate: components["schemas"]["GateEvaluationInput"] | null;
            decisions: components["schemas"]["GateDecisionInput"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExpansionPlanSummary: {
            /** Format: uuid */
            id: string;
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            /** @enum {string} */
            status: "draft" | "active" | "completed" | "rolled_back";
            version: number;
            stageCount: number;
            currentStage: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
            } | null;
            gate: {
                /** @enum {string} */
                recommendation: "advance" | "hold" | "rework" | "roll_back";
                /** @enum {string} */
                status: "met" | "not_met" | "not_enough_evidence";
                reason: string;
            } | null;
        };
        ExpansionPlanSummaryInput: {
            /** Format: uuid */
            id: string;
            application: {
                /** Format: uuid */
                id: string;
                name: string;
                stage: string;
            };
            /** @enum {string} */
            status: "draft" | "active" | "completed" | "rolled_back";
            version: number;
            stageCount: number;
            currentStage: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
            } | null;
            gate: {
                /** @enum {string} */
                recommendation: "advance" | "hold" | "rework" | "roll_back";
                /** @enum {string} */
                status: "met" | "not_met" | "not_enough_evidence";
                reason: string;
            } | null;
        };
        ExpansionTemplate: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            stages: {
                name: string;
                durationMonths: number;
                /** @description Change points per receiving unit per month */
                changeLoad: number;
                criteria: {
                    /** @enum {string} */
                    kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                    /** @default {} */
                    params: {
                        [key: string]: number;
                    };
                }[];
                /** @default null */
                unitKind: ("division" | "department" | "team") | null;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExpansionTemplateInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            stages: {
                name: string;
                durationMonths: number;
                /** @description Change points per receiving unit per month */
                changeLoad: number;
                criteria: {
                    /** @enum {string} */
                    kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                    /** @default {} */
                    params: {
                        [key: string]: number;
                    };
                }[];
                /** @default null */
                unitKind: ("division" | "department" | "team") | null;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Experiment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            stage: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
            title: string;
            hypothesis: string;
            /** @enum {string} */
            design: "before_after" | "controlled" | "ab";
            approaches: string[];
            metrics: components["schemas"]["ExperimentMetric"][];
            /** Format: date-time */
            startsOn: string;
            endsOn: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "completed" | "abandoned";
            result: ("supported" | "refuted" | "inconclusive") | null;
            numbers: components["schemas"]["MetricResult"][];
            resultNote: string;
            resultRecordedAt: string | null;
            decision: string;
            /** Format: date-time */
            createdAt: string;
        };
        ExperimentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            stage: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
            title: string;
            hypothesis: string;
            /** @enum {string} */
            design: "before_after" | "controlled" | "ab";
            approaches: string[];
            metrics: components["schemas"]["ExperimentMetricInput"][];
            /** Format: date-time */
            startsOn: string;
            endsOn: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "completed" | "abandoned";
            result: ("supported" | "refuted" | "inconclusive") | null;
            numbers: components["schemas"]["MetricResultInput"][];
            resultNote: string;
            resultRecordedAt: string | null;
            decision: string;
            /** Format: date-time */
            createdAt: string;
        };
        ExperimentMetric: {
            name: string;
            /** @default  */
            unit: string;
            /** @enum {string} */
            direction: "increase" | "decrease";
        };
        ExperimentMetricInput: {
            name: string;
            /** @default  */
            unit: string;
            /** @enum {string} */
            direction: "increase" | "decrease";
        };
        FieldError: {
            path: string;
            message: string;
        };
        FieldErrorInput: {
            path: string;
            message: string;
        };
        FirstRunChecklist: {
            steps: {
                /** @enum {string} */
                key: "application" | "task" | "standard" | "token" | "outputs" | "review" | "evidence";
                label: string;
                hint: string;
                /** @description Checked off from the data, never by hand */
                done: boolean;
                count: number;
                href: string;
            }[];
            /** @description The first step not done; null when all are */
            next: ("application" | "task" | "standard" | "token" | "outputs" | "review" | "evidence") | null;
            complete: boolean;
        };
        FirstRunChecklistInput: {
            steps: {
                /** @enum {string} */
                key: "application" | "task" | "standard" | "token" | "outputs" | "review" | "evidence";
                label: string;
                hint: string;
                /** @description Checked off from the data, never by hand */
                done: boolean;
                count: number;
                href: string;
            }[];
            /** @description The first step not done; null when all are */
            next: ("application" | "task" | "standard" | "token" | "outputs" | "review" | "evidence") | null;
            complete: boolean;
        };
        Follow: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tag" | "unit" | "application";
            target: string;
            /** Format: date-time */
            createdAt: string;
        };
        FollowInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tag" | "unit" | "application";
            target: string;
            /** Format: date-time */
            createdAt: string;
        };
        GateCriterionEvaluation: {
            /** @enum {string} */
            kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
            label: string;
            params: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "met" | "not_met" | "not_enough_evidence";
            severe: boolean;
            summary: string;
            evidence: {
                [key: string]: unknown;
            };
        };
        GateCriterionEvaluationInput: {
            /** @enum {string} */
            kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
            label: string;
            params: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "met" | "not_met" | "not_enough_evidence";
            severe: boolean;
            summary: string;
            evidence: {
                [key: string]: unknown;
            };
        };
        GateDecision: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stageId: string;
            /** @enum {string} */
            outcome: "advance" | "hold" | "rework" | "roll_back";
            /** @enum {string} */
            recommended: "advance" | "hold" | "rework" | "roll_back";
            rationale: string;
            planVersion: number;
            fingerprint: string;
            snapshot: {
                [key: string]: unknown;
            };
            decidedBy: string | null;
            decidedByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        GateDecisionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stageId: string;
            /** @enum {string} */
            outcome: "advance" | "hold" | "rework" | "roll_back";
            /** @enum {string} */
            recommended: "advance" | "hold" | "rework" | "roll_back";
            rationale: string;
            planVersion: number;
            fingerprint: string;
            snapshot: {
                [key: string]: unknown;
            };
            decidedBy: string | null;
            decidedByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        GateEvaluation: {
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            stageId: string;
            stageName: string;
            nextStageId: string | null;
            planVersion: number;
            criteria: components["schemas"]["GateCriterionEvaluation"][];
            /** @enum {string} */
            recommendation: "advance" | "hold" | "rework" | "roll_back";
            /** @enum {string} */
            status: "met" | "not_met" | "not_enough_evidence";
            reason: string;
            because: ("quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals")[];
            fingerprint: string;
            /** Format: date-time */
            evaluatedAt: string;
        };
        GateEvaluationInput: {
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            stageId: string;
            stageName: string;
            nextStageId: string | null;
            planVersion: number;
            criteria: components["schemas"]["GateCriterionEvaluationInput"][];
            /** @enum {string} */
            recommendation: "advance" | "hold" | "rework" | "roll_back";
            /** @enum {string} */
            status: "met" | "not_met" | "not_enough_evidence";
            reason: string;
            because: ("quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals")[];
            fingerprint: string;
            /** Format: date-time */
            evaluatedAt: string;
        };
        GroupMapping: {
            /** Format: uuid */
            id: string;
            /** @description The directory group's displayName */
            groupName: string;
            /** @enum {string} */
            role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            orgUnit: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
        };
        GroupMappingInput: {
            /** Format: uuid */
            id: string;
            /** @description The directory group's displayName */
            groupName: string;
            /** @enum {string} */
            role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            orgUnit: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
        };
        Idea: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: "new" | "under_evaluation" | "accepted" | "declined" | "merged";
            mergedIntoId: string | null;
            applicationId: string | null;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        IdeaInput: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: "new" | "under_evaluation" | "accepted" | "declined" | "merged";
            mergedIntoId: string | null;
            applicationId: string | null;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        Insight: {
            /** Format: uuid */
            id: string;
            statement: string;
            detail: string;
            /** @enum {string} */
            status: "emerging" | "confirmed" | "rejected";
            tags: string[];
            workflowKinds: string[];
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        InsightDetail: {
            /** Format: uuid */
            id: string;
            statement: string;
            detail: string;
            /** @enum {string} */
            status: "emerging" | "confirmed" | "rejected";
            tags: string[];
            workflowKinds: string[];
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
            units: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            evidence: components["schemas"]["EvidenceTrailItem"][];
            proposals: components["schemas"]["ChangeProposal"][];
        };
        InsightDetailInput: {
            /** Format: uuid */
            id: string;
            statement: string;
            detail: string;
            /** @enum {string} */
            status: "emerging" | "confirmed" | "rejected";
            tags: string[];
            workflowKinds: string[];
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
            units: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            evidence: components["schemas"]["EvidenceTrailItemInput"][];
            proposals: components["schemas"]["ChangeProposalInput"][];
        };
        InsightInput: {
            /** Format: uuid */
            id: string;
            statement: string;
            detail: string;
            /** @enum {string} */
            status: "emerging" | "confirmed" | "rejected";
            tags: string[];
            workflowKinds: string[];
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            acceptedAt: string | null;
        };
        InvitationInput: {
            /** Format: uuid */
            id: string;
            email: string;
            role: components["schemas"]["RoleInput"];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
            acceptedAt: string | null;
        };
        JudgeAgreement: {
            /** Format: uuid */
            workflowId: string;
            standardVersion: number | null;
            /** @description The current standard’s threshold: a score at or above it is the judge flagging a defect */
            judgeThreshold: number | null;
            /** @description Whether any output logged under the current standard carries a judge score */
            judged: boolean;
            /** @description Why there are no figures at all (no standard, no judged output, no threshold) */
            reason: string | null;
            /** @description Sampled reviews of outputs with a judge score */
            reviewed: number;
            reviewedDefects: number;
            reviewedOk: number;
            /** @description Reviewed outputs per cell, unweighted */
            counts: {
                flaggedDefect: number;
                unflaggedDefect: number;
                flaggedOk: number;
                unflaggedOk: number;
            };
            /** @description Reviewed defects (and reviewed outputs without one) each figure needs before it is shown */
            minimum: number;
            /** @description P(flag | defect) over the output stream: each review weighted by 1/π (Hájek), Fay–Feuer 95% interval; null below the minimum */
            sensitivity: {
                estimate: number;
                lower: number;
                upper: number;
                /** @description The reviews the weighted figure is worth: p(1 − p) ÷ its variance */
                effectiveN: number;
            } | null;
            /** @description “not enough evidence yet: N of 10 reviewed defects” */
            sensitivityReason: string | null;
            /** @description P(no flag | no defect), weighted the same way; null below the minimum */
            specificity: {
                estimate: number;
                lower: number;
                upper: number;
                /** @description The reviews the weighted figure is worth: p(1 − p) ÷ its variance */
                effectiveN: number;
            } | null;
            specificityReason: string | null;
            confidence: number;
        };
        JudgeAgreementInput: {
            /** Format: uuid */
            workflowId: string;
            standardVersion: number | null;
            /** @description The current standard’s threshold: a score at or above it is the judge flagging a defect */
            judgeThreshold: number | null;
            /** @description Whether any output logged under the current standard carries a judge score */
            judged: boolean;
            /** @description Why there are no figures at all (no standard, no judged output, no threshold) */
            reason: string | null;
            /** @description Sampled reviews of outputs with a judge score */
            reviewed: number;
            reviewedDefects: number;
            reviewedOk: number;
            /** @description Reviewed outputs per cell, unweighted */
            counts: {
                flaggedDefect: number;
                unflaggedDefect: number;
                flaggedOk: number;
                unflaggedOk: number;
            };
            /** @description Reviewed defects (and reviewed outputs without one) each figure needs before it is shown */
            minimum: number;
            /** @description P(flag | defect) over the output stream: each review weighted by 1/π (Hájek), Fay–Feuer 95% interval; null below the minimum */
            sensitivity: {
                estimate: number;
                lower: number;
                upper: number;
                /** @description The reviews the weighted figure is worth: p(1 − p) ÷ its variance */
                effectiveN: number;
            } | null;
            /** @description “not enough evidence yet: N of 10 reviewed defects” */
            sensitivityReason: string | null;
            /** @description P(no flag | no defect), weighted the same way; null below the minimum */
            specificity: {
                estimate: number;
                lower: number;
                upper: number;
                /** @description The reviews the weighted figure is worth: p(1 − p) ÷ its variance */
                effectiveN: number;
            } | null;
            specificityReason: string | null;
            confidence: number;
        };
        KnockOutRule: {
            key: string;
            label: string;
        };
        KnockOutRuleInput: {
            key: string;
            label: string;
        };
        LearningPreferences: {
            /** @description Whether the weekly digest also comes by e-mail */
            emailDigest: boolean;
            /** @description Whether this server sends e-mail at all (SMTP configured) */
            emailConfigured: boolean;
        };
        LearningPreferencesInput: {
            /** @description Whether the weekly digest also comes by e-mail */
            emailDigest: boolean;
            /** @description Whether this server sends e-mail at all (SMTP configured) */
            emailConfigured: boolean;
        };
        /** @enum {string} */
        LifecycleStage: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
        /** @enum {string} */
        LifecycleStageInput: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
        MailPreferences: {
            /** @description Per kind of e-mail: whether it comes (default true) */
            kinds: {
                digest: boolean;
                pulse: boolean;
                decision_request: boolean;
                decision_reminder: boolean;
                decision_escalation: boolean;
                drift_alarm: boolean;
                gate_decision: boolean;
            };
            /** @description Whether this server sends e-mail at all (SMTP configured) */
            emailConfigured: boolean;
        };
        MailPreferencesInput: {
            /** @description Per kind of e-mail: whether it comes (default true) */
            kinds: {
                digest: boolean;
                pulse: boolean;
                decision_request: boolean;
                decision_reminder: boolean;
                decision_escalation: boolean;
                drift_alarm: boolean;
                gate_decision: boolean;
            };
            /** @description Whether this server sends e-mail at all (SMTP configured) */
            emailConfigured: boolean;
        };
        Maturity: {
            questions: {
                key: string;
                /** @enum {string} */
                capability: "decision_making" | "quality_that_scales" | "change_absorption" | "learning_integration";
                text: string;
            }[];
            latestAssessment: {
                /** Format: uuid */
                id: string;
                answers: {
                    [key: string]: number;
                };
                takenByName: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
            history: components["schemas"]["MaturitySnapshot"][];
        };
        MaturityInput: {
            questions: {
                key: string;
                /** @enum {string} */
                capability: "decision_making" | "quality_that_scales" | "change_absorption" | "learning_integration";
                text: string;
            }[];
            latestAssessment: {
                /** Format: uuid */
                id: string;
                answers: {
                    [key: string]: number;
                };
                takenByName: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
            history: components["schemas"]["MaturitySnapshotInput"][];
        };
        MaturityScore: {
            /** @enum {string} */
            capability: "decision_making" | "quality_that_scales" | "change_absorption" | "learning_integration";
            /** @description Null (too early to tell) until half of its indicators have a status */
            dataScore: number | null;
            /** @description Of its indicators, how many have a status */
            judged?: number;
            indicators?: number;
            selfScore: number | null;
            score: number | null;
        };
        MaturityScoreInput: {
            /** @enum {string} */
            capability: "decision_making" | "quality_that_scales" | "change_absorption" | "learning_integration";
            /** @description Null (too early to tell) until half of its indicators have a status */
            dataScore: number | null;
            /** @description Of its indicators, how many have a status */
            judged?: number;
            indicators?: number;
            selfScore: number | null;
            score: number | null;
        };
        MaturitySnapshot: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            reason: "self_assessment" | "monthly";
            month: string;
            scores: components["schemas"]["MaturityScore"][];
            position: number;
            zone: string;
            /** Format: date-time */
            createdAt: string;
        };
        MaturitySnapshotInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            reason: "self_assessment" | "monthly";
            month: string;
            scores: components["schemas"]["MaturityScoreInput"][];
            position: number;
            zone: string;
            /** Format: date-time */
            createdAt: string;
        };
        Measurement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            metricId: string;
            /** @enum {string} */
            window: "baseline" | "pilot";
            /** @enum {string} */
            group: "pilot" | "comparison";
            /** Format: date */
            measuredOn: string;
            value: number;
            total: number | null;
            note: string;
            clientId: string | null;
            /** @enum {string} */
            source: "entered" | "imported" | "api";
            /** Format: date-time */
            createdAt: string;
        };
        MeasurementImport: {
            rows: number;
            baseline: number;
            pilot: number;
            comparison: number;
            /** @description 0 on a dry run */
            imported: number;
            duplicates: number;
        };
        MeasurementImportInput: {
            rows: number;
            baseline: number;
            pilot: number;
            comparison: number;
            /** @description 0 on a dry run */
            imported: number;
            duplicates: number;
        };
        MeasurementInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            metricId: string;
            /** @enum {string} */
            window: "baseline" | "pilot";
            /** @enum {string} */
            group: "pilot" | "comparison";
            /** Format: date */
            measuredOn: string;
            value: number;
            total: number | null;
            note: string;
            clientId: string | null;
            /** @enum {string} */
            source: "entered" | "imported" | "api";
            /** Format: date-time */
            createdAt: string;
        };
        Member: {
            /** Format: uuid */
            userId: string;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            createdAt: string;
            customRole?: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        MemberInput: {
            /** Format: uuid */
            userId: string;
            email: string;
            name: string;
            role: components["schemas"]["RoleInput"];
            /** Format: date-time */
            createdAt: string;
            customRole?: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        MetricEvidence: {
            metric: components["schemas"]["EvidenceMetric"];
            counts: {
                baseline: number;
                pilot: number;
                comparison: number;
                /** @description Stored, not used: the comparison group before the pilot */
                comparisonBaseline: number;
            };
            grade: {
                /** @enum {string} */
                grade: "anecdote" | "before-after" | "controlled";
                reason: string;
                contrast: ("concurrent" | "before-after") | null;
            };
            reference: ("pilot group, baseline window" | "comparison group, pilot window") | null;
            comparison: components["schemas"]["EvidenceComparison"] | null;
            claim: string | null;
            /** @description The effect’s direction, or not-enough-evidence for an anecdote whatever its interval says */
            verdict: ("improved" | "worsened" | "inconclusive" | "not-enough-evidence") | null;
            /** @description Which side of no effect the interval of the difference lies on, whatever the grade */
            direction: ("improved" | "worsened" | "inconclusive") | null;
            /** @description The verdict in words with its grade, e.g. “improved — before-after comparison” */
            verdictLabel: string | null;
        };
        MetricEvidenceInput: {
            metric: components["schemas"]["EvidenceMetricInput"];
            counts: {
                baseline: number;
                pilot: number;
                comparison: number;
                /** @description Stored, not used: the comparison group before the pilot */
                comparisonBaseline: number;
            };
            grade: {
                /** @enum {string} */
                grade: "anecdote" | "before-after" | "controlled";
                reason: string;
                contrast: ("concurrent" | "before-after") | null;
            };
            reference: ("pilot group, baseline window" | "comparison group, pilot window") | null;
            comparison: components["schemas"]["EvidenceComparisonInput"] | null;
            claim: string | null;
            /** @description The effect’s direction, or not-enough-evidence for an anecdote whatever its interval says */
            verdict: ("improved" | "worsened" | "inconclusive" | "not-enough-evidence") | null;
            /** @description Which side of no effect the interval of the difference lies on, whatever the grade */
            direction: ("improved" | "worsened" | "inconclusive") | null;
            /** @description The verdict in words with its grade, e.g. “improved — before-after comparison” */
            verdictLabel: string | null;
        };
        MetricResult: {
            metric: string;
            baseline: number | null;
            observed: number | null;
            /** @default  */
            note: string;
        };
        MetricResultInput: {
            metric: string;
            baseline: number | null;
            observed: number | null;
            /** @default  */
            note: string;
        };
        NewApplication: {
            name: string;
            stage?: components["schemas"]["LifecycleStage"];
            purpose?: string;
            /** @description A member of the organization */
            ownerId?: string | null;
            riskTier?: components["schemas"]["RiskTier"];
            /** @enum {string} */
            dataSensitivity?: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience?: "internal" | "external";
            /** @description AI tools and vendors */
            aiTools?: string[];
            links?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            /**
             * @description Values by custom field key; checked against the organization’s field definitions
             * @default {}
             */
            customFields: {
                [key: string]: string | number | string[] | null;
            };
            /** @description Org units of the organization */
            orgUnitIds?: string[];
        };
        NewApplicationInput: {
            name: string;
            stage?: components["schemas"]["LifecycleStageInput"];
            purpose?: string;
            /** @description A member of the organization */
            ownerId?: string | null;
            riskTier?: components["schemas"]["RiskTierInput"];
            /** @enum {string} */
            dataSensitivity?: "public" | "internal" | "confidential" | "personal" | "special";
            /** @enum {string} */
            audience?: "internal" | "external";
            /** @description AI tools and vendors */
            aiTools?: string[];
            links?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            /**
             * @description Values by custom field key; checked against the organization’s field definitions
             * @default {}
             */
            customFields: {
                [key: string]: string | number | string[] | null;
            };
            /** @description Org units of the organization */
            orgUnitIds?: string[];
        };
        NewBatchMeasurement: {
            /** @enum {string} */
            window: "baseline" | "pilot";
            /**
             * @description pilot (default) or a concurrent comparison group working without the pilot
             * @enum {string}
             */
            group?: "pilot" | "comparison";
            /**
             * Format: date
             * @description The day measured; must lie in the window
             */
            measuredOn: string;
            /** @description The measurement; for a proportion 0/1, or a success count with total */
            value: number;
            /** @description Proportions only: the count out of which value succeeded */
            total?: number;
            /** @description If given, must be the metric’s unit */
            unit?: string;
            note?: string;
            clientId: string;
        };
        NewBatchMeasurementInput: {
            /** @enum {string} */
            window: "baseline" | "pilot";
            /**
             * @description pilot (default) or a concurrent comparison group working without the pilot
             * @enum {string}
             */
            group?: "pilot" | "comparison";
            /**
             * Format: date
             * @description The day measured; must lie in the window
             */
            measuredOn: string;
            /** @description The measurement; for a proportion 0/1, or a success count with total */
            value: number;
            /** @description Proportions only: the count out of which value succeeded */
            total?: number;
            /** @description If given, must be the metric’s unit */
            unit?: string;
            note?: string;
            clientId: string;
        };
        NewChangeImpact: {
            /** Format: uuid */
            orgUnitId: string;
            title: string;
            aspects: components["schemas"]["ChangeAspects"];
            peopleAffected: number;
            startDate: string;
            endDate: string;
            applicationId?: string | null;
            workflowId?: string | null;
        };
        NewChangeImpactInput: {
            /** Format: uuid */
            orgUnitId: string;
            title: string;
            aspects: components["schemas"]["ChangeAspectsInput"];
            peopleAffected: number;
            startDate: string;
            endDate: string;
            applicationId?: string | null;
            workflowId?: string | null;
        };
        NewCoreElement: {
            /** @enum {string} */
            kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name: string;
            description?: string;
            position?: components["schemas"]["BoardPosition"] | null;
            hiddenHoursPerWeek?: number;
            carriedBy?: string;
        };
        NewCoreElementInput: {
            /** @enum {string} */
            kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
            name: string;
            description?: string;
            position?: components["schemas"]["BoardPositionInput"] | null;
            hiddenHoursPerWeek?: number;
            carriedBy?: string;
        };
        NewCustomField: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "text" | "number" | "date" | "single_select" | "multi_select";
            options?: string[];
            required?: boolean;
        };
        NewCustomFieldInput: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "text" | "number" | "date" | "single_select" | "multi_select";
            options?: string[];
            required?: boolean;
        };
        NewDecisionRubric: {
            name: string;
            criteria: components["schemas"]["DecisionCriterion"][];
            /** @default [] */
            knockOuts: components["schemas"]["KnockOutRule"][];
        };
        NewDecisionRubricInput: {
            name: string;
            criteria: components["schemas"]["DecisionCriterionInput"][];
            /** @default [] */
            knockOuts: components["schemas"]["KnockOutRuleInput"][];
        };
        NewEvidence: {
            /** @enum {string} */
            kind: "experiment" | "review_finding" | "retrospective" | "gate_decision";
            entityId: string;
            /** @enum {string} */
            stance: "supporting" | "contradicting";
            note?: string;
        };
        NewEvidenceInput: {
            /** @enum {string} */
            kind: "experiment" | "review_finding" | "retrospective" | "gate_decision";
            entityId: string;
            /** @enum {string} */
            stance: "supporting" | "contradicting";
            note?: string;
        };
        NewEvidenceMetric: {
            name: string;
            /** @description e.g. "h" or "min"; leave empty for proportions */
            unit?: string;
            /**
             * @description mean, duration (positive time), median, or proportion (0/1 or count/total)
             * @enum {string}
             */
            kind: "mean" | "duration" | "median" | "proportion";
            /**
             * @description Which direction is an improvement
             * @enum {string}
             */
            better: "higher" | "lower";
            howMeasured?: string;
            windows?: components["schemas"]["EvidenceWindows"];
        };
        NewEvidenceMetricInput: {
            name: string;
            /** @description e.g. "h" or "min"; leave empty for proportions */
            unit?: string;
            /**
             * @description mean, duration (positive time), median, or proportion (0/1 or count/total)
             * @enum {string}
             */
            kind: "mean" | "duration" | "median" | "proportion";
            /**
             * @description Which direction is an improvement
             * @enum {string}
             */
            better: "higher" | "lower";
            howMeasured?: string;
            windows?: components["schemas"]["EvidenceWindowsInput"];
        };
        NewExpansionTemplate: {
            name: string;
            description?: string;
            stages: {
                name: string;
                durationMonths: number;
                /** @description Change points per receiving unit per month */
                changeLoad: number;
                criteria: {
                    /** @enum {string} */
                    kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                    /** @default {} */
                    params: {
                        [key: string]: number;
                    };
                }[];
                /** @default null */
                unitKind: ("division" | "department" | "team") | null;
            }[];
        };
        NewExpansionTemplateInput: {
            name: string;
            description?: string;
            stages: {
                name: string;
                durationMonths: number;
                /** @description Change points per receiving unit per month */
                changeLoad: number;
                criteria: {
                    /** @enum {string} */
                    kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                    /** @default {} */
                    params: {
                        [key: string]: number;
                    };
                }[];
                /** @default null */
                unitKind: ("division" | "department" | "team") | null;
            }[];
        };
        NewExperiment: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            hypothesis: string;
            /** @enum {string} */
            design: "before_after" | "controlled" | "ab";
            approaches?: string[];
            metrics: components["schemas"]["ExperimentMetric"][];
            /**
             * @description Defaults to the application’s current stage
             * @enum {string}
             */
            stage?: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
            /** Format: date-time */
            startsOn: string;
            endsOn?: string | null;
        };
        NewExperimentInput: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            hypothesis: string;
            /** @enum {string} */
            design: "before_after" | "controlled" | "ab";
            approaches?: string[];
            metrics: components["schemas"]["ExperimentMetricInput"][];
            /**
             * @description Defaults to the application’s current stage
             * @enum {string}
             */
            stage?: "idea" | "evaluating" | "pilot" | "expanding" | "scaled" | "paused" | "retired";
            /** Format: date-time */
            startsOn: string;
            endsOn?: string | null;
        };
        NewExperimentResult: {
            /** @enum {string} */
            result: "supported" | "refuted" | "inconclusive";
            /** @default [] */
            numbers: components["schemas"]["MetricResult"][];
            /** @default  */
            note: string;
            /** @description The decision taken on the strength of the result */
            decision: string;
        };
        NewExperimentResultInput: {
            /** @enum {string} */
            result: "supported" | "refuted" | "inconclusive";
            /** @default [] */
            numbers: components["schemas"]["MetricResultInput"][];
            /** @default  */
            note: string;
            /** @description The decision taken on the strength of the result */
            decision: string;
        };
        NewFollow: {
            /** @constant */
            kind: "tag";
            target: string;
        } | {
            /** @constant */
            kind: "unit";
            /** Format: uuid */
            target: string;
        } | {
            /** @constant */
            kind: "application";
            /** Format: uuid */
            target: string;
        };
        NewFollowInput: {
            /** @constant */
            kind: "tag";
            target: string;
        } | {
            /** @constant */
            kind: "unit";
            /** Format: uuid */
            target: string;
        } | {
            /** @constant */
            kind: "application";
            /** Format: uuid */
            target: string;
        };
        NewInsight: {
            /** @description One sentence: what was learned */
            statement: string;
            detail?: string;
            tags?: string[];
            workflowKinds?: string[];
            unitIds?: string[];
            evidence?: components["schemas"]["NewEvidence"][];
        };
        NewInsightInput: {
            /** @description One sentence: what was learned */
            statement: string;
            detail?: string;
            tags?: string[];
            workflowKinds?: string[];
            unitIds?: string[];
            evidence?: components["schemas"]["NewEvidenceInput"][];
        };
        NewMeasurement: {
            /** @enum {string} */
            window: "baseline" | "pilot";
            /**
             * @description pilot (default) or a concurrent comparison group working without the pilot
             * @enum {string}
             */
            group?: "pilot" | "comparison";
            /**
             * Format: date
             * @description The day measured; must lie in the window
             */
            measuredOn: string;
            /** @description The measurement; for a proportion 0/1, or a success count with total */
            value: number;
            /** @description Proportions only: the count out of which value succeeded */
            total?: number;
            /** @description If given, must be the metric’s unit */
            unit?: string;
            note?: string;
            /** @description Your id for it; a retry with the same id is idempotent */
            clientId?: string;
        };
        NewMeasurementInput: {
            /** @enum {string} */
            window: "baseline" | "pilot";
            /**
             * @description pilot (default) or a concurrent comparison group working without the pilot
             * @enum {string}
             */
            group?: "pilot" | "comparison";
            /**
             * Format: date
             * @description The day measured; must lie in the window
             */
            measuredOn: string;
            /** @description The measurement; for a proportion 0/1, or a success count with total */
            value: number;
            /** @description Proportions only: the count out of which value succeeded */
            total?: number;
            /** @description If given, must be the metric’s unit */
            unit?: string;
            note?: string;
            /** @description Your id for it; a retry with the same id is idempotent */
            clientId?: string;
        };
        NewOtlpRoutingRule: {
            /**
             * Format: uuid
             * @description The workflow that takes the spans this rule matches
             */
            workflowId: string;
            /** @description The resource attribute service.name equals this */
            serviceName: unknown;
            /** @description The span name matches this glob (* any characters, ? one) */
            spanName: unknown;
            /** @description A span (or else resource) attribute … */
            attributeKey: unknown;
            /** @description … equals this value */
            attributeValue: unknown;
        };
        NewOtlpRoutingRuleInput: {
            /**
             * Format: uuid
             * @description The workflow that takes the spans this rule matches
             */
            workflowId: string;
            /** @description The resource attribute service.name equals this */
            serviceName?: string | null;
            /** @description The span name matches this glob (* any characters, ? one) */
            spanName?: string | null;
            /** @description A span (or else resource) attribute … */
            attributeKey?: string | null;
            /** @description … equals this value */
            attributeValue?: string | null;
        };
        NewOutput: {
            /** @description Your id for the output; a retry with the same id is idempotent */
            clientId: string;
            content?: string;
            /** Format: uri */
            link?: string;
            metadata?: {
                [key: string]: string | number | boolean | null;
            };
            /** @description An automated judge’s score in [0, 1], higher meaning a defect is more likely: at or above the standard’s judge threshold the output is sampled as flagged; the dashboard measures the judge against the reviews */
            judgeScore?: number;
        };
        NewOutputInput: {
            /** @description Your id for the output; a retry with the same id is idempotent */
            clientId: string;
            content?: string;
            /** Format: uri */
            link?: string;
            metadata?: {
                [key: string]: string | number | boolean | null;
            };
            /** @description An automated judge’s score in [0, 1], higher meaning a defect is more likely: at or above the standard’s judge threshold the output is sampled as flagged; the dashboard measures the judge against the reviews */
            judgeScore?: number;
        };
        NewPlanningRun: {
            /** @description First month of the horizon (default: the current month) */
            startMonth?: string;
            /** @default 12 */
            horizonMonths: number;
            /**
             * @description Discount per month of delay
             * @default 0.01
             */
            discountRate: number;
            /**
             * @description k: steps active at once per unit
             * @default 3
             */
            maxConcurrent: number;
            /** @default 5 */
            timeLimitSeconds: number;
            /**
             * @default {
             *       "confidence": 1
             *     }
             */
            weights: {
                /**
                 * @description Confidence counts as confidence^weight: 0 ignores it, 2 penalizes weak evidence more
                 * @default 1
                 */
                confidence: number;
            };
            /** @default {} */
            whatIf: {
                /** @description Whole monthly change capacity per org unit */
                capacities?: {
                    [key: string]: number;
                };
                maxConcurrent?: {
                    [key: string]: number;
                };
                /** @description Expected value per stage */
                values?: {
                    [key: string]: number;
                };
                /** @description Confidence per stage */
                confidences?: {
                    [key: string]: number;
                };
            };
        };
        NewPlanningRunInput: {
            /** @description First month of the horizon (default: the current month) */
            startMonth?: string;
            /** @default 12 */
            horizonMonths: number;
            /**
             * @description Discount per month of delay
             * @default 0.01
             */
            discountRate: number;
            /**
             * @description k: steps active at once per unit
             * @default 3
             */
            maxConcurrent: number;
            /** @default 5 */
            timeLimitSeconds: number;
            /**
             * @default {
             *       "confidence": 1
             *     }
             */
            weights: {
                /**
                 * @description Confidence counts as confidence^weight: 0 ignores it, 2 penalizes weak evidence more
                 * @default 1
                 */
                confidence: number;
            };
            /** @default {} */
            whatIf: {
                /** @description Whole monthly change capacity per org unit */
                capacities?: {
                    [key: string]: number;
                };
                maxConcurrent?: {
                    [key: string]: number;
                };
                /** @description Expected value per stage */
                values?: {
                    [key: string]: number;
                };
                /** @description Confidence per stage */
                confidences?: {
                    [key: string]: number;
                };
            };
        };
        NewQualityStandard: {
            criteria: components["schemas"]["Criterion"][];
            defectRule: components["schemas"]["DefectRule"];
            /** @description Escaped defects per output the standard allows (AOQL) */
            outgoingLimit: number;
            /**
             * @default segment
             * @enum {string}
             */
            limitScope: "segment" | "workflow";
            /**
             * @default adaptive
             * @enum {string}
             */
            policy: "adaptive" | "csp1" | "fixed-rate" | "full";
            /** @description Sampling fraction for csp1 and fixed-rate (default 0.1) */
            fraction?: number;
            /** @description Adaptive policy floor π_min (default 0.02) */
            floor?: number;
            /** @default [] */
            segmentKeys: string[];
            /** @default 8 */
            segmentCapacity: number;
            /** @description Judge score at or above which an output is stratified as flagged */
            judgeThreshold?: number | null;
            monitor?: {
                p0: number;
                p1: number;
                falseAlarmsPer100k: number;
            };
            /** @default 0.1 */
            doubleReviewFraction: number;
        };
        NewQualityStandardInput: {
            criteria: components["schemas"]["CriterionInput"][];
            defectRule: components["schemas"]["DefectRuleInput"];
            /** @description Escaped defects per output the standard allows (AOQL) */
            outgoingLimit: number;
            /**
             * @default segment
             * @enum {string}
             */
            limitScope: "segment" | "workflow";
            /**
             * @default adaptive
             * @enum {string}
             */
            policy: "adaptive" | "csp1" | "fixed-rate" | "full";
            /** @description Sampling fraction for csp1 and fixed-rate (default 0.1) */
            fraction?: number;
            /** @description Adaptive policy floor π_min (default 0.02) */
            floor?: number;
            /** @default [] */
            segmentKeys: string[];
            /** @default 8 */
            segmentCapacity: number;
            /** @description Judge score at or above which an output is stratified as flagged */
            judgeThreshold?: number | null;
            monitor?: {
                p0: number;
                p1: number;
                falseAlarmsPer100k: number;
            };
            /** @default 0.1 */
            doubleReviewFraction: number;
        };
        NewRetrospectiveVersion: {
            /** @description The version the edit started from (0 for the first save) */
            baseVersion: number;
            answers: {
                collaboration: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                conditions: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                sustainable: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                evolve: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
            };
        };
        NewRetrospectiveVersionInput: {
            /** @description The version the edit started from (0 for the first save) */
            baseVersion: number;
            answers: {
                collaboration: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                conditions: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                sustainable: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
                evolve: {
                    text: string;
                    /** @default [] */
                    links: {
                        /** @description application | workflow | quality_standard | core_element | scaling_package */
                        kind: string;
                        id: string;
                    }[];
                };
            };
        };
        NewStageTransition: {
            to: components["schemas"]["LifecycleStage"];
            reason: string;
            version: number;
        };
        NewStageTransitionInput: {
            to: components["schemas"]["LifecycleStageInput"];
            reason: string;
            version: number;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            body: string;
            link: string | null;
            entityType: string | null;
            entityId: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            body: string;
            link: string | null;
            entityType: string | null;
            entityId: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        OrgUnit: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            name: string;
            /** @enum {string} */
            kind: "division" | "department" | "team";
            headcount: number;
            /** @description The unit’s own capacity in change points; null = default */
            monthlyCapacity: number | null;
            /** @description The unit’s own capacity: monthlyCapacity, or 10 points × headcount */
            effectiveCapacity: number;
            /** @description The unit’s capacity with every unit under it (own effective capacity + sub-units’): the figure its load is compared with on the heatmap, in gates and in the optimizer */
            capacity: number;
            amberThreshold: number;
            redThreshold: number;
            /** Format: date-time */
            createdAt: string;
        };
        OrgUnitInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            name: string;
            /** @enum {string} */
            kind: "division" | "department" | "team";
            headcount: number;
            /** @description The unit’s own capacity in change points; null = default */
            monthlyCapacity: number | null;
            /** @description The unit’s own capacity: monthlyCapacity, or 10 points × headcount */
            effectiveCapacity: number;
            /** @description The unit’s capacity with every unit under it (own effective capacity + sub-units’): the figure its load is compared with on the heatmap, in gates and in the optimizer */
            capacity: number;
            amberThreshold: number;
            redThreshold: number;
            /** Format: date-time */
            createdAt: string;
        };
        OrgUnitMember: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "member" | "lead";
        };
        OrgUnitMemberInput: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "member" | "lead";
        };
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Days an output's content, link and metadata are kept before the retention job drops them (its decision, reviews and aggregates stay); null: kept forever */
            outputContentRetentionDays: number | null;
            /** @description Minutes a session may sit unused before it ends; null: the default, 14 days */
            sessionIdleMinutes: number | null;
            /** @description Minutes a session lasts from sign-in, however busy; null: the default, 14 days */
            sessionMaxMinutes: number | null;
        };
        OrganizationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Days an output's content, link and metadata are kept before the retention job drops them (its decision, reviews and aggregates stay); null: kept forever */
            outputContentRetentionDays: number | null;
            /** @description Minutes a session may sit unused before it ends; null: the default, 14 days */
            sessionIdleMinutes: number | null;
            /** @description Minutes a session lasts from sign-in, however busy; null: the default, 14 days */
            sessionMaxMinutes: number | null;
        };
        OrganizationRef: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        OrganizationRefInput: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        OtlpRoutingRule: {
            /** Format: uuid */
            id: string;
            position: number;
            /** Format: uuid */
            workflowId: string;
            serviceName: string | null;
            spanName: string | null;
            attributeKey: string | null;
            attributeValue: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        OtlpRoutingRuleInput: {
            /** Format: uuid */
            id: string;
            position: number;
            /** Format: uuid */
            workflowId: string;
            serviceName: string | null;
            spanName: string | null;
            attributeKey: string | null;
            attributeValue: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Output: {
            /** Format: uuid */
            id: string;
            clientId: string;
            /** @description Whether a person reviews this output: hold it in gate mode, or release and audit */
            review: boolean;
            /** @description Inclusion probability π the decision was drawn with */
            pi: number;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            standardVersion: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            workflowId: string;
            content: string | null;
            link: string | null;
            metadata: {
                [key: string]: unknown;
            };
            contentRemoved: components["schemas"]["ContentRemoved"];
            judgeScore: number | null;
            flagged: boolean;
            /** @description The verdict of its sampled or flagged review; null when not reviewed */
            defect: boolean | null;
            /** @description Promoted to a gold item for calibration */
            gold: boolean;
            reviewCount: number;
            /** @description Its reviews: all of them for leads and above, your own for others (second reviews are blind) */
            reviews: {
                /** @enum {string} */
                kind: "sampled" | "second" | "flagged";
                defect: boolean;
                comment: string;
                standardVersion: number;
                reviewer: string | null;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        OutputDecision: {
            /** Format: uuid */
            id: string;
            clientId: string;
            /** @description Whether a person reviews this output: hold it in gate mode, or release and audit */
            review: boolean;
            /** @description Inclusion probability π the decision was drawn with */
            pi: number;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            standardVersion: number;
            /** Format: date-time */
            createdAt: string;
            /** @description True when this client id was logged before; the stored decision is returned */
            duplicate: boolean;
        };
        OutputDecisionInput: {
            /** Format: uuid */
            id: string;
            clientId: string;
            /** @description Whether a person reviews this output: hold it in gate mode, or release and audit */
            review: boolean;
            /** @description Inclusion probability π the decision was drawn with */
            pi: number;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            standardVersion: number;
            /** Format: date-time */
            createdAt: string;
            /** @description True when this client id was logged before; the stored decision is returned */
            duplicate: boolean;
        };
        OutputInput: {
            /** Format: uuid */
            id: string;
            clientId: string;
            /** @description Whether a person reviews this output: hold it in gate mode, or release and audit */
            review: boolean;
            /** @description Inclusion probability π the decision was drawn with */
            pi: number;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            standardVersion: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            workflowId: string;
            content: string | null;
            link: string | null;
            metadata: {
                [key: string]: unknown;
            };
            contentRemoved: components["schemas"]["ContentRemovedInput"];
            judgeScore: number | null;
            flagged: boolean;
            /** @description The verdict of its sampled or flagged review; null when not reviewed */
            defect: boolean | null;
            /** @description Promoted to a gold item for calibration */
            gold: boolean;
            reviewCount: number;
            /** @description Its reviews: all of them for leads and above, your own for others (second reviews are blind) */
            reviews: {
                /** @enum {string} */
                kind: "sampled" | "second" | "flagged";
                defect: boolean;
                comment: string;
                standardVersion: number;
                reviewer: string | null;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        OutputSummary: {
            /** Format: uuid */
            id: string;
            clientId: string;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            pi: number;
            review: boolean;
            flagged: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description The verdict of its sampled or flagged review; null when not reviewed */
            defect: boolean | null;
            reviews: number;
            gold: boolean;
            excerpt: string | null;
        };
        OutputSummaryInput: {
            /** Format: uuid */
            id: string;
            clientId: string;
            segment: string;
            /** @enum {string} */
            status: "queued" | "second_review" | "reviewed" | "released";
            pi: number;
            review: boolean;
            flagged: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description The verdict of its sampled or flagged review; null when not reviewed */
            defect: boolean | null;
            reviews: number;
            gold: boolean;
            excerpt: string | null;
        };
        /** @enum {string} */
        Permission: "portfolio.read" | "portfolio.write" | "portfolio.review" | "portfolio.approve" | "portfolio.admin" | "decisions.read" | "decisions.write" | "decisions.review" | "decisions.approve" | "decisions.admin" | "quality.read" | "quality.write" | "quality.review" | "quality.approve" | "quality.admin" | "evidence.read" | "evidence.write" | "evidence.review" | "evidence.approve" | "evidence.admin" | "core_review.read" | "core_review.write" | "core_review.review" | "core_review.approve" | "core_review.admin" | "capacity.read" | "capacity.write" | "capacity.review" | "capacity.approve" | "capacity.admin" | "sequencing.read" | "sequencing.write" | "sequencing.review" | "sequencing.approve" | "sequencing.admin" | "learning.read" | "learning.write" | "learning.review" | "learning.approve" | "learning.admin" | "diagnostic.read" | "diagnostic.write" | "diagnostic.review" | "diagnostic.approve" | "diagnostic.admin" | "settings.read" | "settings.write" | "settings.review" | "settings.approve" | "settings.admin";
        /** @enum {string} */
        PermissionInput: "portfolio.read" | "portfolio.write" | "portfolio.review" | "portfolio.approve" | "portfolio.admin" | "decisions.read" | "decisions.write" | "decisions.review" | "decisions.approve" | "decisions.admin" | "quality.read" | "quality.write" | "quality.review" | "quality.approve" | "quality.admin" | "evidence.read" | "evidence.write" | "evidence.review" | "evidence.approve" | "evidence.admin" | "core_review.read" | "core_review.write" | "core_review.review" | "core_review.approve" | "core_review.admin" | "capacity.read" | "capacity.write" | "capacity.review" | "capacity.approve" | "capacity.admin" | "sequencing.read" | "sequencing.write" | "sequencing.review" | "sequencing.approve" | "sequencing.admin" | "learning.read" | "learning.write" | "learning.review" | "learning.approve" | "learning.admin" | "diagnostic.read" | "diagnostic.write" | "diagnostic.review" | "diagnostic.approve" | "diagnostic.admin" | "settings.read" | "settings.write" | "settings.review" | "settings.approve" | "settings.admin";
        PlanChangeResult: {
            request: {
                /** Format: uuid */
                id: string;
                status: string;
                tier: string;
                title: string;
            };
            applied: boolean;
            plan: components["schemas"]["ExpansionPlan"];
        };
        PlanChangeResultInput: {
            request: {
                /** Format: uuid */
                id: string;
                status: string;
                tier: string;
                title: string;
            };
            applied: boolean;
            plan: components["schemas"]["ExpansionPlanInput"];
        };
        PlanStage: {
            /** Format: uuid */
            id: string;
            position: number;
            name: string;
            /** @enum {string} */
            status: "planned" | "running" | "completed" | "rolled_back";
            durationMonths: number;
            changeLoad: number;
            expectedValue: number;
            criteria: {
                /** @enum {string} */
                kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                /** @default {} */
                params: {
                    [key: string]: number;
                };
            }[];
            startedAt: string | null;
            endedAt: string | null;
            units: {
                /** Format: uuid */
                orgUnitId: string;
                name: string;
                headcount: number;
                activeUsers: number | null;
                activeReportedAt: string | null;
            }[];
            dependsOn: {
                /** Format: uuid */
                stageId: string;
                stageName: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                status: string;
            }[];
        };
        PlanStageInput: {
            /** Format: uuid */
            id: string;
            position: number;
            name: string;
            /** @enum {string} */
            status: "planned" | "running" | "completed" | "rolled_back";
            durationMonths: number;
            changeLoad: number;
            expectedValue: number;
            criteria: {
                /** @enum {string} */
                kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                /** @default {} */
                params: {
                    [key: string]: number;
                };
            }[];
            startedAt: string | null;
            endedAt: string | null;
            units: {
                /** Format: uuid */
                orgUnitId: string;
                name: string;
                headcount: number;
                activeUsers: number | null;
                activeReportedAt: string | null;
            }[];
            dependsOn: {
                /** Format: uuid */
                stageId: string;
                stageName: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                status: string;
            }[];
        };
        PlanView: {
            /** @enum {string} */
            method: "optimizer" | "greedy";
            /** @enum {string} */
            status: "optimal" | "time-limit" | "greedy";
            value: number;
            bound: number | null;
            /** @description (bound − value) ÷ value; null for greedy */
            gap: number | null;
            solveMs: number | null;
            scheduled: {
                /** Format: uuid */
                stageId: string;
                /** @description Month index from the horizon start */
                startMonth: number;
                endMonth: number;
                startDate: string;
                /** @description Discounted value × confidence */
                value: number;
            }[];
            deferred: {
                /** Format: uuid */
                stageId: string;
                /** @enum {string} */
                kind: "capacity" | "concurrency" | "dependency" | "no-value" | "excluded";
                unitId: string | null;
                month: number | null;
                /** @description The binding reason as a sentence */
                reason: string;
            }[];
        };
        PlanViewInput: {
            /** @enum {string} */
            method: "optimizer" | "greedy";
            /** @enum {string} */
            status: "optimal" | "time-limit" | "greedy";
            value: number;
            bound: number | null;
            /** @description (bound − value) ÷ value; null for greedy */
            gap: number | null;
            solveMs: number | null;
            scheduled: {
                /** Format: uuid */
                stageId: string;
                /** @description Month index from the horizon start */
                startMonth: number;
                endMonth: number;
                startDate: string;
                /** @description Discounted value × confidence */
                value: number;
            }[];
            deferred: {
                /** Format: uuid */
                stageId: string;
                /** @enum {string} */
                kind: "capacity" | "concurrency" | "dependency" | "no-value" | "excluded";
                unitId: string | null;
                month: number | null;
                /** @description The binding reason as a sentence */
                reason: string;
            }[];
        };
        PlanningRecommendations: {
            /** @description null before the first optimizer run: then there are no steps yet */
            runId: string | null;
            createdAt: string | null;
            steps: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                /** @description YYYY-MM */
                startMonth: string;
                /** @description YYYY-MM-DD, the first day of the start month */
                startDate: string;
                value: number;
            }[];
            deferred: {
                /** Format: uuid */
                stageId: string;
                applicationName: string;
                stageName: string;
                reason: string;
            }[];
        };
        PlanningRecommendationsInput: {
            /** @description null before the first optimizer run: then there are no steps yet */
            runId: string | null;
            createdAt: string | null;
            steps: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                /** @description YYYY-MM */
                startMonth: string;
                /** @description YYYY-MM-DD, the first day of the start month */
                startDate: string;
                value: number;
            }[];
            deferred: {
                /** Format: uuid */
                stageId: string;
                applicationName: string;
                stageName: string;
                reason: string;
            }[];
        };
        PlanningRun: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            startMonth: string;
            parameters: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "optimal" | "time-limit";
            value: number;
            greedyValue: number;
            gap: number | null;
            solveMs: number;
            months: string[];
            discountRate: number;
            units: {
                /** Format: uuid */
                id: string;
                name: string;
                kind: string;
                /** @description Whole change capacity per month */
                capacity: number[];
                /** @description Load already committed per month */
                committed: number[];
                maxConcurrent: number;
                amberThreshold: number;
                redThreshold: number;
            }[];
            steps: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                planId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                position: number;
                /** @enum {string} */
                grade: "anecdote" | "before-after" | "controlled";
                gate: ("advance" | "hold" | "rework" | "roll_back") | null;
                expectedValue: number;
                confidence: number;
                durationMonths: number;
                changeLoad: number;
                unitIds: string[];
                /** @description Load per unit as the heatmap rolls it up: the change load on each target and on every unit above one (there not one of its concurrent changes); absent in runs stored before roll-up */
                loads?: {
                    /** Format: uuid */
                    unitId: string;
                    load: number;
                    concurrent: boolean;
                }[];
                earliestMonth: number;
                dependsOn: string[];
            }[];
            fixed: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                unitIds: string[];
                startMonth: number;
                endMonth: number;
                changeLoad: number;
            }[];
            excluded: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                reason: string;
            }[];
            optimizer: components["schemas"]["PlanView"];
            greedy: components["schemas"]["PlanView"];
        };
        PlanningRunInput: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            startMonth: string;
            parameters: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "optimal" | "time-limit";
            value: number;
            greedyValue: number;
            gap: number | null;
            solveMs: number;
            months: string[];
            discountRate: number;
            units: {
                /** Format: uuid */
                id: string;
                name: string;
                kind: string;
                /** @description Whole change capacity per month */
                capacity: number[];
                /** @description Load already committed per month */
                committed: number[];
                maxConcurrent: number;
                amberThreshold: number;
                redThreshold: number;
            }[];
            steps: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                planId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                position: number;
                /** @enum {string} */
                grade: "anecdote" | "before-after" | "controlled";
                gate: ("advance" | "hold" | "rework" | "roll_back") | null;
                expectedValue: number;
                confidence: number;
                durationMonths: number;
                changeLoad: number;
                unitIds: string[];
                /** @description Load per unit as the heatmap rolls it up: the change load on each target and on every unit above one (there not one of its concurrent changes); absent in runs stored before roll-up */
                loads?: {
                    /** Format: uuid */
                    unitId: string;
                    load: number;
                    concurrent: boolean;
                }[];
                earliestMonth: number;
                dependsOn: string[];
            }[];
            fixed: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                unitIds: string[];
                startMonth: number;
                endMonth: number;
                changeLoad: number;
            }[];
            excluded: {
                /** Format: uuid */
                stageId: string;
                /** Format: uuid */
                applicationId: string;
                applicationName: string;
                stageName: string;
                reason: string;
            }[];
            optimizer: components["schemas"]["PlanViewInput"];
            greedy: components["schemas"]["PlanViewInput"];
        };
        PlanningRunSummary: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            startMonth: string;
            parameters: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "optimal" | "time-limit";
            value: number;
            greedyValue: number;
            gap: number | null;
            solveMs: number;
        };
        PlanningRunSummaryInput: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            startMonth: string;
            parameters: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "optimal" | "time-limit";
            value: number;
            greedyValue: number;
            gap: number | null;
            solveMs: number;
        };
        PreapprovedPattern: {
            /** Format: uuid */
            id: string;
            name: string;
            decisionType: components["schemas"]["DecisionType"];
            applicationId: string | null;
            orgUnitId: string | null;
            maxTier: components["schemas"]["RiskTier"];
            payload: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
        };
        PreapprovedPatternInput: {
            /** Format: uuid */
            id: string;
            name: string;
            decisionType: components["schemas"]["DecisionTypeInput"];
            applicationId: string | null;
            orgUnitId: string | null;
            maxTier: components["schemas"]["RiskTierInput"];
            payload: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
            original?: {
                [key: string]: unknown;
            };
        };
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: components["schemas"]["FieldErrorInput"][];
            original?: {
                [key: string]: unknown;
            };
        };
        PulseRound: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closesAt: string;
            closedAt: string | null;
            open: boolean;
            linksIssued: number;
        };
        PulseRoundInput: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closesAt: string;
            closedAt: string | null;
            open: boolean;
            linksIssued: number;
        };
        PulseRoundResult: {
            /** Format: uuid */
            roundId: string;
            surveyName: string;
            /** Format: uuid */
            orgUnitId: string;
            /** Format: date-time */
            closedAt: string;
            linksIssued: number;
            /** @description True under 3 respondents: nothing of the group is shown, not even its size */
            suppressed: boolean;
            respondents: number | null;
            overall: number | null;
            items: {
                key: string;
                mean: number;
                counts: number[];
            }[] | null;
        };
        PulseRoundResultInput: {
            /** Format: uuid */
            roundId: string;
            surveyName: string;
            /** Format: uuid */
            orgUnitId: string;
            /** Format: date-time */
            closedAt: string;
            linksIssued: number;
            /** @description True under 3 respondents: nothing of the group is shown, not even its size */
            suppressed: boolean;
            respondents: number | null;
            overall: number | null;
            items: {
                key: string;
                mean: number;
                counts: number[];
            }[] | null;
        };
        PulseSurvey: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            unitName: string;
            name: string;
            items: {
                key: string;
                label: string;
            }[];
            cadenceDays: number;
            cooldownDays: number;
            /** @description Rounds open by themselves when due; each person gets a link in the inbox */
            autoRounds: boolean;
            /** @description How long an automatic round stays open */
            roundDays: number;
            /** Format: date-time */
            nextRoundDue: string;
            rounds: components["schemas"]["PulseRound"][];
            /** Format: date-time */
            createdAt: string;
        };
        PulseSurveyInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            unitName: string;
            name: string;
            items: {
                key: string;
                label: string;
            }[];
            cadenceDays: number;
            cooldownDays: number;
            /** @description Rounds open by themselves when due; each person gets a link in the inbox */
            autoRounds: boolean;
            /** @description How long an automatic round stays open */
            roundDays: number;
            /** Format: date-time */
            nextRoundDue: string;
            rounds: components["schemas"]["PulseRoundInput"][];
            /** Format: date-time */
            createdAt: string;
        };
        QualityEvidence: {
            hasStandard: boolean;
            reviewed: number;
            outgoingUpper: number | null;
            outgoingLimit: number | null;
            openAlarms: number;
        };
        QualityEvidenceInput: {
            hasStandard: boolean;
            reviewed: number;
            outgoingUpper: number | null;
            outgoingLimit: number | null;
            openAlarms: number;
        };
        QualityStandard: {
            version: number;
            criteria: components["schemas"]["Criterion"][];
            defectRule: components["schemas"]["DefectRule"];
            outgoingLimit: number;
            /** @enum {string} */
            limitScope: "segment" | "workflow";
            /** @enum {string} */
            policy: "adaptive" | "csp1" | "fixed-rate" | "full";
            fraction: number | null;
            floor: number | null;
            segmentKeys: string[];
            segmentCapacity: number;
            judgeThreshold: number | null;
            monitor: {
                p0: number;
                p1: number;
                falseAlarmsPer100k: number;
            };
            doubleReviewFraction: number;
            /** Format: date-time */
            createdAt: string;
        };
        QualityStandardInput: {
            version: number;
            criteria: components["schemas"]["CriterionInput"][];
            defectRule: components["schemas"]["DefectRuleInput"];
            outgoingLimit: number;
            /** @enum {string} */
            limitScope: "segment" | "workflow";
            /** @enum {string} */
            policy: "adaptive" | "csp1" | "fixed-rate" | "full";
            fraction: number | null;
            floor: number | null;
            segmentKeys: string[];
            segmentCapacity: number;
            judgeThreshold: number | null;
            monitor: {
                p0: number;
                p1: number;
                falseAlarmsPer100k: number;
            };
            doubleReviewFraction: number;
            /** Format: date-time */
            createdAt: string;
        };
        QualitySummary: {
            /** Format: uuid */
            workflowId: string;
            standardVersion: number | null;
            outgoingLimit: number | null;
            total: components["schemas"]["SegmentQuality"] | null;
            segments: components["schemas"]["SegmentQuality"][];
            cusum: {
                segment: string;
                points: {
                    /** Format: date-time */
                    at: string;
                    value: number;
                }[];
            }[];
            threshold: number | null;
            alarms: components["schemas"]["Alarm"][];
            agreement: {
                pairs: number;
                kappa: number | null;
                observed: number | null;
            } | null;
            /** @description The adaptive policy’s qualification start (null for other policies) */
            qualification: {
                /** @description Clean outputs each segment is reviewed in full for at the start */
                run: number;
                segments: {
                    segment: string;
                    /** @description Outputs still reviewed in full before it qualifies */
                    remaining: number;
                    qualified: boolean;
                }[];
            } | null;
            /** @description The drift monitor’s promise and what it should deliver, side by side (null without a monitor) */
            monitor: {
                /** @description The false-alarm budget the standard states, per 100k outputs */
                promisedPer100k: number;
                /** @description False alarms per 100k outputs the charts give at the policy’s real in-control review rate */
                expectedPer100k: number;
                /** @description That review rate (simulated for the adaptive policy) */
                reviewRate: number;
            } | null;
        };
        QualitySummaryInput: {
            /** Format: uuid */
            workflowId: string;
            standardVersion: number | null;
            outgoingLimit: number | null;
            total: components["schemas"]["SegmentQualityInput"] | null;
            segments: components["schemas"]["SegmentQualityInput"][];
            cusum: {
                segment: string;
                points: {
                    /** Format: date-time */
                    at: string;
                    value: number;
                }[];
            }[];
            threshold: number | null;
            alarms: components["schemas"]["AlarmInput"][];
            agreement: {
                pairs: number;
                kappa: number | null;
                observed: number | null;
            } | null;
            /** @description The adaptive policy’s qualification start (null for other policies) */
            qualification: {
                /** @description Clean outputs each segment is reviewed in full for at the start */
                run: number;
                segments: {
                    segment: string;
                    /** @description Outputs still reviewed in full before it qualifies */
                    remaining: number;
                    qualified: boolean;
                }[];
            } | null;
            /** @description The drift monitor’s promise and what it should deliver, side by side (null without a monitor) */
            monitor: {
                /** @description The false-alarm budget the standard states, per 100k outputs */
                promisedPer100k: number;
                /** @description False alarms per 100k outputs the charts give at the policy’s real in-control review rate */
                expectedPer100k: number;
                /** @description That review rate (simulated for the adaptive policy) */
                reviewRate: number;
            } | null;
        };
        QueueCalibrationFirst: {
            /** @constant */
            state: "calibration-required";
            detail: string;
        };
        QueueCalibrationFirstInput: {
            /** @constant */
            state: "calibration-required";
            detail: string;
        };
        QueueItem: {
            output: {
                /** Format: uuid */
                id: string;
                clientId: string;
                content: string | null;
                link: string | null;
                metadata: {
                    [key: string]: unknown;
                };
                contentRemoved: components["schemas"]["ContentRemoved"];
                segment: string;
                /** Format: date-time */
                createdAt: string;
            };
            /** @enum {string} */
            kind: "sampled" | "second" | "flagged";
            /** Format: date-time */
            claimExpiresAt: string;
            standard: {
                version: number;
                criteria: unknown[];
            } & {
                [key: string]: unknown;
            };
        };
        QueueItemInput: {
            output: {
                /** Format: uuid */
                id: string;
                clientId: string;
                content: string | null;
                link: string | null;
                metadata: {
                    [key: string]: unknown;
                };
                contentRemoved: components["schemas"]["ContentRemovedInput"];
                segment: string;
                /** Format: date-time */
                createdAt: string;
            };
            /** @enum {string} */
            kind: "sampled" | "second" | "flagged";
            /** Format: date-time */
            claimExpiresAt: string;
            standard: {
                version: number;
                criteria: unknown[];
            } & {
                [key: string]: unknown;
            };
        };
        ReadinessRating: {
            rating: number;
            note: string;
        };
        ReadinessRatingInput: {
            rating: number;
            note: string;
        };
        RecordedMeasurement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            metricId: string;
            /** @enum {string} */
            window: "baseline" | "pilot";
            /** @enum {string} */
            group: "pilot" | "comparison";
            /** Format: date */
            measuredOn: string;
            value: number;
            total: number | null;
            note: string;
            clientId: string | null;
            /** @enum {string} */
            source: "entered" | "imported" | "api";
            /** Format: date-time */
            createdAt: string;
            /** @description True when this client id was recorded before; the stored one is returned */
            duplicate: boolean;
        };
        RecordedMeasurementInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            metricId: string;
            /** @enum {string} */
            window: "baseline" | "pilot";
            /** @enum {string} */
            group: "pilot" | "comparison";
            /** Format: date */
            measuredOn: string;
            value: number;
            total: number | null;
            note: string;
            clientId: string | null;
            /** @enum {string} */
            source: "entered" | "imported" | "api";
            /** Format: date-time */
            createdAt: string;
            /** @description True when this client id was recorded before; the stored one is returned */
            duplicate: boolean;
        };
        Retrospective: {
            /** Format: uuid */
            applicationId: string;
            version: number;
            answers: {
                collaboration: {
                    text: string;
                    links: components["schemas"]["EvidenceLink"][];
                };
                conditions: {
                    text: string;
                    links: components["schemas"]["EvidenceLink"][];
                };
                sustainable: {
                    text: string;
                    links: components["schemas"]["EvidenceLink"][];
                };
                evolve: {
                    text: string;
                    links: components["schemas"]["EvidenceLink"][];
                };
            };
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        RetrospectiveInput: {
            /** Format: uuid */
            applicationId: string;
            version: number;
            answers: {
                collaboration: {
                    text: string;
                    links: components["schemas"]["EvidenceLinkInput"][];
                };
                conditions: {
                    text: string;
                    links: components["schemas"]["EvidenceLinkInput"][];
                };
                sustainable: {
                    text: string;
                    links: components["schemas"]["EvidenceLinkInput"][];
                };
                evolve: {
                    text: string;
                    links: components["schemas"]["EvidenceLinkInput"][];
                };
            };
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        RetrospectiveState: {
            questions: {
                /** @enum {string} */
                key: "collaboration" | "conditions" | "sustainable" | "evolve";
                label: string;
            }[];
            current: components["schemas"]["Retrospective"] | null;
            versions: components["schemas"]["RetrospectiveVersion"][];
        };
        RetrospectiveStateInput: {
            questions: {
                /** @enum {string} */
                key: "collaboration" | "conditions" | "sustainable" | "evolve";
                label: string;
            }[];
            current: components["schemas"]["RetrospectiveInput"] | null;
            versions: components["schemas"]["RetrospectiveVersionInput"][];
        };
        RetrospectiveVersion: {
            version: number;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        RetrospectiveVersionInput: {
            version: number;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
        };
        ReviewResult: {
            /** Format: uuid */
            id: string;
            defect: boolean;
            score: number | null;
            failedCritical: string[];
            failedMinor: string[];
            alarmsRaised: number;
        };
        ReviewResultInput: {
            /** Format: uuid */
            id: string;
            defect: boolean;
            score: number | null;
            failedCritical: string[];
            failedMinor: string[];
            alarmsRaised: number;
        };
        /** @enum {string} */
        RiskTier: "low" | "medium" | "high";
        /** @enum {string} */
        RiskTierInput: "low" | "medium" | "high";
        /** @enum {string} */
        Role: "owner" | "admin" | "lead" | "reviewer" | "contributor" | "viewer";
        RoleCatalog: {
            capabilities: string[];
            actions: string[];
            builtIn: {
                role: components["schemas"]["Role"];
                permissions: string[];
            }[];
            custom: components["schemas"]["CustomRole"][];
        };
        RoleCatalogInput: {
            capabilities: string[];
            actions: string[];
            builtIn: {
                role: components["schemas"]["RoleInput"];
                permissions: string[];
            }[];
            custom: components["schemas"]["CustomRoleInput"][];
        };
        /** @enum {string} */
        RoleInput: "owner" | "admin" | "lead" | "reviewer" | "contributor" | "viewer";
        SaturationCheck: {
            /** Format: uuid */
            orgUnitId: string;
            /** @description False when some month goes above the red threshold */
            fits: boolean;
            worstStatus: components["schemas"]["CapacityStatus"];
            /** @description Change points above the red line in the worst month */
            maxOvershoot: number;
            worstMonth: string | null;
            months: {
                month: string;
                existingLoad: number;
                addedLoad: number;
                projectedLoad: number;
                capacity: number;
                ratio: number | null;
                status: components["schemas"]["CapacityStatus"];
                overshoot: number;
            }[];
        };
        SaturationCheckInput: {
            /** Format: uuid */
            orgUnitId: string;
            /** @description False when some month goes above the red threshold */
            fits: boolean;
            worstStatus: components["schemas"]["CapacityStatusInput"];
            /** @description Change points above the red line in the worst month */
            maxOvershoot: number;
            worstMonth: string | null;
            months: {
                month: string;
                existingLoad: number;
                addedLoad: number;
                projectedLoad: number;
                capacity: number;
                ratio: number | null;
                status: components["schemas"]["CapacityStatusInput"];
                overshoot: number;
            }[];
        };
        SavedView: {
            /** Format: uuid */
            id: string;
            name: string;
            filters: components["schemas"]["ApplicationFilters"];
            shared: boolean;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SavedViewInput: {
            /** Format: uuid */
            id: string;
            name: string;
            filters: components["schemas"]["ApplicationFiltersInput"];
            shared: boolean;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ScalingPackage: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            version: number;
            /** @description No element changed since it was generated */
            current: boolean;
            /** Format: date-time */
            createdAt: string;
            content: {
                application: {
                    id: string;
                    name: string;
                    stage: string;
                };
                version: number;
                generatedAt: string;
                generatedBy: string;
                core: {
                    carryForward: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPosition"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    reengineer: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPosition"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    retest: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPosition"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    leaveBehind: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPosition"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    unplaced: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPosition"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    heroicHoursToReplace: number;
                    hiddenHoursTotal: number;
                    hoursByCarrier: {
                        carriedBy: string;
                        hoursPerWeek: number;
                    }[];
                    borderlineCount: number;
                };
                retrospective: {
                    version: number;
                    answers: {
                        [key: string]: {
                            text: string;
                            links: components["schemas"]["EvidenceLink"][];
                        };
                    };
                } | null;
            };
        };
        ScalingPackageInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            version: number;
            /** @description No element changed since it was generated */
            current: boolean;
            /** Format: date-time */
            createdAt: string;
            content: {
                application: {
                    id: string;
                    name: string;
                    stage: string;
                };
                version: number;
                generatedAt: string;
                generatedBy: string;
                core: {
                    carryForward: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPositionInput"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    reengineer: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPositionInput"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    retest: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPositionInput"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    leaveBehind: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPositionInput"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    unplaced: {
                        id: string;
                        /** @enum {string} */
                        kind: "practice" | "workflow_step" | "role" | "tool" | "condition";
                        name: string;
                        description: string;
                        position: components["schemas"]["BoardPositionInput"] | null;
                        hiddenHoursPerWeek: number;
                        carriedBy: string;
                        /** @enum {string} */
                        recommendation?: "scale" | "systematize_first" | "retest" | "leave_behind";
                        borderline?: boolean;
                    }[];
                    heroicHoursToReplace: number;
                    hiddenHoursTotal: number;
                    hoursByCarrier: {
                        carriedBy: string;
                        hoursPerWeek: number;
                    }[];
                    borderlineCount: number;
                };
                retrospective: {
                    version: number;
                    answers: {
                        [key: string]: {
                            text: string;
                            links: components["schemas"]["EvidenceLinkInput"][];
                        };
                    };
                } | null;
            };
        };
        ScimToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ScimTokenInput: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        SearchHit: {
            kind: string;
            entityId: string;
            /** @description The title in parts; matched words are marked */
            title: components["schemas"]["SnippetPart"][];
            /** @description The best fragments of the body in parts; render as text */
            snippet: components["schemas"]["SnippetPart"][];
            tags: string[];
            link: string;
            rank: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SearchHitInput: {
            kind: string;
            entityId: string;
            /** @description The title in parts; matched words are marked */
            title: components["schemas"]["SnippetPartInput"][];
            /** @description The best fragments of the body in parts; render as text */
            snippet: components["schemas"]["SnippetPartInput"][];
            tags: string[];
            link: string;
            rank: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SegmentQuality: {
            segment: string;
            outputs: number;
            selected: number;
            pendingReviews: number;
            reviewed: number;
            defectsFound: number;
            /** @description Share of outputs selected for review */
            effort: number;
            /** @description Hájek estimate with a Fay–Feuer 95% interval */
            defectRate: {
                estimate: number;
                lower: number;
                upper: number;
            } | null;
            /** @description Horvitz–Thompson estimate with a Fay–Feuer 95% interval, intersected with [0, unreviewed] */
            escapedDefects: {
                estimate: number;
                lower: number;
                upper: number;
            };
            /** @description Escaped defects ÷ decided outputs, in [0, 1] */
            outgoingRate: {
                estimate: number;
                lower: number;
                upper: number;
            } | null;
            /** @description Estimated escapes ÷ what the outgoing limit allows so far */
            budgetUsed: number;
            /** @description Decided outputs nobody reviewed: the most defects that can have escaped */
            unreviewed: number;
            /** @description Sampled reviews needed before the estimates are shown as figures */
            minimumReviews: number;
            /** @description Whether `reviewed` reaches `minimumReviews`; below it the dashboard says “not enough reviews yet” */
            enoughReviews: boolean;
        };
        SegmentQualityInput: {
            segment: string;
            outputs: number;
            selected: number;
            pendingReviews: number;
            reviewed: number;
            defectsFound: number;
            /** @description Share of outputs selected for review */
            effort: number;
            /** @description Hájek estimate with a Fay–Feuer 95% interval */
            defectRate: {
                estimate: number;
                lower: number;
                upper: number;
            } | null;
            /** @description Horvitz–Thompson estimate with a Fay–Feuer 95% interval, intersected with [0, unreviewed] */
            escapedDefects: {
                estimate: number;
                lower: number;
                upper: number;
            };
            /** @description Escaped defects ÷ decided outputs, in [0, 1] */
            outgoingRate: {
                estimate: number;
                lower: number;
                upper: number;
            } | null;
            /** @description Estimated escapes ÷ what the outgoing limit allows so far */
            budgetUsed: number;
            /** @description Decided outputs nobody reviewed: the most defects that can have escaped */
            unreviewed: number;
            /** @description Sampled reviews needed before the estimates are shown as figures */
            minimumReviews: number;
            /** @description Whether `reviewed` reaches `minimumReviews`; below it the dashboard says “not enough reviews yet” */
            enoughReviews: boolean;
        };
        SelfAssessmentInput: {
            /** @description Every question key answered 1–5: dm_rights, dm_routine, dm_criteria, q_standards, q_effort, q_drift, ca_load, ca_pace, ca_voice, li_experiments, li_sharing, li_ideas */
            answers: {
                [key: string]: number;
            };
        };
        SelfAssessmentInputInput: {
            /** @description Every question key answered 1–5: dm_rights, dm_routine, dm_criteria, q_standards, q_effort, q_drift, ca_load, ca_pace, ca_voice, li_experiments, li_sharing, li_ideas */
            answers: {
                [key: string]: number;
            };
        };
        Session: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                organization: components["schemas"]["OrganizationRef"];
                role: components["schemas"]["Role"];
                customRole?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    permissions: string[];
                };
            }[];
            csrfToken: string;
        };
        SessionInput: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                organization: components["schemas"]["OrganizationRefInput"];
                role: components["schemas"]["RoleInput"];
                customRole?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    permissions: string[];
                };
            }[];
            csrfToken: string;
        };
        SnippetPart: {
            text: string;
            match: boolean;
        };
        SnippetPartInput: {
            text: string;
            match: boolean;
        };
        SsoProvider: {
            displayName: string;
            issuer: string;
            clientId: string;
            /** @constant */
            clientSecretSet: true;
            clientSecretEncrypted: boolean;
            scopes: string;
            rolesClaim: string | null;
            roleMapping: {
                claimValue: string;
                /** @enum {string} */
                role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            }[];
            /** @enum {string} */
            defaultRole: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            allowedDomains: string[];
            enabled: boolean;
            passwordsDisabled: boolean;
            redirectUri: string;
            loginUrl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SsoProviderInput: {
            displayName: string;
            issuer: string;
            clientId: string;
            /** @constant */
            clientSecretSet: true;
            clientSecretEncrypted: boolean;
            scopes: string;
            rolesClaim: string | null;
            roleMapping: {
                claimValue: string;
                /** @enum {string} */
                role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            }[];
            /** @enum {string} */
            defaultRole: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            allowedDomains: string[];
            enabled: boolean;
            passwordsDisabled: boolean;
            redirectUri: string;
            loginUrl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SsoSettings: {
            displayName: string;
            issuer: unknown;
            clientId: string;
            clientSecret?: string;
            /** @default openid email profile */
            scopes: string;
            /** @default null */
            rolesClaim: string | null;
            /** @default [] */
            roleMapping: {
                claimValue: string;
                /** @enum {string} */
                role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            }[];
            /**
             * @default viewer
             * @enum {string}
             */
            defaultRole: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            /** @default [] */
            allowedDomains: string[];
            /** @default true */
            enabled: boolean;
            /** @default false */
            passwordsDisabled: boolean;
        };
        SsoSettingsInput: {
            displayName: string;
            /** Format: uri */
            issuer: string;
            clientId: string;
            clientSecret?: string;
            /** @default openid email profile */
            scopes: string;
            /** @default null */
            rolesClaim: string | null;
            /** @default [] */
            roleMapping: {
                claimValue: string;
                /** @enum {string} */
                role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            }[];
            /**
             * @default viewer
             * @enum {string}
             */
            defaultRole: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
            /** @default [] */
            allowedDomains: string[];
            /** @default true */
            enabled: boolean;
            /** @default false */
            passwordsDisabled: boolean;
        };
        SsoTestResult: {
            issuer: string;
            authorizationEndpoint: string;
            tokenEndpoint: string;
            userinfoEndpoint: string | null;
            warnings: string[];
        };
        SsoTestResultInput: {
            issuer: string;
            authorizationEndpoint: string;
            tokenEndpoint: string;
            userinfoEndpoint: string | null;
            warnings: string[];
        };
        StageTransition: {
            /** Format: uuid */
            id: string;
            from: components["schemas"]["LifecycleStage"];
            to: components["schemas"]["LifecycleStage"];
            reason: string;
            actor: {
                /** @enum {string} */
                type: "user" | "token" | "system";
                id: string | null;
                name: string;
            };
            /** Format: date-time */
            occurredAt: string;
        };
        StageTransitionInput: {
            /** Format: uuid */
            id: string;
            from: components["schemas"]["LifecycleStageInput"];
            to: components["schemas"]["LifecycleStageInput"];
            reason: string;
            actor: {
                /** @enum {string} */
                type: "user" | "token" | "system";
                id: string | null;
                name: string;
            };
            /** Format: date-time */
            occurredAt: string;
        };
        StageValueDefault: {
            hoursPerMonth: number | null;
            basis: string;
        };
        StageValueDefaultInput: {
            hoursPerMonth: number | null;
            basis: string;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            /**
             * @description standard: Trellis’s JSON, signed (Standard Webhooks); slack: a Slack incoming-webhook URL (Block Kit messages); teams: a Microsoft Teams incoming-webhook or Workflows URL (Adaptive Cards)
             * @enum {string}
             */
            kind: "standard" | "slack" | "teams";
            /** @description The endpoint of a standard webhook; for Slack and Teams (whose URL is a secret) only its host and last four characters */
            url: string;
            events: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            event: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            payload: {
                [key: string]: unknown;
            };
        };
        WebhookDeliveryInput: {
            /** Format: uuid */
            id: string;
            event: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            payload: {
                [key: string]: unknown;
            };
        };
        WebhookInput: {
            /** Format: uuid */
            id: string;
            /**
             * @description standard: Trellis’s JSON, signed (Standard Webhooks); slack: a Slack incoming-webhook URL (Block Kit messages); teams: a Microsoft Teams incoming-webhook or Workflows URL (Adaptive Cards)
             * @enum {string}
             */
            kind: "standard" | "slack" | "teams";
            /** @description The endpoint of a standard webhook; for Slack and Teams (whose URL is a secret) only its host and last four characters */
            url: string;
            events: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Workflow: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            standard: components["schemas"]["QualityStandard"] | null;
        };
        WorkflowInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** Format: date-time */
            createdAt: string;
            standard: components["schemas"]["QualityStandardInput"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needed: boolean;
                    };
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "the-one-time-setup-token",
                 *       "organizationName": "City of Northfield",
                 *       "name": "Ada Jansen",
                 *       "email": "ada.jansen@northfield.example",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": {
                    token: string;
                    organizationName: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada.jansen@northfield.example",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request does not match the operation: `errors` names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the caller's role, or a session's write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: components["schemas"]["SsoProvider"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSettingsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoProvider"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoTestResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSsoSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organization: {
                            id: string;
                            name: string;
                            slug: string;
                        };
                        displayName: string;
                        passwordsDisabled: boolean;
                        startUrl: string;
                    };
                };
            };
            /** @description The request does not match the operation: `errors` names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSsoSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the operation: `errors` names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSsoSignIn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path: {
                orgSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the operation: `errors` names each field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CurrentOrganization"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentOrganization"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the caller's role, or a session's write without X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentOrganization"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Days an output's content is kept (1 to 36500); null keeps it forever */
                    outputContentRetentionDays?: number | null;
                    /** @description Minutes a session may sit unused (5 to 20160); null: the default, 14 days */
                    sessionIdleMinutes?: number | null;
                    /** @description Minutes a session lasts from sign-in (5 to 20160); null: the default, 14 days */
                    sessionMaxMinutes?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentOrganization"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: components["schemas"]["RoleInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleCatalog"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                    permissions: components["schemas"]["PermissionInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomRole"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    permissions?: components["schemas"]["PermissionInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomRole"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMemberCustomRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customRoleId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        role: components["schemas"]["Role"];
                        customRole: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam.okafor@northfield.example",
                 *       "role": "reviewer"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    role: components["schemas"]["RoleInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: components["schemas"]["Invitation"];
                        url: string;
                        /** @description Whether the link also went to the invitee by e-mail (SMTP configured) */
                        emailed: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvitationLookup: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        organizationName: string;
                        role: components["schemas"]["Role"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Letter generator ingestion",
                 *       "role": "contributor",
                 *       "expiresAt": "2027-06-30T00:00:00Z"
                 *     }
                 */
                "application/json": {
                    name: string;
                    role?: components["schemas"]["RoleInput"];
                    /**
                     * Format: uuid
                     * @description One of the organization's custom roles instead (e.g. quality.write alone for an ingestion token)
                     */
                    customRoleId?: string;
                    /** Format: date-time */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["ApiToken"];
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Directory"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDirectoryToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["ScimToken"];
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDirectoryToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDirectoryMapping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupName: string;
                    /** @enum {string} */
                    role: "admin" | "lead" | "reviewer" | "contributor" | "viewer";
                    orgUnitId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupMapping"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDirectoryMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                action?: string;
                entityType?: string;
                entityId?: string;
                actorId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                format?: "csv" | "jsonl";
                action?: string;
                entityType?: string;
                entityId?: string;
                actorId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                    "application/x-ndjson": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                    "application/x-ndjson": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                    "application/x-ndjson": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Workflow"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Permit letters",
                 *       "description": "Letters drafted by the model and sent after sampling review."
                 *     }
                 */
                "application/json": {
                    name: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflowStandards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QualityStandard"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkflowStandard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "criteria": [
                 *         {
                 *           "key": "accurate",
                 *           "label": "Facts match the source documents",
                 *           "kind": "pass_fail",
                 *           "severity": "critical"
                 *         },
                 *         {
                 *           "key": "tone",
                 *           "label": "Tone fits a citizen letter",
                 *           "kind": "scale",
                 *           "severity": "minor",
                 *           "levels": [
                 *             "Hostile",
                 *             "Curt",
                 *             "Neutral",
                 *             "Friendly",
                 *             "Warm and clear"
                 *           ],
                 *           "passLevel": 3
                 *         }
                 *       ],
                 *       "defectRule": {
                 *         "kind": "any_critical_fail"
                 *       },
                 *       "outgoingLimit": 0.02,
                 *       "limitScope": "segment",
                 *       "policy": "adaptive",
                 *       "segmentKeys": [
                 *         "channel"
                 *       ],
                 *       "segmentCapacity": 8,
                 *       "doubleReviewFraction": 0.1
                 *     }
                 */
                "application/json": components["schemas"]["NewQualityStandardInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityStandard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflowOutputs: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "queued" | "second_review" | "reviewed" | "released";
                segment?: string;
                flagged?: "true" | "false";
                defect?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutputSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkflowOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "letter-2026-000417",
                 *       "content": "Dear Ms Jansen, your application for a parking permit has been approved…",
                 *       "metadata": {
                 *         "channel": "letter",
                 *         "language": "en"
                 *       },
                 *       "judgeScore": 0.12
                 *     }
                 */
                "application/json": components["schemas"]["NewOutputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutputDecision"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutputDecision"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkflowOutputBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outputs": [
                 *         {
                 *           "clientId": "letter-2026-000417",
                 *           "content": "Dear Ms Jansen, your application for a parking permit has been approved…",
                 *           "metadata": {
                 *             "channel": "letter",
                 *             "language": "en"
                 *           },
                 *           "judgeScore": 0.12
                 *         },
                 *         {
                 *           "clientId": "letter-2026-000418",
                 *           "link": "https://cases.northfield.example/418"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    outputs: components["schemas"]["NewOutputInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutputDecision"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Output"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowOutputByClientId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Output"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendOutputFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating?: number;
                    /** @default false */
                    flag?: boolean;
                    comment?: string;
                    pullIntoQueue?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        pulledIntoQueue: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimNextQueueItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItem"] | components["schemas"]["QueueCalibrationFirst"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOutputReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "accurate": true,
                 *         "tone": 4
                 *       },
                 *       "comment": "Correct permit number; a little formal.",
                 *       "timeSpentMs": 95000
                 *     }
                 */
                "application/json": {
                    answers: {
                        [key: string]: boolean | number;
                    };
                    comment?: string;
                    timeSpentMs: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clearAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alarm"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markOutputGold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        outputId: string;
                        defect: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowCalibration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        goldItems: number;
                        required: number;
                        reviewers: {
                            /** Format: uuid */
                            reviewerId: string;
                            name: string;
                            /** @enum {string} */
                            latestStatus: "not_started" | "open" | "passed" | "failed";
                            latestCorrect: number | null;
                            latestTotal: number;
                            sensitivity: {
                                estimate: number | null;
                                lower: number;
                                upper: number;
                            };
                            specificity: {
                                estimate: number | null;
                                lower: number;
                                upper: number;
                            };
                            judged: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCalibrationRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationRound"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCalibrationRoundJudgment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    goldItemId: string;
                    answers: {
                        [key: string]: boolean | number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationRound"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowJudgeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeAgreement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOtlpRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OtlpRoutingRule"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOtlpRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: components["schemas"]["NewOtlpRoutingRuleInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OtlpRoutingRule"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.northfield.example/trellis",
                 *       "events": [
                 *         "alarm.raised",
                 *         "gate.decided"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: uri */
                    url: string;
                    /**
                     * @description standard: Trellis’s JSON, signed (Standard Webhooks); slack: a Slack incoming-webhook URL (Block Kit messages); teams: a Microsoft Teams incoming-webhook or Workflows URL (Adaptive Cards)
                     * @default standard
                     * @enum {string}
                     */
                    kind?: "standard" | "slack" | "teams";
                    /**
                     * @default [
                     *       "*"
                     *     ]
                     */
                    events?: ("*" | "alarm.raised" | "alarm.cleared" | "decision.requested" | "decision.reminded" | "decision.approved" | "decision.rejected" | "decision.escalated" | "unit.red" | "insight.confirmed" | "gate.decided" | "output.reviewed" | "digest.weekly" | "webhook.ping")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        /** @description The signing secret of a standard webhook; null for Slack and Teams */
                        secret: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreferences"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMailPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kinds: {
                        digest?: boolean;
                        pulse?: boolean;
                        decision_request?: boolean;
                        decision_reminder?: boolean;
                        decision_escalation?: boolean;
                        drift_alarm?: boolean;
                        gate_decision?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreferences"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "sent" | "failed";
                kind?: "digest" | "pulse" | "password_reset" | "account_notice" | "invitation" | "decision_request" | "decision_reminder" | "decision_escalation" | "drift_alarm" | "gate_decision";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EmailDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrgUnits: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrgUnit"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Licensing",
                 *       "kind": "department",
                 *       "parentId": null,
                 *       "headcount": 42
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "division" | "department" | "team";
                    parentId?: string | null;
                    headcount?: number;
                    monthlyCapacity?: number | null;
                    amberThreshold?: number;
                    redThreshold?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description Must stay below its parent’s kind and above its sub-units’ (division → department → team)
                     * @enum {string}
                     */
                    kind?: "division" | "department" | "team";
                    /** @description Move the unit under another one; null = top level */
                    parentId?: string | null;
                    headcount?: number;
                    monthlyCapacity?: number | null;
                    amberThreshold?: number;
                    redThreshold?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrgUnitMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrgUnitMember"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOrgUnitMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "member" | "lead";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgUnitMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgUnitAbsorption: {
        parameters: {
            query: {
                from: string;
                months?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AbsorptionScore"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapacityHeatmap: {
        parameters: {
            query: {
                from: string;
                months?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityHeatmap"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCapacityHeatmapCell: {
        parameters: {
            query: {
                orgUnitId: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** Format: uuid */
                            orgUnitId: string;
                            unitName: string;
                            source: string;
                            aspects: {
                                [key: string]: number;
                            };
                            peopleAffected: number;
                            startDate: string;
                            endDate: string;
                            load: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkCapacitySaturation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    orgUnitId: string;
                    aspects: components["schemas"]["ChangeAspectsInput"];
                    peopleAffected: number;
                    startDate: string;
                    endDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaturationCheck"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChangeImpacts: {
        parameters: {
            query?: {
                orgUnitId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeImpact"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChangeImpact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewChangeImpactInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeImpact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importChangeImpacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: components["schemas"]["NewChangeImpactInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeImpact"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChangeImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPulseSurveys: {
        parameters: {
            query?: {
                orgUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PulseSurvey"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPulseSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    orgUnitId: string;
                    name: string;
                    items?: {
                        key: string;
                        label: string;
                    }[];
                    /** @default 30 */
                    cadenceDays?: number;
                    /** @default 21 */
                    cooldownDays?: number;
                    /** @default false */
                    autoRounds?: boolean;
                    /** @default 7 */
                    roundDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseSurvey"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePulseSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    autoRounds?: boolean;
                    roundDays?: number;
                    cadenceDays?: number;
                    cooldownDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseSurvey"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPulseSurveyRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 14 */
                    closesInDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: components["schemas"]["PulseRound"];
                        /** @description People sent their own link */
                        invited: number;
                        /** @description Of them, also by e-mail */
                        emailed: number;
                        skippedForCooldown: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closePulseRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseRound"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPulseSurveyResults: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rounds: components["schemas"]["PulseRoundResult"][];
                        pooled: {
                            /** @description True under 3 respondents: nothing of the group is shown, not even its size */
                            suppressed: boolean;
                            respondents: number | null;
                            overall: number | null;
                            items: {
                                key: string;
                                mean: number;
                                counts: number[];
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPulseSurveyResults: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgUnitPulseTrend: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PulseRoundResult"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPulseForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "the-token-from-the-pulse-link"
                 *     }
                 */
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        surveyName: string;
                        unitName: string;
                        items: {
                            key: string;
                            label: string;
                        }[];
                        /** Format: date-time */
                        closesAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerPulse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "the-token-from-the-pulse-link",
                 *       "answers": {
                 *         "load": 3,
                 *         "clarity": 4
                 *       }
                 *     }
                 */
                "application/json": {
                    token: string;
                    answers: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChangeNotes: {
        parameters: {
            query?: {
                orgUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeNote"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChangeNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orgUnitId": "3f1c2a9e-5b7d-4e8f-9a01-2b3c4d5e6f70",
                 *       "title": "Permit letters are now drafted by the model",
                 *       "body": "From 1 March every permit letter is drafted by the model and one in ten is reviewed before it is sent."
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    orgUnitId: string;
                    title: string;
                    body: string;
                    changeImpactId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeNote"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyChangeNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeNote"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeChangeNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationEvidence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEvidenceMetricInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceMetric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricEvidence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMetricWindows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceWindowsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceMetric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMetricMeasurements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Measurement"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMetricMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMeasurementInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMeasurement"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMeasurement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMetricMeasurementBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    measurements: components["schemas"]["NewBatchMeasurementInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecordedMeasurement"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importMetricMeasurements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementImport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationRetrospective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrospectiveState"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationRetrospectiveVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retrospective"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationRetrospectiveVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewRetrospectiveVersionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Retrospective"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationEvidenceLinkOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvidenceLink"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCoreReviewApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CoreReviewStatus"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationCoreElements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CoreElement"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationCoreElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCoreElementInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreElement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCoreElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCoreElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoreElementChangeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoreElement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationScalingPackages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ScalingPackage"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationScalingPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScalingPackage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScalingPackage: {
        parameters: {
            query?: {
                format?: "json" | "markdown";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScalingPackage"] | string;
                    "text/markdown": components["schemas"]["ScalingPackage"] | string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DimensionReadiness"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setApplicationReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                dimension: "workflows" | "decision_rights" | "quality_standards" | "change_capacity" | "learning_orientation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadinessRatingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DimensionReadiness"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionRubrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecisionRubric"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecisionRubric: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDecisionRubricInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRubric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStarterDecisionRubrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRubric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionRubric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        currentVersion: number;
                        current: components["schemas"]["DecisionRubricVersion"];
                        /** Format: date-time */
                        createdAt: string;
                        versions: components["schemas"]["DecisionRubricVersion"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setDecisionRubric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    criteria: components["schemas"]["DecisionCriterionInput"][];
                    /** @default [] */
                    knockOuts?: components["schemas"]["KnockOutRuleInput"][];
                    baseVersion: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRubric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvaluationSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecisionEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: uuid */
                    rubricId: string;
                    applicationIds: string[];
                    assessorIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecisionEvaluationScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sheets: {
                        /** Format: uuid */
                        applicationId: string;
                        levels: {
                            [key: string]: number;
                        };
                        /** @default [] */
                        knockOuts?: string[];
                        comment?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationOption"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionApplicationTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: components["schemas"]["ApplicationOption"];
                        tasks: {
                            workflow: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                description: string;
                            };
                            boundary: components["schemas"]["AutomationBoundary"] | null;
                            quality: components["schemas"]["QualityEvidence"];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recommendAutomationBoundary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BoundaryAnswersInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mode: components["schemas"]["AutomationMode"];
                        reasons: {
                            answer: string;
                            text: string;
                            limit: components["schemas"]["AutomationMode"];
                            decisive: boolean;
                        }[];
                        quality: components["schemas"]["QualityEvidence"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAutomationBoundary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: components["schemas"]["BoundaryAnswersInput"];
                    mode: components["schemas"]["AutomationModeInput"];
                    rationale: string;
                    /** Format: date */
                    reviewOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationBoundary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionRequests: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecisionRequest"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecisionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decisionType": "admit_to_pilot",
                 *       "applicationId": "3f1c2a9e-5b7d-4e8f-9a01-2b3c4d5e6f70",
                 *       "title": "Admit permit letter drafting to a pilot in Licensing",
                 *       "payload": {}
                 *     }
                 */
                "application/json": {
                    decisionType: components["schemas"]["DecisionTypeInput"];
                    applicationId?: string | null;
                    orgUnitId?: string | null;
                    title: string;
                    /** @default {} */
                    payload?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: components["schemas"]["DecisionRequest"];
                        approvals: {
                            /** Format: uuid */
                            approverId: string;
                            approverName: string;
                            requestVersion: number;
                            accountable: boolean;
                            /** @enum {string} */
                            verdict: "approve" | "reject";
                            comment: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** @description What the request decides, when another capability opened it (a change proposal) */
                        origin: {
                            /** @enum {string} */
                            kind: "change_proposal";
                            /** Format: uuid */
                            id: string;
                            target: string;
                            subject: string;
                            status: string;
                            insight: {
                                /** Format: uuid */
                                id: string;
                                statement: string;
                            };
                            link: string;
                        } | null;
                        rights: {
                            accountable: components["schemas"]["Role"][];
                            responsible: components["schemas"]["Role"][];
                            consulted: components["schemas"]["Role"][];
                            informed: components["schemas"]["Role"][];
                        };
                        required: number;
                        canDecide: boolean;
                        canEdit: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDecisionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    title?: string;
                    payload?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideDecisionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1,
                 *       "verdict": "approve",
                 *       "comment": "Quality standard and owner are in place."
                 *     }
                 */
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    verdict: "approve" | "reject";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawDecisionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionRights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRights"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setDecisionRights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cells: components["schemas"]["DecisionRightsCellInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRights"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionOrgUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionPatterns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PreapprovedPattern"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecisionPattern: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    decisionType: components["schemas"]["DecisionTypeInput"];
                    /** @default null */
                    applicationId?: string | null;
                    /** @default null */
                    orgUnitId?: string | null;
                    maxTier: components["schemas"]["RiskTierInput"];
                    /** @default {} */
                    payload?: {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreapprovedPattern"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDecisionPattern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisionLog: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                applicationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecisionLogEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionMetrics: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        decided: number;
                        approved: number;
                        rejected: number;
                        selfServeShare: number | null;
                        leadTimeHours: {
                            count: number;
                            median: number | null;
                            mean: number | null;
                            p90: number | null;
                        };
                        approverLeadTimeHours: {
                            count: number;
                            median: number | null;
                            mean: number | null;
                            p90: number | null;
                        };
                        open: number;
                        openAgeHours: {
                            count: number;
                            median: number | null;
                            mean: number | null;
                            p90: number | null;
                        };
                        overdue: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExperiments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                applicationId?: string;
                status?: "planned" | "running" | "completed" | "abandoned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Experiment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewExperimentInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setExperimentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "running" | "abandoned";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordExperimentResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewExperimentResultInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInsights: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "emerging" | "confirmed" | "rejected";
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Insight"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInsight: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInsightInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInsight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLearningEvidenceOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kinds: {
                            /** @enum {string} */
                            kind: "experiment" | "review_finding" | "retrospective" | "gate_decision";
                            label: string;
                            options: {
                                id: string;
                                label: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addInsightEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEvidenceInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setInsightStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "confirmed" | "rejected";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInsightProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    target: "rubric" | "gate_threshold" | "plan_template" | "quality_standard";
                    /** @description The changed object’s id in its own area, if any */
                    targetId?: string;
                    subject: string;
                    change: string;
                    /** @description The application the change concerns, if one (its risk raises the tier) */
                    applicationId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeProposal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChangeProposals: {
        parameters: {
            query?: {
                status?: "proposed" | "accepted" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeProposal"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIdeas: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "new" | "under_evaluation" | "accepted" | "declined" | "merged";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Idea"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIdea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idea"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSimilarIdeas: {
        parameters: {
            query: {
                text: string;
                exclude?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            status: "new" | "under_evaluation" | "accepted" | "declined" | "merged";
                            mergedIntoId: string | null;
                            applicationId: string | null;
                            proposedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            decisionNote: string;
                            /** Format: date-time */
                            createdAt: string;
                            rank: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idea"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setIdeaStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "under_evaluation" | "accepted" | "declined";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idea"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    intoId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idea"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationFromIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idea"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                q: string;
                kind?: ("insight" | "experiment" | "idea" | "review_comment" | "retrospective") | ("insight" | "experiment" | "idea" | "review_comment" | "retrospective")[];
                tag?: string;
                from?: string;
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SearchHit"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLearningOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applications: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stage: string;
                        }[];
                        units: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Follow"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFollow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewFollowInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follow"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLearningMonth: {
        parameters: {
            query?: {
                /** @description A moment in the month (default now) */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        confirmed: {
                            /** Format: uuid */
                            id: string;
                            statement: string;
                            tags: string[];
                            decidedAt: string | null;
                        }[];
                        rejected: {
                            /** Format: uuid */
                            id: string;
                            statement: string;
                            tags: string[];
                            decidedAt: string | null;
                        }[];
                        results: components["schemas"]["Experiment"][];
                        ideas: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "new" | "under_evaluation" | "accepted" | "declined" | "merged";
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLearningLoops: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationLoops"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLearningDigest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        since: string;
                        /** Format: date-time */
                        until: string;
                        recipients: number;
                        /** @description Digest e-mails written to the outbox (0 without SMTP) */
                        emails: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLearningPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningPreferences"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setLearningPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emailDigest: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningPreferences"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLearningDigestEmails: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DigestEmail"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Searches names and purposes */
                q?: string;
                stage?: components["schemas"]["LifecycleStageInput"] | components["schemas"]["LifecycleStageInput"][];
                riskTier?: components["schemas"]["RiskTierInput"] | components["schemas"]["RiskTierInput"][];
                ownerId?: string;
                orgUnitId?: string;
                /** @description key:value, repeatable */
                customField?: string | string[];
                /** @description newest (default) or oldest registered, name A→Z, recently updated, or by lifecycle stage */
                sort?: "newest" | "oldest" | "name" | "updated" | "stage";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Permit letter drafting",
                 *       "stage": "pilot",
                 *       "purpose": "Drafts approval and refusal letters for parking permits from the case file.",
                 *       "riskTier": "medium",
                 *       "dataSensitivity": "personal",
                 *       "audience": "external",
                 *       "aiTools": [
                 *         "Azure OpenAI GPT-4o"
                 *       ],
                 *       "links": [
                 *         {
                 *           "label": "Pilot charter",
                 *           "url": "https://wiki.northfield.example/permit-letters"
                 *         }
                 *       ],
                 *       "customFields": {}
                 *     }
                 */
                "application/json": components["schemas"]["NewApplicationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StageTransition"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStageTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: components["schemas"]["ApplicationDetail"];
                        transition: components["schemas"]["StageTransition"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationTask"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplicationTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationTask"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewApplicationsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A CSV of applications (header row first, at most 5000 rows) */
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationImportPreview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A CSV of applications (header row first, at most 5000 rows) */
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        ids: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportApplications: {
        parameters: {
            query?: {
                /** @description Searches names and purposes */
                q?: string;
                stage?: components["schemas"]["LifecycleStageInput"] | components["schemas"]["LifecycleStageInput"][];
                riskTier?: components["schemas"]["RiskTierInput"] | components["schemas"]["RiskTierInput"][];
                ownerId?: string;
                orgUnitId?: string;
                /** @description key:value, repeatable */
                customField?: string | string[];
                /** @description newest (default) or oldest registered, name A→Z, recently updated, or by lifecycle stage */
                sort?: "newest" | "oldest" | "name" | "updated" | "stage";
                format?: "csv" | "json" | "federal-inventory";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string | {
                        items: components["schemas"]["Application"][];
                    };
                    "application/json": string | {
                        items: components["schemas"]["Application"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomField"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCustomFieldInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label?: string;
                    required?: boolean;
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedView"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    filters: components["schemas"]["ApplicationFiltersInput"];
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExpansionTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExpansionTemplate"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpansionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewExpansionTemplateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStarterExpansionTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpansionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setExpansionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    stages: {
                        name: string;
                        durationMonths: number;
                        /** @description Change points per receiving unit per month */
                        changeLoad: number;
                        criteria: {
                            /** @enum {string} */
                            kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                            /** @default {} */
                            params?: {
                                [key: string]: number;
                            };
                        }[];
                        /** @default null */
                        unitKind?: ("division" | "department" | "team") | null;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExpansionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExpansionPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExpansionPlanSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpansionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    applicationId: string;
                    /** Format: uuid */
                    templateId?: string;
                    /** @description The org units and expected value of each template stage, in order */
                    stageUnits?: {
                        orgUnitIds: string[];
                        /** @description Hours the stage saves a month, what the optimizer weighs; left out: the default from the application’s evidence (GET …/stage-value-default), else 0 */
                        expectedValue?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationStageValueDefault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageValueDefault"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpansionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setExpansionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    stages: {
                        /**
                         * Format: uuid
                         * @description An existing stage of the plan; leave out for a new stage
                         */
                        id?: string;
                        name: string;
                        durationMonths: number;
                        /** @description Change points per receiving unit per month */
                        changeLoad: number;
                        criteria: {
                            /** @enum {string} */
                            kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                            /** @default {} */
                            params?: {
                                [key: string]: number;
                            };
                        }[];
                        /** @default 0 */
                        expectedValue?: number;
                        orgUnitIds: string[];
                        /**
                         * @description Other applications' stages that must end first
                         * @default []
                         */
                        dependsOn?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpansionPlanChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    stages: {
                        /**
                         * Format: uuid
                         * @description An existing stage of the plan; leave out for a new stage
                         */
                        id?: string;
                        name: string;
                        durationMonths: number;
                        /** @description Change points per receiving unit per month */
                        changeLoad: number;
                        criteria: {
                            /** @enum {string} */
                            kind: "quality" | "adoption" | "pulse" | "capacity" | "core_review" | "automation_boundaries" | "min_duration" | "approvals";
                            /** @default {} */
                            params?: {
                                [key: string]: number;
                            };
                        }[];
                        /** @default 0 */
                        expectedValue?: number;
                        orgUnitIds: string[];
                        /**
                         * @description Other applications' stages that must end first
                         * @default []
                         */
                        dependsOn?: string[];
                    }[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChangeResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyExpansionPlanChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startExpansionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /**
                     * Format: date
                     * @description When the stage started (today by default; not in the future)
                     */
                    startedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpansionPlanGate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gate: components["schemas"]["GateEvaluation"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setExpansionPlanStageUnitAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stageId: string;
                orgUnitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activeUsers: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpansionPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExpansionPlanStageGateDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "advance" | "hold" | "rework" | "roll_back";
                    rationale: string;
                    planVersion: number;
                    fingerprint: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decision: components["schemas"]["GateDecision"];
                        plan: components["schemas"]["ExpansionPlan"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGateDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateDecision"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlanningRuns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlanningRunSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlanningRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPlanningRunInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRun"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanningRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRun"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlanningRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRecommendations"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiagnostic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Diagnostic"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiagnosticFirstRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirstRunChecklist"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiagnosticMaturity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Maturity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDiagnosticSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaturitySnapshot"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExecutiveSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutiveSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExecutiveSummaryMarkdown: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoStatus"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached: nothing was done; send the request again after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
