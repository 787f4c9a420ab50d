// The contract SDK as a package entry: `import { Item, ok } from "meshwork/std"` in a contract
// project's AssemblyScript resolves here (asc looks up node_modules/meshwork/std.ts; it does not
// read package.json `exports`). The SDK itself is contracts/std/assembly/.
export * from "./contracts/std/assembly/index";
