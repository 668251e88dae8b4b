function Person(name) { this.name = name; }
Person.prototype.greet = function () { return 'I am ' + this.name; };
const p = new Person('Ann');
console.log(p.greet(), p instanceof Person, Object.getPrototypeOf(p) === Person.prototype, p.constructor.name);
console.log(p);
function Factory() { return { made: true }; } console.log(new Factory());
