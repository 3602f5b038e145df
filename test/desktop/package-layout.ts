// The packaged app's layout, staged from electron-builder's settings (package.json "build") without
// electron-builder: which files go into app.asar (`files`, plus the production dependencies with
// electron-builder's always-applied exclusions), which are unpacked (`asarUnpack`), and what is
// copied beside the archive into process.resourcesPath (`extraResources`). The staged tree has the
// same shape as an installed app's resources folder, with app.asar as a plain folder (Node cannot
// read an archive): <tmp>/resources/{app.asar/, resources/, fonts/}. Files are hard links.
// Used by e2e/packaged-layout.spec.ts. Patterns are matched with minimatch, as electron-builder does.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { ROOT } from './run-main';

type FileSet = string | { from?: string; to?: string; filter?: string | string[] };

export interface BuildSettings {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  extraResources: FileSet[];
}

export function readBuild(root = ROOT): BuildSettings {
  const build = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build: Record<string, unknown> }).build;
  const list = <T>(v: unknown): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? (v as T[]) : [v as T]);
  return { files: list<string>(build.files), asar: build.asar !== false, asarUnpack: list<string>(build.asarUnpack), extraResources: list<FileSet>(build.extraResources) };
}

const posix = (rel: string) => rel.split(sep).join('/');

/** Ordered glob patterns, `!` to exclude: the last pattern that matches decides (null: none matched). */
export function decide(patterns: string[], rel: string): boolean | null {
  let verdict: boolean | null = null;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    const glob = negated ? p.slice(1) : p;
    if (minimatch(posix(rel), glob, { dot: true }) || minimatch(posix(rel), `${glob.replace(/\/$/, '')}/**`, { dot: true })) verdict = !negated;
  }
  return verdict;
}

/** What electron-builder leaves out of every node_modules package, whatever `files` says. */
const ALWAYS_EXCLUDED = [
  '!**/node_modules/*/{CHANGELOG.md,README.md,README,readme.md,readme}',
  '!**/node_modules/*/{test,__tests__,tests,powered-test,example,examples}/**',
  '!**/node_modules/**/*.d.ts',
  '!**/node_modules/.bin/**',
  '!**/*.{iml,o,hprof,orig,pyc,pyo,rbc,swp,csproj,sln,xproj}',
];

function walk(dir: string, skip: (rel: string) => boolean = () => false, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative(base, path);
    if (skip(rel)) continue;
    if (entry.isDirectory()) out.push(...walk(path, skip, base));
    else if (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile())) out.push(rel);
  }
  return out;
}

/** The production dependencies' folders (npm's own view: `npm ls --omit=dev`), relative to root. */
export function productionPackages(root = ROOT): string[] {
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = new Set<string>();
  for (const line of ls.stdout.split('\n')) {
    const rel = posix(relative(root, line.trim()));
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
    if (m) top.add(`node_modules/${m[1]}`); // nested packages come with their parent's folder
  }
  if (top.size === 0) throw new Error(`npm ls listed no production dependency: ${ls.stderr}`);
  return [...top].sort();
}

export interface StagedPackage {
  /** Stands for process.resourcesPath. */
  resourcesPath: string;
  /** Stands for <resourcesPath>/app.asar. */
  appDir: string;
  /** Every file inside the archive, relative to appDir (posix separators). */
  appFiles: Set<string>;
  /** Every file beside it, relative to resourcesPath. */
  extraFiles: Set<string>;
}

function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function stagePackage(into: string, build = readBuild(), root = ROOT): StagedPackage {
  const resourcesPath = join(into, 'resources');
  const appDir = join(resourcesPath, 'app.asar');
  const appFiles = new Set<string>();
  const extraFiles = new Set<string>();
  // The app's own files: whatever `files` includes from the project folder (node_modules apart).
  const notApp = (rel: string) => /^(node_modules|\.git|release)(\/|$)/.test(posix(rel));
  for (const rel of walk(root, notApp)) {
    if (decide(build.files, rel) === true) {
      place(join(root, rel), join(appDir, rel));
      appFiles.add(posix(rel));
    }
  }
  // The production dependencies, filtered by the exclusions and by `files`' own negations.
  for (const pkg of productionPackages(root)) {
    for (const inner of walk(join(root, pkg))) {
      const rel = posix(join(pkg, inner));
      if (decide([...ALWAYS_EXCLUDED, ...build.files], rel) === false) continue;
      place(join(root, rel), join(appDir, rel));
      appFiles.add(rel);
    }
  }
  // extraResources: copied into process.resourcesPath, outside the archive.
  for (const set of build.extraResources) {
    const { from, to, filter } = typeof set === 'string' ? { from: '.', to: '.', filter: [set] } : { from: set.from ?? '.', to: set.to ?? set.from ?? '.', filter: set.filter ?? ['**/*'] };
    const filters = Array.isArray(filter) ? filter : [filter];
    for (const inner of walk(join(root, from), (rel) => from === '.' && notApp(rel))) {
      if (decide(filters, inner) !== true) continue;
      const rel = posix(join(to, inner));
      place(join(root, from, inner), join(resourcesPath, rel));
      extraFiles.add(rel);
    }
  }
  return { resourcesPath, appDir, appFiles, extraFiles };
}

/** Relative module specifiers a built JS file loads (static and dynamic imports, require). */
export function importsOfBuilt(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specs = new Set<string>();
  for (const m of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*["']([^"'\s]+)["']/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/(?:^|[;\s])import\s*["']([^"'\s]+)["']/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*["']([^"'\s]+)["']\s*\)/g)) specs.add(m[1]!);
  for (const m of text.matchAll(/\brequire\(\s*["']([^"'\s]+)["']\s*\)/g)) specs.add(m[1]!);
  const local = [...specs].filter((s) => s.startsWith('.'));
  const packages = [...specs].filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
  return { local, packages };
}

/** Every built file an entry reaches through local imports, with the packages they import. */
export function builtClosure(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const { local, packages: p } = importsOfBuilt(file);
    for (const spec of local) todo.push(join(dirname(file), spec));
    for (const spec of p) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return { files, packages };
}
