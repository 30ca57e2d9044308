import { parseAst } from 'vite';

/**
 * Vite wraps every dynamic import of the browser build in its preload helper, even when
 * `modulePreload` is off and the list of files to preload is empty, so the first on-demand
 * import on a page costs about 0.9 KB gzip of helper that does nothing. After Vite has
 * written those lists, this unwraps each `helper(load, [])` into `load()` and drops the
 * helper from chunks that no longer call it. A wrapper with files to preload is kept.
 */
export function withoutPreloadWrapper() {
  return {
    name: 'csp:without-preload-wrapper',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const helper = Object.values(bundle).find((c) => c.type === 'chunk' && /^_?preload-helper/.test(c.name));
        if (!helper) return;
        let stillUsed = false;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || chunk === helper || !chunk.imports.includes(helper.fileName)) continue;
          chunk.code = unwrapPreloads(chunk.code, helper.fileName.split('/').pop());
          if (chunk.code.includes(helper.fileName.split('/').pop())) stillUsed = true;
          else chunk.imports = chunk.imports.filter((f) => f !== helper.fileName);
        }
        if (!stillUsed) delete bundle[helper.fileName];
      },
    },
  };
}

/** The chunk with calls of the helper imported from `helperFile` unwrapped where they preload nothing. */
export function unwrapPreloads(code, helperFile) {
  const helperName = (ast) => {
    const imported = ast.body.find((n) => n.type === 'ImportDeclaration' && n.source.value.endsWith(`/${helperFile}`));
    return imported?.specifiers.length === 1 ? { imported, name: imported.specifiers[0].local.name } : undefined;
  };
  const found = helperName(parseAst(code));
  if (!found) return code;
  const edits = [];
  walk(parseAst(code), (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== found.name) return false;
    const [load, deps, ...rest] = node.arguments;
    if (!load || deps?.type !== 'ArrayExpression' || deps.elements.length > 0 || !rest.every((r) => r.type === 'MemberExpression')) return false;
    edits.push({ start: node.start, end: node.end, text: `(${code.slice(load.start, load.end)})()` });
    return true;
  });
  const out = applyEdits(code, edits);
  const after = parseAst(out);
  const left = helperName(after);
  // Minifiers reuse short names in inner scopes, so count only calls that still load a module.
  let wrapped = 0;
  walk(after, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === left?.name && loadsModule(node.arguments[0])) wrapped++;
    return false;
  });
  return left && wrapped === 0 ? applyEdits(out, [{ start: left.imported.start, end: left.imported.end, text: '' }]) : out;
}

function loadsModule(node) {
  let found = false;
  walk(node, (n) => (found ||= n.type === 'ImportExpression'));
  return found;
}

function applyEdits(code, edits) {
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Visits every node; a visitor returning true stops the walk from entering that node. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string' || visit(node)) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}
