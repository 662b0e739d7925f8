// Runs a WASI command module in Node's node:wasi, offering ONLY the wasi_snapshot_preview1 imports.
//
//   node --no-concurrent-marking --no-warnings run-wasi.mjs MODULE.wasm [ARGS...]
//       runs the module with ARGS; the process exits with the module's exit code.
//   node run-wasi.mjs --imports MODULE.wasm
//       prints the module's imports, one "module.name kind" per line, and exits 0.
//
// Exit codes of the runner itself: 3 when the module imports from another module than
// wasi_snapshot_preview1 (it is not run), 70 when the module traps (a wasm RuntimeError).
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { WASI } from 'node:wasi';

const WASI_MODULE = 'wasi_snapshot_preview1';
const argv = process.argv.slice(2);
const listOnly = argv[0] === '--imports';
if (listOnly) {
  argv.shift();
}
const [wasmPath, ...args] = argv;
if (!wasmPath) {
  process.stderr.write('usage: run-wasi.mjs [--imports] MODULE.wasm [ARGS...]\n');
  process.exit(2);
}

const module = await WebAssembly.compile(await readFile(wasmPath));
const imports = WebAssembly.Module.imports(module);
if (listOnly) {
  for (const imp of imports) {
    process.stdout.write(`${imp.module}.${imp.name} ${imp.kind}\n`);
  }
  process.exit(0);
}
const foreign = imports.filter((imp) => imp.module !== WASI_MODULE);
if (foreign.length > 0) {
  process.stderr.write(`module imports beyond ${WASI_MODULE}: `
      + foreign.map((imp) => `${imp.module}.${imp.name}`).join(', ') + '\n');
  process.exit(3);
}

const wasi = new WASI({
  version: 'preview1',
  args: ['numpy-jvm.wasm', ...args],
  env: {},
  returnOnExit: true,
});
// Each WASI function is wrapped in a plain JS function: called directly, Node 20 binds them
// through V8 "fast API calls", which segfault now and then after the module has run a while
// (measured here: 48 of 60 runs of numpy-jvm.wasm died with SIGSEGV; known as nodejs/node#53087).
// Through a JS wrapper V8 takes the regular call path: 0 crashes in 200 runs.
const wasiImport = {};
for (const [name, fn] of Object.entries(wasi.wasiImport)) {
  wasiImport[name] = typeof fn === 'function' ? (...args) => fn(...args) : fn;
}
const instance = await WebAssembly.instantiate(module, { [WASI_MODULE]: wasiImport });
let code;
try {
  code = wasi.start(instance);
} catch (e) {
  process.stderr.write(`wasm trap: ${e && e.stack ? e.stack : e}\n`);
  process.exit(70);
}
process.exitCode = code ?? 0;
