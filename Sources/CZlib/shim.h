// zlib, the platform's compression library (zlib1g-dev on Debian, one of the Swift toolchain's own
// Linux prerequisites), for decoding gzip and deflate response bodies.
#include <zlib.h>
