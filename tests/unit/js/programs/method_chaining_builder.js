class Query {
  constructor() { this.parts = []; }
  select(f) { this.parts.push('SELECT ' + f); return this; }
  from(t) { this.parts.push('FROM ' + t); return this; }
  where(c) { this.parts.push('WHERE ' + c); return this; }
  toString() { return this.parts.join(' '); }
}
console.log(String(new Query().select('*').from('t').where('x > 1')));
console.log(`${new Query().select('a')}`);
