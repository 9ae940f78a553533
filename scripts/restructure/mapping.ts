/**
 * Where each file of packages/server/src goes (paths relative to packages/server/src).
 *
 * Order of look-up: `EXACT` (one file), then `FOLDERS` (a whole old folder), then the capability of
 * the file's basename for routes/, services/, demo/ and db/*-schema.ts (`CAPABILITY_OF_NAME`, longest
 * prefix wins). A file none of them places stops the run with its name: add a line here.
 *
 * Inside a capability: routes/ (route modules, their schemas and API tests), services/, demo/ (its part
 * of the demo seed), test/ (its test fixtures), `<name>-schema.ts` (its tables), index.ts (what other
 * capabilities may import; generated), manifest.ts (its route modules; generated), README.md (overlay).
 */

/** The capabilities, in the words packages/core and packages/web use, with what each owns. */
export const CAPABILITIES: Record<string, string> = {
  identity:
    'People and organizations: setup, sign-in (password, SSO), members, invitations, custom roles, API tokens.',
  portfolio:
    'The AI applications: their register, lifecycle stages, custom fields, saved views, import and export.',
  quality: 'Workflows, their outputs, sampled human review, quality standards, drift alarms and calibration.',
  evidence: 'Measured outcomes: metrics, measurements and intervals per application, evidence kinds.',
  'core-review':
    'What made a pilot work: core elements, readiness ratings, retrospectives and the scaling package.',
  decisions: 'Decision rights: rubrics, evaluations, automation boundaries, decision requests and their log.',
  capacity:
    'Org units, change impacts and load, change notes, and the pulse surveys that measure absorption.',
  learning:
    'Experiments, insights, ideas, change proposals, follows, search, the monthly digest and loop health.',
  sequencing: 'Expansion templates and plans, stage gates and gate decisions, the roadmap.',
  planning: 'The optimizer: planning runs that search expansion orders, their grades and comparisons.',
  diagnostic: 'The organization diagnostic (indicators, maturity, position) and the executive summary.',
  inbox: 'A person’s own inbox: their notifications and the decision requests waiting on them.',
  demo: 'The demo organization: the seed that composes every capability’s demo part, and its routes.',
};

