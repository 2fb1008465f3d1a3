/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every client gets the <title> and metadata in the document's head rather than streamed in after
  // the body: assistive technologies announce the title on load, and no scan catches a page without it.
  htmlLimitedBots: /.*/,
  // Native and wasm-backed packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pdfkit"],
  // `npm test` has just run `tsc --noEmit` on the whole tree and stopped on any error: its build for
  // the end-to-end journeys need not check the types a second time (a minute on 2 cores). Every
  // other build (npm start, next build) checks them.
  typescript: { ignoreBuildErrors: process.env.RENCONTRES_TYPES_CHECKED === "1" },
  // Turbopack keeps a cache of its work in .next/cache (120 MB) so that the next build on this machine
  // is quicker. CI builds once on a fresh clone and throws the cache away: writing it cost that build
  // a third of its CPU (75 against 52 CPU-seconds), so CI (CI set) does not write it.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
};

module.exports = nextConfig;
