export { MeshSecurityKeeper, MeshSecurityErrors, MESHSECURITY_MODULE, MESHSECURITY_STORE, defaultParams } from './keeper.js';
export type { MeshSecurityParams, ScheduledTask, TaskKind, TaskResult } from './keeper.js';
export { MeshSecurityModule } from './module.js';
export type { MeshSecurityGenesis } from './module.js';
