// randomBytes past 2^31 - 1: Node's RangeError before any allocation.
require('crypto').randomBytes(2 ** 31);
