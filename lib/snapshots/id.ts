/** Snapshot ids: 128 random bits in base64url. */
export const SNAPSHOT_ID = /^[A-Za-z0-9_-]{22}$/;
