import { buildApp } from './app';
import { type Config, mailSettings } from './config';
import type { PoolLog } from './db/client';
import { openConfiguredDatabase } from './db/open';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD, seedDemo } from './demo/seed';
import { serveMetrics } from './observability/metrics';
import { startDecisionDeadlineJob } from './services/decision-deadlines';
import { startDigestMailer } from './services/digest-mailer';
import { startLearningScheduler } from './services/learning-scheduler';
import { startPulseScheduler } from './services/pulse-scheduler';
import { startRetentionJob } from './services/retention';
import { issueSetupToken } from './services/setup';
import { startWebhookDispatcher } from './services/webhook-dispatcher';
import { webhookTargetPolicy } from './services/webhook-targets';

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
  );
  const stopDeadlines = startDecisionDeadlineJob(db, app.log);
  const stopRetention = startRetentionJob(db, config.retention, app.log);
  const mail = mailSettings(config);
  const stopPulses = startPulseScheduler(db, app.log, 60_000, mail ? { origin } : null);
  const stopLearning = startLearningScheduler(db, app.log, 60_000, mail ? { origin } : null);
  const stopMailer = mail ? startDigestMailer(db, mail, app.log) : () => undefined;
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
