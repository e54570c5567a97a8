// The npm packages the bundles leave outside (the one list): better-sqlite3 is native, pdfkit
// reads its own data files at run time (and brings fontkit). Everything else is inside the
// bundles, so a package ships these and nothing more (scripts/stage-app.mjs).
export const RUNTIME_PACKAGES = ['better-sqlite3', 'pdfkit'];

/** What esbuild must not bundle: the runtime packages, their native/data-reading parts, Electron, and pg's optional native binding (never installed; pg falls back to JavaScript). */
export const BUNDLE_EXTERNALS = [...RUNTIME_PACKAGES, 'fontkit', 'electron', 'pg-native'];
