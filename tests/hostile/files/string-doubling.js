// Node throws "RangeError: Invalid string length" once a string passes 2^29 - 24 characters.
let s = "x";
while (true) s += s;
