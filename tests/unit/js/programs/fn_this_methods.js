const o = { name: 'o', hi() { return 'hi ' + this.name; }, arrow: () => typeof this, nested() { return [1].map(() => this.name); } };
console.log(o.hi(), o.arrow(), o.nested());
const hi = o.hi; try { hi(); } catch (e) { console.log(e.constructor.name); }
console.log(o.hi.call({ name: 'x' }), o.hi.apply({ name: 'y' }), o.hi.bind({ name: 'z' })());
