/** Jest double for a web part's SPFx string module (AMD `define` in src/webparts/<name>/loc): each key is its value. */
export = new Proxy({} as Record<string, string>, { get: (_t, key) => String(key) });
