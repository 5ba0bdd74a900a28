// What the code blocks of README.md and docs/guides/*.md may use without defining: the
// application's own UI functions and a few values a page already has. test/docs/code-blocks.test.ts
// imports from here every name a block uses but does not declare itself. Keep it small: a block
// that needs anything else should define it, as a reader would have to.
import type * as Pwflow from '../../src/index';
import type * as PwflowUi from '../../src/ui/index';

/** A configured client, as built in the README's "first call". */
export declare const webAuth: Pwflow.WebAuth;
/** The global that the script tag `dist/pwflow.min.js` defines (and `dist/pwflow-ui.min.js` adds `ui` to). */
export declare const pwflow: typeof Pwflow & { ui: typeof PwflowUi };

// The application's UI, whatever framework draws it.
export declare function showError(message: string): void;
export declare function showMessage(message: string): void;
export declare function showFieldError(field: string, message: string): void;
export declare function showDone(note?: string): void;
export declare function showSendNewLink(title: string): void;
export declare function startCountdown(seconds: number): void;
export declare function setBusy(busy: boolean): void;
export declare const emailInput: HTMLInputElement;
export declare const passwordInput: HTMLInputElement;
export declare const resendButton: HTMLButtonElement;
export declare const submitButton: HTMLButtonElement;
