/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every client gets the <title> and metadata in the document's head rather than streamed in after
  // the body: assistive technologies announce the title on load, and no scan catches a page without it.
  htmlLimitedBots: /.*/,
  // Native and wasm-backed packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pdfkit"],
};

module.exports = nextConfig;
