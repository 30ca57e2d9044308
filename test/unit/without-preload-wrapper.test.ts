import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../src/plugins/without-preload-wrapper.mjs';

const HELPER = 'preload-helper.X.js';
const head = `import{t as C}from"./${HELPER}";`;

describe('unwrapping empty preload wrappers', () => {
  it('turns helper(load, []) into load() and drops the helper import', () => {
    const code = `import{a as b}from"./runtime.js";${head}var s="é€😀",T=()=>C(()=>import(\`./team.js\`),[]),U=async()=>(await C(async()=>{let{d:e}=await import(\`./d.js\`).then(e=>e.n);return{d:e}},[],import.meta.url)).d;`;
    const out = unwrapPreloads(code, HELPER);
    expect(out).not.toContain(HELPER);
    expect(out).toContain('T=()=>(()=>import(`./team.js`))()');
    expect(out).toContain('await (async()=>{let{d:e}=await import(`./d.js`).then(e=>e.n);return{d:e}})()');
    expect(out).toContain('var s="é€😀"');
  });

  it('keeps a wrapper that has files to preload, and the import with it', () => {
    const code = `${head}var T=()=>C(()=>import(\`./a.js\`),__vite__mapDeps([1]));`;
    expect(unwrapPreloads(code, HELPER)).toBe(code);
  });

  it('drops the import even when a minifier reused the helper’s name in an inner scope', () => {
    const code = `${head}var T=()=>C(()=>import(\`./a.js\`),[]);function f(){let C=(e)=>e;return C(1)}`;
    const out = unwrapPreloads(code, HELPER);
    expect(out).not.toContain(HELPER);
    expect(out).toContain('let C=(e)=>e;return C(1)');
  });

  it('leaves chunks without the helper alone', () => {
    const code = 'var a=()=>import(`./x.js`);';
    expect(unwrapPreloads(code, HELPER)).toBe(code);
  });
});