/** Files placed one by one (old → new). */
export const EXACT: Record<string, string> = {
  // Composition roots and entry points stay at the top: they may import everything.
  'app.ts': 'app.ts',
  'cli.ts': 'cli.ts',
  'cli.test.ts': 'cli.test.ts',
  'server.ts': 'server.ts',
  'version.ts': 'platform/version.ts',
  'qa-cli.ts': 'qa-cli.ts',
  'qa-cli.test.ts': 'qa-cli.test.ts',
  'scale-out.test.ts': 'scale-out.test.ts',
  // Random public ids across every capability's activity records.
  'routes/public-ids.test.ts': 'public-ids.test.ts',
  'config.ts': 'platform/config.ts',
  'config.test.ts': 'platform/config.test.ts',

  // Platform pieces that live under routes/ and services/ today.
  'routes/types.ts': 'platform/http/route-types.ts',
  'routes/health.ts': 'platform/observability/health.ts',
  'routes/health.test.ts': 'platform/observability/health.test.ts',
  'routes/malformed-input.test.ts': 'platform/http/malformed-input.test.ts',
  'routes/pagination.test.ts': 'platform/http/pagination.test.ts',
  'routes/rate-limits.test.ts': 'platform/rate-limits/rate-limits.test.ts',
  'services/rate-limits.ts': 'platform/rate-limits/rate-limits.ts',
  'db/ops-schema.ts': 'platform/rate-limits/ops-schema.ts',
  'services/errors.ts': 'platform/http/field-errors.ts',
  'routes/audit-events.ts': 'platform/audit/routes.ts',
  'routes/audit-events.test.ts': 'platform/audit/routes.test.ts',
  'services/audit.ts': 'platform/audit/audit.ts',
  'routes/webhooks.ts': 'platform/webhooks/routes.ts',
  'routes/webhooks.test.ts': 'platform/webhooks/routes.test.ts',
  'services/webhooks.ts': 'platform/webhooks/webhooks.ts',
  'services/webhook-dispatcher.ts': 'platform/webhooks/webhook-dispatcher.ts',
  'services/webhook-send.ts': 'platform/webhooks/webhook-send.ts',
  'services/webhook-targets.ts': 'platform/webhooks/webhook-targets.ts',
  'services/webhook-targets.test.ts': 'platform/webhooks/webhook-targets.test.ts',
  'db/webhook-schema.ts': 'platform/webhooks/webhook-schema.ts',
  'routes/notifications.ts': 'capabilities/inbox/routes/notifications.ts',
  'routes/inbox-wording.test.ts': 'capabilities/inbox/routes/inbox-wording.test.ts',
  'services/notifications.ts': 'platform/notifications/notifications.ts',
  'services/notifications.test.ts': 'platform/notifications/notifications.test.ts',
  'services/inbox.ts': 'capabilities/inbox/services/inbox.ts',
  'db/notification-schema.ts': 'platform/notifications/notification-schema.ts',
  'services/periodic.ts': 'platform/jobs/periodic.ts',
  'services/periodic.test.ts': 'platform/jobs/periodic.test.ts',
  'services/retention.ts': 'platform/jobs/retention.ts',
  'services/retention.test.ts': 'platform/jobs/retention.test.ts',
  'routes/organization-retention.test.ts': 'capabilities/identity/routes/organization-retention.test.ts',
  'routes/output-retention.ts': 'capabilities/quality/routes/output-retention.ts',
  'db/roles-schema.ts': 'platform/auth/roles-schema.ts',
  'db/schema.ts': 'platform/db/tenancy-schema.ts',

  // Test fixtures of one capability.
  'test/quality.ts': 'capabilities/quality/test/quality.ts',
  'test/evidence.ts': 'capabilities/evidence/test/evidence.ts',
  'test/learning.ts': 'capabilities/learning/test/learning.ts',
  'test/planning-fixture.ts': 'capabilities/planning/test/planning-fixture.ts',
  'test/sequencing-seed.ts': 'capabilities/sequencing/test/sequencing-seed.ts',
  'test/fresh-pilot.ts': 'capabilities/demo/test/fresh-pilot.ts',

  // Names that do not say whose they are.
  'services/slugs.ts': 'capabilities/identity/services/slugs.ts',
  'services/admin.ts': 'capabilities/identity/services/admin.ts',
  'services/gates.ts': 'capabilities/sequencing/services/gates.ts',
  'services/stage-runs.ts': 'capabilities/sequencing/services/stage-runs.ts',
  'services/plan-changes.ts': 'capabilities/sequencing/services/plan-changes.ts',
  'services/review-backlog.ts': 'capabilities/quality/services/review-backlog.ts',
  'services/alarms.ts': 'capabilities/quality/services/alarms.ts',
  'services/feedback.ts': 'capabilities/quality/services/feedback.ts',
  'services/sampling.ts': 'capabilities/quality/services/sampling.ts',
  'services/review-comments-search.ts': 'capabilities/quality/services/review-comments-search.ts',
  'services/ingestion-snapshot.ts': 'capabilities/quality/services/ingestion-snapshot.ts',
  'services/output-coalescer.ts': 'capabilities/quality/services/output-coalescer.ts',
  'services/output-coalescer.test.ts': 'capabilities/quality/services/output-coalescer.test.ts',
  'services/readiness.ts': 'capabilities/core-review/services/readiness.ts',
  'services/follows.ts': 'capabilities/learning/services/follows.ts',
  'services/search.ts': 'capabilities/learning/services/search.ts',
  'services/loop-health.ts': 'capabilities/learning/services/loop-health.ts',
  'services/federal-inventory.ts': 'capabilities/portfolio/services/federal-inventory.ts',
  'routes/loop-pulse.test.ts': 'capabilities/learning/routes/loop-pulse.test.ts',
  'routes/tenancy.test.ts': 'capabilities/identity/routes/tenancy.test.ts',
  'routes/gate-decision-evidence.test.ts': 'capabilities/sequencing/routes/gate-decision-evidence.test.ts',
  'routes/insight-evidence.test.ts': 'capabilities/learning/routes/insight-evidence.test.ts',
  'routes/change-proposals.test.ts': 'capabilities/learning/routes/change-proposals.test.ts',
  'routes/setup.test.ts': 'capabilities/identity/routes/setup.test.ts',
  'routes/password-reset.test.ts': 'capabilities/identity/routes/password-reset.test.ts',
  'routes/session-presenter.ts': 'capabilities/identity/routes/session-presenter.ts',
  'demo/applications.ts': 'capabilities/portfolio/demo/applications.ts',
  'demo/content.ts': 'capabilities/quality/demo/content.ts',
  'demo/learning2.ts': 'capabilities/learning/demo/learning2.ts',
  'demo/optimizer.ts': 'capabilities/planning/demo/optimizer.ts',
  'demo/optimizer.test.ts': 'capabilities/planning/demo/optimizer.test.ts',
  'demo/seed.ts': 'capabilities/demo/seed.ts',
  'demo/seed.test.ts': 'capabilities/demo/seed.test.ts',
  'db/optimizer-schema.ts': 'capabilities/planning/planning-schema.ts',
  'db/learning-mail-schema.ts': 'capabilities/learning/learning-mail-schema.ts',
  'db/identity-schema.ts': 'capabilities/identity/identity-schema.ts',
};

