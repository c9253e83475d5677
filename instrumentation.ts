export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { recordPeers } = await import('./server/auth/peer');
    recordPeers();
  }
}
