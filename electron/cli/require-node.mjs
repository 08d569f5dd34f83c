// Plain JavaScript on purpose: this must run, and explain itself, on any Node that is too old
// for the rest of the code (the machines ship Node 20; Electron 45 bundles Node 24).
const REQUIRED_MAJOR = 24;

export function checkNodeVersion(version = process.versions.node) {
  const major = Number(version.split('.')[0]);
  return major >= REQUIRED_MAJOR
    ? null
    : `Dijkwacht needs Node.js ${REQUIRED_MAJOR} or newer (this is Node.js ${version}); see "Prerequisites" in README.md.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = checkNodeVersion();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
