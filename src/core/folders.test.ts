// No folder cycles in src/core: an area may use another, but two areas never need each other
// (the settings ↔ preflight cycle was one; what both needed now lives in src/core/reference; the
// catalog ↔ suppliers, catalog ↔ hs and jobs ↔ documents ones went with #12 point 10).
// A small import-graph walk over the sources: each non-test .ts file under a folder of src/core is
// a node of that folder; the files at src/core's top (api.ts, index.ts, context.ts, paths.ts) are
// the composition and the context type every area receives, so they are left out of the graph.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = dirname(fileURLToPath(import.meta.url));

/**
 * Imports that still close a folder cycle, each with why. Empty since #12 point 10: the FTS
 * tokenizer is in text/, the table reader in tables/, the batch task's input type in the shared
 * contract. A cycle is removed by moving code, not by growing this list; an entry that no longer
 * exists fails the test, so it is removed with the import.
 */
const ALLOWED: Record<string, string> = {};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** file (relative to src/core) -> the src/core files it imports, type-only imports included. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const abs = resolve(dirname(file), m[1]!);
      if (!abs.startsWith(root + '/')) continue;
      const withExt = ['', '.ts', '.tsx', '/index.ts'].map((e) => abs + e).find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
      if (withExt) targets.push(relative(root, withExt));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

const folderOf = (file: string): string | null => (file.includes('/') ? file.split('/')[0]! : null);

/** Folder cycles (strongly connected sets of folders), after leaving out the allowed imports. */
function folderCycles(graph: Map<string, string[]>, allowed: ReadonlySet<string>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [from, targets] of graph)
    for (const to of targets) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (!a || !b || a === b || allowed.has(`${from} -> ${to}`)) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
    }
  // Tarjan's strongly connected components.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('src/core folders', () => {
  const graph = importGraph(CORE);

  it('have no import cycle between them (beyond the named allow-list)', () => {
    expect(folderCycles(graph, new Set(Object.keys(ALLOWED)))).toEqual([]);
  });

  it('the allow-list holds only imports that still exist', () => {
    const present = new Set([...graph].flatMap(([from, targets]) => targets.map((to) => `${from} -> ${to}`)));
    expect(Object.keys(ALLOWED).filter((edge) => !present.has(edge))).toEqual([]);
  });

  it('settings and preflight meet only in reference/', () => {
    const edges = (a: string, b: string) => [...graph].filter(([f, t]) => f.startsWith(`${a}/`) && t.some((x) => x.startsWith(`${b}/`)));
    expect(edges('settings', 'preflight')).toEqual([]);
  });

  it('the walk sees a cycle when there is one', () => {
    const cyclic = new Map([
      ['settings/profile.ts', ['preflight/reference.ts']],
      ['preflight/load.ts', ['settings/profile.ts']],
      ['preflight/reference.ts', []],
    ]);
    expect(folderCycles(cyclic, new Set())).toEqual([['preflight', 'settings']]);
    expect(folderCycles(cyclic, new Set(['preflight/load.ts -> settings/profile.ts']))).toEqual([]);
  });
});
