import { show, ui } from './setup.js';

show(ui.mountChangePassword, { connection: 'Username-Password-Authentication' });
