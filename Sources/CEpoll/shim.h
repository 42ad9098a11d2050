// Linux's epoll (part of the C library), which Swift's Glibc module leaves out: the HTTP server waits
// on every parked connection at once with it.
#include <sys/epoll.h>
