// A spread of an arguments object whose length was set to 2^32: the room for its
// elements is asked of the heap limit before the first is copied.
function spread() {
  arguments.length = 2 ** 32;
  return [...arguments];
}
spread(1);
