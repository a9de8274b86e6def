/** Jest double for *.module.scss: class names are their own keys. */
export default new Proxy({}, { get: (_t, key) => String(key) });
