/** directory: what other capabilities may import. Everything else in this folder is directory's own. */
export { SCIM_BASE_PATH } from './routes/scim';
