/** Jest double: the real teams-js fetches a list from a CDN when loaded, which crashes a jsdom run. */
export const app = { getContext: async (): Promise<unknown> => ({}) };
