// A class's static `name` field and `length` method replace its own name and length in place.
class A { static name = 'custom'; static length() {} }
console.log(Object.getOwnPropertyNames(A), A.name, typeof A.length);
console.log(Object.getOwnPropertyDescriptor(A, 'name'));
