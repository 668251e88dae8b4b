class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static create(n) { return new Animal(n); }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return super.speak() + ' (woof)'; }
}
const d = new Dog('Rex');
console.log(d.speak(), Animal.create('Cat').speak(), d instanceof Dog, d instanceof Animal);
console.log(d, Dog, Animal, Object.getPrototypeOf(Dog) === Animal, typeof Dog);
try { Dog('x'); } catch (e) { console.log(e.message); }
