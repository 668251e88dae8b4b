// Array.from of an array-like claiming 2^32 elements: V8's RangeError, not a silent cap.
Array.from({ length: 2 ** 32 });
