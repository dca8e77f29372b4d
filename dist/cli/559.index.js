export const id = 559;
export const ids = [559];
export const modules = {

/***/ 6559:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/* global module, require */
// CommonJS shim around web-tree-sitter. Its ESM build breaks under ncc (corrupted wasm asset and a
// broken `import('module')`); see /work/shared/research/toolchain.md §2. Emscripten's CJS glue reads
// __dirname, which an ESM bundle does not define.
if (typeof globalThis.__dirname === 'undefined') globalThis.__dirname = process.cwd();
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = __webpack_require__(551);


/***/ })

};
