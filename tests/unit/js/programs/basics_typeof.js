console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function(){}, typeof (() => 1), typeof class {}, typeof notDeclared);
console.log(void 0, typeof void 0, typeof NaN, typeof Infinity);
