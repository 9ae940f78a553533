import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildServer, externalDependencies } from './build';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

/** Dockerfile instructions by stage (line continuations joined, comments dropped), ARG defaults applied. */
function parseDockerfile(text: string) {
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  const args = new Map<string, string>();
  const stages: Array<{ from: string; name: string | undefined; instructions: Instruction[] }> = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [op, ...rest] = line.split(/\s+/);
    const text = rest.join(' ').replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? '');
    if (op === 'ARG' && stages.length === 0) {
      const [name, value] = text.split('=');
      args.set(name!, value ?? '');
    } else if (op === 'FROM') {
      const [image, as, name] = text.split(/\s+/);
      stages.push({ from: image!, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else stages.at(-1)?.instructions.push({ op: op!.toUpperCase(), args: text });
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages.at(-1)!;
const ops = (op: string) => runtime.instructions.filter((i) => i.op === op).map((i) => i.args);
/** The runtime stage's `COPY --from=<stage> <source> <dest>` lines. */
const runtimeCopies = ops('COPY').map((args) => {
  const [from, source, dest] = args.split(/\s+/);
  return { stage: from!.replace('--from=', ''), source: source!, dest: dest! };
});

describe('the container image (Dockerfile)', () => {
  it('pins its Node.js base to an exact LTS release, the one CI tests with', () => {
    const lts = /^NODE_LTS=(\S+)$/m.exec(read('.ci/run'))?.[1];
    expect(lts).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(lts!.split('.')[0]) % 2).toBe(0); // even majors are the LTS lines
    for (const stage of stages)
      expect(stage.from).toMatch(
        new RegExp(`^node:${lts!.replaceAll('.', '\\.')}-bookworm-slim(@sha256:[0-9a-f]{64})?$`),
      );
  });

  it('runs the built server with node, not tsx, as an unprivileged user, with /data as a volume', () => {
    expect(JSON.parse(ops('CMD')[0]!)).toEqual(['node', 'packages/server/dist/cli.js', 'start']);
    expect(read('Dockerfile')).not.toMatch(/tsx/);
    expect(ops('VOLUME')).toEqual(['/data']);
    expect(ops('USER')).toEqual(['node']);
    expect(ops('ENV').join(' ')).toContain('NODE_ENV=production');
    expect(ops('ENV').join(' ')).toContain('TRELLIS_DATA_DIR=/data');
  });

  it('health-checks /readyz on the port the server listens on (PORT), not a fixed one', () => {
    const check = ops('HEALTHCHECK')[0]!;
    expect(check).toContain('/readyz');
    expect(check).toContain('process.env.PORT');
    expect(check).not.toMatch(/127\.0\.0\.1:3000/);
  });

  it('copies into the runtime only the bundle, migrations, web build and production dependencies', () => {
    // No wholesale copy of a stage or of the build context (dev dependencies, sources, tests, e2e).
    for (const copy of runtimeCopies) {
      expect(copy.stage).toMatch(/^(build|deps)$/);
      expect(copy.source).not.toMatch(/^\/app\/?$/);
    }
    expect(runtimeCopies.map((c) => `${c.stage}:${c.source}`).sort()).toEqual(
      [
        'build:/app/packages/server/bin',
        'build:/app/packages/server/dist',
        'build:/app/packages/server/drizzle',
        'build:/app/packages/server/package.json',
        'build:/app/packages/web/dist',
        'deps:/app/node_modules',
        'deps:/app/package.json',
      ].sort(),
    );
    const deps = stages.find((s) => s.name === 'deps')!;
    const install = deps.instructions
      .filter((i) => i.op === 'RUN')
      .map((i) => i.args)
      .join(' ');
    expect(install).toMatch(/npm ci --omit=dev --workspace packages\/server/);
    // Nothing but package manifests and the lockfile reaches the deps stage.
    for (const copy of deps.instructions.filter((i) => i.op === 'COPY'))
      expect(copy.args).toMatch(/^(package\.json package-lock\.json \.\/|\S+\/package\.json \S+\/)$/);
    expect(read('.dockerignore')).toMatch(/^packages\/server\/dist$/m);
  });
});

/**
 * The runtime stage assembled from this checkout the way the Dockerfile does it: the bundle built now,
 * the migrations, and node_modules holding exactly what `npm ci --omit=dev --workspace packages/server`
 * installs (npm's own list, hard-linked), then started with plain `node`.
 */
describe('the runtime tree', { timeout: 240_000 }, () => {
  // Outside the checkout, so no node_modules of the repository is found up the directory tree.
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-image-test-'));
  let inputs: string[] = [];
  let imports: string[] = [];

  beforeAll(async () => {
    const metafile = await buildServer(path.join(tree, 'packages/server/dist'));
    inputs = Object.keys(metafile.inputs);
    imports = Object.values(metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    );
    fs.cpSync(path.join(repoRoot, 'packages/server/drizzle'), path.join(tree, 'packages/server/drizzle'), {
      recursive: true,
    });
    fs.cpSync(path.join(repoRoot, 'packages/server/bin'), path.join(tree, 'packages/server/bin'), {
      recursive: true,
    });
    fs.copyFileSync(
      path.join(repoRoot, 'packages/server/package.json'),
      path.join(tree, 'packages/server/package.json'),
    );
    fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(tree, 'package.json'));
    const production = execFileSync(
      'npm',
      ['ls', '--omit=dev', '--all', '--parseable', '-w', 'packages/server'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    )
      .split('\n')
      .map((p) => path.relative(repoRoot, p))
      .filter(
        (p) => /^node_modules\/(@[^/]+\/)?[^/@][^/]*$/.test(p) && !p.startsWith('node_modules/@trellis/'),
      );
    for (const p of production) {
      fs.mkdirSync(path.dirname(path.join(tree, p)), { recursive: true });
      execFileSync('cp', ['-al', path.join(repoRoot, p), path.join(tree, p)]);
    }
  });
  afterAll(() => {
    fs.rmSync(tree, { recursive: true, force: true });
  });

  it('bundles no test, e2e, bench or dev-only code, and imports only production dependencies', () => {
    expect(inputs.length).toBeGreaterThan(100);
    for (const input of inputs) {
      expect(input).not.toMatch(/\.test\.tsx?$|(^|\/)(e2e|bench)\/|\/src\/test\//);
      expect(input).not.toMatch(/node_modules\/(vitest|tsx|@biomejs|fast-check|drizzle-kit|typescript)\//);
    }
    const allowed = new Set(externalDependencies());
    const packageOf = (spec: string) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
    for (const spec of imports.filter((s) => !s.startsWith('node:')))
      expect(allowed).toContain(packageOf(spec));
    // Dev dependencies of any workspace are not production dependencies of the server.
    const server = JSON.parse(read('packages/server/package.json'));
    for (const dev of Object.keys(server.devDependencies)) expect(allowed).not.toContain(dev);
  });

  it('starts with node and production dependencies only, migrates the embedded database and is ready', async () => {
    expect(fs.existsSync(path.join(tree, 'node_modules/tsx'))).toBe(false);
    expect(fs.existsSync(path.join(tree, 'node_modules/vitest'))).toBe(false);
    const version = execFileSync(process.execPath, ['packages/server/bin/trellis.js', '--version'], {
      cwd: tree,
      encoding: 'utf8',
    });
    expect(version.trim()).toBe(JSON.parse(read('packages/server/package.json')).version);
    const child = spawn(
      process.execPath,
      ['packages/server/dist/cli.js', 'start', '--port', '0', '--data-dir', path.join(tree, 'data')],
      { cwd: tree, env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn' } },
    );
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Trellis is running at (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect((await fetch(`${origin}/readyz`)).status).toBe(200);
      expect((await fetch(`${origin}/metrics`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('deploy/compose.yaml', () => {
  const compose = parseYaml(read('deploy/compose.yaml')) as {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        restart?: string;
        ports?: string[];
        expose?: string[];
        environment?: Record<string, string>;
        volumes?: string[];
        depends_on?: unknown;
      }
    >;
  };
  const { services } = compose;

  it('lets the app scale: only the proxy publishes a port, and it balances over the trellis service', () => {
    // `--scale trellis=3` fails when a scaled service publishes a fixed host port.
    expect(services.trellis!.ports).toBeUndefined();
    expect(services.trellis!.build).toBe('..');
    const published = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
    expect(services.proxy!.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(services.proxy!.image).toMatch(/^caddy:\d+\.\d+\.\d+-alpine$/);
    const mount = services.proxy!.volumes!.find((v) => v.endsWith(':/etc/caddy/Caddyfile:ro'))!;
    const caddyfile = fs.readFileSync(path.join(repoRoot, 'deploy', mount.split(':')[0]!), 'utf8');
    // Every replica, by the service name re-resolved (a static upstream would pin one address).
    expect(caddyfile).toMatch(/dynamic a trellis 3000/);
    expect(caddyfile).toMatch(/^:3000 \{/m);
  });

  it('restarts every service and passes the secrets through', () => {
    for (const [name, service] of Object.entries(services))
      expect(service.restart, name).toBe('unless-stopped');
    const env = services.trellis!.environment!;
    expect(env.TRELLIS_SECRET_KEY).toMatch(/^\$\{TRELLIS_SECRET_KEY:\?/);
    expect(env.DATABASE_URL).toContain('@postgres:5432/');
    expect(env.TRELLIS_TRUST_PROXY).toBe('true');
    expect(services.postgres!.image).toMatch(/^postgres:15\.\d+/);
  });
});
