/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The container image (Dockerfile) runs the standalone server; `next start` serves everything else.
  ...(process.env.HOPSCOPE_STANDALONE ? { output: 'standalone' } : {}),
  // The demo dump is read at run time from demo/; keep it next to the standalone server.
  outputFileTracingIncludes: { '/api/**': ['./demo/**'] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
