// The entry of the <script src> build (dist/pwflow-ui.min.js), loaded after dist/pwflow.min.js:
// adds the screens to the same global as `pwflow.ui`. It carries no copy of the SDK: tsup.config.ts
// maps the screens' imports of `pwflow` to that global.
import * as ui from './index';

(globalThis as typeof globalThis & { pwflow: { ui: typeof ui } }).pwflow.ui = ui;
