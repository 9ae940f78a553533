import { manifest as capacity } from './capabilities/capacity/manifest';
import { manifest as coreReview } from './capabilities/core-review/manifest';
import { manifest as decisions } from './capabilities/decisions/manifest';
import { manifest as demo } from './capabilities/demo/manifest';
import { manifest as diagnostic } from './capabilities/diagnostic/manifest';
import { manifest as directory } from './capabilities/directory/manifest';
import { manifest as evidence } from './capabilities/evidence/manifest';
import { manifest as identity } from './capabilities/identity/manifest';
import { manifest as inbox } from './capabilities/inbox/manifest';
import { manifest as learning } from './capabilities/learning/manifest';
import { manifest as planning } from './capabilities/planning/manifest';
import { manifest as portfolio } from './capabilities/portfolio/manifest';
import { manifest as quality } from './capabilities/quality/manifest';
import { manifest as sequencing } from './capabilities/sequencing/manifest';
import { manifest as auditPlatform } from './platform/audit/manifest';
import type { RouteManifest } from './platform/http/route-types';
import { manifest as mailPlatform } from './platform/mail/manifest';
import { manifest as observabilityPlatform } from './platform/observability/manifest';
import { manifest as webhooksPlatform } from './platform/webhooks/manifest';

/**
 * Every route manifest, in registration order (the API document lists paths in this order). One entry
 * per capabilities/<name>/ folder and per platform part that serves routes; manifests.test.ts fails
 * when a folder has a manifest.ts that is not listed here.
 */
export const MANIFESTS: RouteManifest[] = [
  observabilityPlatform,
  identity,
  directory,
  auditPlatform,
  quality,
  webhooksPlatform,
  mailPlatform,
  capacity,
  evidence,
  coreReview,
  decisions,
  learning,
  inbox,
  portfolio,
  sequencing,
  planning,
  diagnostic,
  demo,
];
