/**
 * A key that makes a create safe to retry: every list has a unique ACClientKey column, and the repository returns
 * the item already stored under a key instead of creating a second one. Forms keep the key with their draft.
 */
export function newClientKey(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
