import { links, show, ui } from './setup.js';

show(ui.mountResetPassword, { forgotPasswordUrl: links.forgot });
