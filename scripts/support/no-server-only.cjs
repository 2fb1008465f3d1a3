// Child processes run lib/ code outside Next.js and Vitest, where importing `server-only` throws.
const Module = require("node:module");
const resolved = require.resolve("server-only");
const stub = new Module(resolved);
stub.loaded = true;
stub.exports = {};
require.cache[resolved] = stub;
