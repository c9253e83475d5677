import { SnapshotList } from '../../components/snapshot-list';
import { Providers } from '../../components/providers';

export const metadata = { title: 'Snapshots · Hopscope' };

export default function SnapshotsPage() {
  return (
    <Providers>
      <SnapshotList />
    </Providers>
  );
}