/** Whole folders that move as they are (old folder → new folder). */
export const FOLDERS: Record<string, string> = {
  'auth/': 'platform/auth/',
  'backup/': 'platform/backup/',
  'db/': 'platform/db/',
  'http/': 'platform/http/',
  'observability/': 'platform/observability/',
  'test/': 'test/',
  'scripts/': 'scripts/',
  'services/evidence-kinds/': 'capabilities/evidence/services/evidence-kinds/',
};

/**
 * Basename prefix → capability, for files directly in routes/, services/, demo/ and db/<prefix>-schema.ts.
 * The longest matching prefix wins; a prefix matches the whole basename or up to a `-` or `.`.
 */
export const CAPABILITY_OF_NAME: Record<string, string> = {
  'api-tokens': 'identity',
  auth: 'identity',
  invitations: 'identity',
  members: 'identity',
  organizations: 'identity',
  roles: 'identity',
  'custom-roles': 'identity',
  setup: 'identity',
  sso: 'identity',
  login: 'identity',
  users: 'identity',
  'password-reset': 'identity',
  identity: 'identity',

  application: 'portfolio',
  applications: 'portfolio',
  'custom-fields': 'portfolio',
  'saved-views': 'portfolio',
  portfolio: 'portfolio',

  workflows: 'quality',
  outputs: 'quality',
  reviews: 'quality',
  quality: 'quality',
  calibration: 'quality',

  evidence: 'evidence',
  measurements: 'evidence',
  'measurement-import': 'evidence',

  'core-review': 'core-review',
  'core-elements': 'core-review',
  'scaling-packages': 'core-review',
  retrospectives: 'core-review',
  readiness: 'core-review',

  decision: 'decisions',
  decisions: 'decisions',
  evaluations: 'decisions',
  'automation-boundaries': 'decisions',

  capacity: 'capacity',
  'org-units': 'capacity',
  'org-unit': 'capacity',
  'change-impacts': 'capacity',
  'change-notes': 'capacity',
  pulse: 'capacity',

  learning: 'learning',
  experiments: 'learning',
  insights: 'learning',
  'change-proposal': 'learning',
  'change-proposals': 'learning',
  digest: 'learning',
  ideas: 'learning',

  sequencing: 'sequencing',
  'expansion-templates': 'sequencing',
  'expansion-plans': 'sequencing',
  'gate-decisions': 'sequencing',
  'gate-decision': 'sequencing',

  planning: 'planning',

  diagnostic: 'diagnostic',
  executive: 'diagnostic',

  demo: 'demo',
};
