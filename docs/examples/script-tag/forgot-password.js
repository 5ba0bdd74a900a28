import { show, ui } from './setup.js';

show(ui.mountForgotPassword);
