import { SnapshotList } from '../../components/snapshot-list';
import { Providers } from '../../components/providers';

export const metadata = { title: 'Snapshots · Hopscope' };

// Rendered per request: the proxy's CSP nonce must reach Next's inline scripts.
export const dynamic = 'force-dynamic';

export default function SnapshotsPage() {
  return (
    <Providers>
      <SnapshotList />
    </Providers>
  );
}
