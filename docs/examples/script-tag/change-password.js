import { mountChangePassword } from '../shared/change-password.js';
import { links, root, webAuth } from './setup.js';

mountChangePassword(root, { webAuth, connection: 'Username-Password-Authentication', links });
