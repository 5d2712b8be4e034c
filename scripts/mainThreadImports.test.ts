import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The page's thread loads no tfjs at all: training lives in the worker, and tfjs parses the
 * page's URL for its flags when it loads (a malformed escape such as `?x=%` threw there, before
 * the app mounted: a blank page). Lint keeps ui/ and state/ from importing tfjs directly; this
 * walks every import the page can reach (static and dynamic, type-only ones skipped) from
 * main.tsx and fails naming the chain when one reaches a tfjs package.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base])
    if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  return null;
}

function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause !== undefined &&
          clause.name === undefined &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Chains from main.tsx to each tfjs import the page would load. */
function tfjsChains(entry: string, firstOnly = false): string[] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const chains: string[] = [];
  const chainOf = (file: string) => {
    const names: string[] = [];
    for (let f: string | null | undefined = file; f; f = parent.get(f))
      names.push(relative(root, f));
    return names.join(' ← ');
  };
  while (queue.length > 0 && !(firstOnly && chains.length > 0)) {
    const file = queue.shift()!;
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('@tensorflow/')) chains.push(`${spec} ← ${chainOf(file)}`);
      if (!spec.startsWith('.')) continue;
      const next = resolve(file, spec);
      if (next && !parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return chains;
}

describe('the main thread', () => {
  it('imports no tfjs, directly or through any module it reaches', () => {
    expect(tfjsChains(join(root, 'src/main.tsx'))).toEqual([]);
  });

  it('the walk does find tfjs where it is (the worker)', () => {
    expect(tfjsChains(join(root, 'src/engine/worker.ts'), true).length).toBeGreaterThan(0);
  });
});
