console.log(new Map() instanceof Map, new Set() instanceof Set, Promise.resolve() instanceof Promise, new Error() instanceof Error);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype), [].constructor === Array);
console.log(typeof Array.prototype.map, Array.prototype.map.name, Object.keys(Array.prototype));
