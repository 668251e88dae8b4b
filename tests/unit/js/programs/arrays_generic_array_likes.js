// Array.prototype methods are generic: they work on any array-like through [[Get]],
// HasProperty and ToLength (ECMA-262 23.1.3).
const like = { length: 3, 0: 'a', 2: 'c' };
const proto = { 1: 'from proto' };
const inherits = Object.create(proto);
inherits.length = 3;
inherits[0] = 'own';
const log = (...values) => console.log(...values);
log('map', Array.prototype.map.call(like, (x, i) => x + i));
log('filter', Array.prototype.filter.call(like, (x) => x !== 'c'));
const seen = [];
Array.prototype.forEach.call(inherits, (x, i, o) => seen.push(i + ':' + x + ':' + (o === inherits)));
log('forEach through the prototype', seen);
log('some', Array.prototype.some.call(like, (x) => x === 'c'));
log('every', Array.prototype.every.call(like, (x) => typeof x === 'string'));
log('reduce', Array.prototype.reduce.call(like, (a, x) => a + x));
log('reduce init', Array.prototype.reduce.call(like, (a, x) => a + x, '>'));
log('reduceRight', Array.prototype.reduceRight.call(like, (a, x) => a + x));
log('indexOf', Array.prototype.indexOf.call(like, 'c'), Array.prototype.indexOf.call(like, undefined));
log('lastIndexOf', Array.prototype.lastIndexOf.call(like, 'a', -1));
log('includes', Array.prototype.includes.call(like, undefined), Array.prototype.includes.call(like, 'c', -1));
log('find', Array.prototype.find.call(like, (x) => x === undefined), Array.prototype.findIndex.call(like, (x) => x === undefined));
log('join', Array.prototype.join.call(like), Array.prototype.join.call(like, '-'));
log('string', Array.prototype.map.call('abc', (ch) => ch.toUpperCase()));
log('length as a string', Array.prototype.map.call({ length: '2', 0: 1, 1: 2 }, (x) => x * 10));
log('negative length', Array.prototype.map.call({ length: -5 }, (x) => x));
log('number this', Array.prototype.forEach.call(5, () => { throw new Error('never'); }));
try { Array.prototype.map.call(null, (x) => x); } catch (e) { log('null', e.message); }
try { Array.prototype.reduce.call({ length: 0 }, (a) => a); } catch (e) { log('empty reduce', e.message); }
try { Array.prototype.forEach.call({ length: 1, 0: 1 }, undefined); } catch (e) { log('not callable', e.message); }
log('length valueOf', Array.prototype.join.call({ length: { valueOf() { return 2; } }, 0: 'x', 1: 'y' }));
log('huge length', Array.prototype.indexOf.call({ length: Infinity, 0: 'z' }, 'z'));
