// The entry of the <script src> build (dist/pwflow-ui.min.js), loaded after dist/pwflow.min.js:
// adds the screens to the same global as `pwflow.ui`. It carries no copy of the SDK: tsup.config.ts
// maps the screens' imports of `pwflow` to that global. A plain object rather than `import * as`:
// esbuild's namespace getters cost bytes the budget needs.
import { english, mountChangePassword, mountForgotPassword, mountResetPassword, registerLocale } from './index';

const ui = { mountForgotPassword, mountResetPassword, mountChangePassword, registerLocale, english };
(globalThis as typeof globalThis & { pwflow: { ui: typeof ui } }).pwflow.ui = ui;
