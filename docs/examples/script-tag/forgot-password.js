import { mountForgotPassword } from '../shared/forgot-password.js';
import { links, root, webAuth } from './setup.js';

mountForgotPassword(root, { webAuth, links });
