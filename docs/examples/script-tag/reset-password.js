import { mountResetPassword } from '../shared/reset-password.js';
import { links, pwflow, root, webAuth } from './setup.js';

mountResetPassword(root, { pwflow, webAuth, links });
