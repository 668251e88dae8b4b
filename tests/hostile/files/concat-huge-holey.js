// A subclass's concat (the generic algorithm) of a holey array of the largest length: only
// its elements are visited, and the result's length is refused as Node refuses it.
class Sub extends Array {}
new Sub().concat(new Array(2 ** 32 - 1), [1]);
