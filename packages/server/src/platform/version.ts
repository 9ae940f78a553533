import serverPackage from '../../package.json' with { type: 'json' };

/** This build's version (packages/server/package.json), for `trellis --version` and `trellis_build_info`. */
export const TRELLIS_VERSION: string = serverPackage.version;
