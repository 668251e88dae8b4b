const base = { greet() { return 'base ' + this.id; } };
const mid = Object.create(base); mid.kind = 'mid';
const leaf = Object.create(mid); leaf.id = 7;
console.log(leaf.greet(), leaf.kind, Object.keys(leaf));
for (const k in leaf) console.log('for-in', k);
function F() {} F.prototype.shared = [];
const f1 = new F(), f2 = new F(); f1.shared.push(1); console.log(f2.shared, F.prototype.constructor === F);
