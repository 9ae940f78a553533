import { buildApp } from './app';
import { startPulseScheduler } from './capabilities/capacity/services/pulse-scheduler';
import { startDecisionDeadlineJob } from './capabilities/decisions/services/decision-deadlines';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD, seedDemo } from './capabilities/demo/seed';
import { issueSetupToken } from './capabilities/identity/services/setup';
import { startLearningScheduler } from './capabilities/learning/services/learning-scheduler';
import { type Config, mailSettings } from './platform/config';
import type { PoolLog } from './platform/db/client';
import { openConfiguredDatabase } from './platform/db/open';
import { startRetentionJob } from './platform/jobs/retention';
import { startMailer } from './platform/mail/mailer';
import { serveMetrics } from './platform/observability/metrics';
import { startWebhookDispatcher } from './platform/webhooks/webhook-dispatcher';
import { webhookTargetPolicy } from './platform/webhooks/webhook-targets';

/**
 * Starts Trellis: opens and migrates the database, prints a one-time setup link while there is no user,
 * listens, and closes cleanly on SIGINT/SIGTERM.
 */
export async function startServer(
  config: Config,
  options: { demo?: boolean } = {},
  print: (line: string) => void = console.log,
) {
  // The pool reports connections it loses while idle; to the app's log once there is one.
  let appLog: PoolLog | undefined;
  const db = await openConfiguredDatabase(config, {
    warn: (obj, msg) => (appLog ? appLog.warn(obj, msg) : console.warn(msg)),
  });
  if (options.demo) {
    print('Loading the demo organization (a minute on first start)…');
    const created = await seedDemo(db);
    print(created ? 'Demo organization created.' : 'Demo organization already present.');
  }
  const app = await buildApp({
    db,
    config,
    logger: { level: config.logLevel },
  });
  appLog = app.log;
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const metricsServer =
    config.metricsPort === undefined
      ? null
      : await serveMetrics(app.metrics, {
          host: config.host,
          port: config.metricsPort,
          token: config.metricsToken,
        });
  if (metricsServer) {
    const bound = metricsServer.server.address();
    print(
      `Metrics at http://${config.host}:${typeof bound === 'object' && bound ? bound.port : config.metricsPort}/metrics`,
    );
  }
  const origin = (config.publicUrl ?? `http://${config.host}:${port}`).replace(/\/$/, '');
  print(
    `Trellis is running at ${origin} (${db.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
  );
  if (options.demo)
    print(`Demo: sign in at ${origin}/sign-in as ${DEMO_OWNER_EMAIL} with password ${DEMO_PASSWORD}`);
  const setupToken = options.demo ? null : await db.system((tx) => issueSetupToken(tx));
  if (setupToken) print(`First run: create your organization at ${origin}/setup?token=${setupToken}`);
  const stopDispatcher = startWebhookDispatcher(
    db,
    app.log,
    webhookTargetPolicy(config.webhookAllowedTargets),
    1000,
    { origin, secretKey: config.secretKey },
  );
  const stopDeadlines = startDecisionDeadlineJob(db, app.log);
  const stopRetention = startRetentionJob(db, config.retention, app.log);
  const mail = mailSettings(config);
  const stopPulses = startPulseScheduler(db, app.log, 60_000, mail ? { origin } : null);
  const stopLearning = startLearningScheduler(db, app.log, 60_000, mail ? { origin } : null);
  const stopMailer = mail ? startMailer(db, { ...mail, origin }, app.log) : () => undefined;
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    stopDispatcher();
    stopDeadlines();
    stopLearning();
    stopPulses();
    stopRetention();
    stopMailer();
    await metricsServer?.close();
    await app.close();
    await db.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  return { app, db, port, origin, metricsServer, stop };
}
