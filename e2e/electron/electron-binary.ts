// The same finder `npm start` uses (scripts/electron-binary.mjs).
export { findElectronBinary } from '../../scripts/electron-binary.mjs';
