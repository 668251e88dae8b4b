const a = {};
try { Object.setPrototypeOf(a, a); } catch (e) { console.log(e.name, e.message); }
try { a.__proto__ = a; } catch (e) { console.log(e.name, e.message); }
const b = Object.create(a); const c = Object.create(b);
try { Object.setPrototypeOf(a, c); } catch (e) { console.log(e.name, e.message); }
try { a.__proto__ = c; } catch (e) { console.log(e.name, e.message); }
console.log(c.missing, c.__proto__ === b, Object.getPrototypeOf(c) === b);
const d = {}; d.__proto__ = { hi: 1 }; console.log(d.hi, Object.keys(d));
d.__proto__ = 5; console.log(d.hi);
d.__proto__ = null; console.log(d.hi, d.__proto__, Object.getPrototypeOf(d));
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.name, e.message); }
try { Object.setPrototypeOf({}, 3); } catch (e) { console.log(e.name, e.message); }
console.log(Object.setPrototypeOf(3, null));
class K {} const k = new K(); console.log(k.__proto__ === K.prototype, [].__proto__ === Array.prototype);
