function describe(v) {
  switch (typeof v) {
    case 'number': { const kind = Number.isInteger(v) ? 'int' : 'float'; return kind; }
    case 'string': { const kind = v.length ? 'text' : 'empty'; return kind; }
    case 'object': return v === null ? 'null' : Array.isArray(v) ? 'array' : 'object';
    default: return 'other';
  }
}
console.log([1, 1.5, '', 'x', null, [], {}, undefined].map(describe));
