/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The demo dump is read at run time from demo/; keep it next to the standalone server.
  outputFileTracingIncludes: { '/api/**': ['./demo/**'] },
};

export default nextConfig;
