// node --import tsx --import ./test/desktop/register.mjs …: `electron` is the stand-in from now on.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { standIn: new URL('./electron-stand-in.ts', import.meta.url).href } });
