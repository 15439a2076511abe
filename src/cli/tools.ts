/** The commands besides `assess`, loaded only when one of them runs (src/cli/main.ts). */
export { catalogCommand } from './catalog.js';
export { hookCommand } from './hook.js';
export { ownersCommand } from './owners.js';
export { shimCommand } from './shim.js';
