import { Suspense } from 'react';
import { HopscopeApp } from '../components/hopscope-app';
import { LoadingCanvas } from '../components/states';

export default function Page() {
  return (
    <Suspense fallback={<LoadingCanvas />}>
      <HopscopeApp />
    </Suspense>
  );
}
