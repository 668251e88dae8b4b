import def, * as lib from './lib.mjs';
import { count, increment as inc, Point, answer, double, base, e1, extras, first, third } from './lib.mjs';
import Anon from './anon.mjs';
import nine from './expr.mjs';
import { default as baseDefault } from './base.mjs';
console.log(def(), def.name, count, inc(), count, lib.count);
inc();
console.log(count, lib.count, new Point(3).x, answer, double(4), base, e1, first, third);
console.log(Object.keys(lib).join(','));
console.log(lib);
console.log(extras, lib[Symbol.toStringTag], Object.isExtensible(lib));
console.log(Anon.name, nine, baseDefault, typeof lib.default);
console.log(this, typeof import.meta, import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/main.mjs'));
try { count = 1; } catch (e) { console.log(e.constructor.name); }
(function () { 'use strict'; console.log(typeof this); })();
console.log((() => { try { undeclared = 1; } catch (e) { return e.message; } })());
