// The entry of the <script src> build (dist/pwflow.min.js): every runtime export under the one
// global `pwflow`, and no other. Assigning it here, rather than through esbuild's `globalName`,
// leaves out esbuild's CommonJS interop helpers: a hundred bytes the budget needs.
import * as pwflow from './index';

(globalThis as typeof globalThis & { pwflow: typeof pwflow }).pwflow = pwflow;
