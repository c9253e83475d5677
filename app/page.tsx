import { Suspense } from 'react';
import { HopscopeApp } from '../components/hopscope-app';
import { LoadingCanvas } from '../components/states';

// Rendered per request: the proxy's CSP nonce must reach Next's inline scripts.
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <Suspense fallback={<LoadingCanvas />}>
      <HopscopeApp />
    </Suspense>
  );
}
